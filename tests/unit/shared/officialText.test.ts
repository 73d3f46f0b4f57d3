import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadXlsxNode } from '../../../electron/cli/xlsxLoader';
import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { officialTextProblemMessage } from '../../../shared/frameworks/messages';
import { attachOfficialText, parseOfficialText, readOfficialTextFile } from '../../../shared/frameworks/officialText';
import { officialSourceFor } from '../../../shared/model/framework';
import { translator } from './translator';

const items = builtinCatalog().items;
const meta = { frameworkId: 'charter', source: 'UCLG 2011 text', version: '2011' };

describe('importing official wording by code', () => {
  it('reads JSON and attaches the text beside our summary', () => {
    const parsed = parseOfficialText(
      JSON.stringify({ format: 'hrmap-official-text', framework: 'charter', source: 'UCLG', version: '2011', items: [{ code: 'XI', text: { en: ' Official XI ', fr: 'Texte officiel XI' } }, { code: 'XI.2', text: { en: 'Official XI.2' } }] }),
      meta,
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = attachOfficialText(items, parsed.value);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const xi = result.value.find((i) => i.id === 'charter:XI')!;
    expect(xi.officialText).toEqual({ en: 'Official XI', fr: 'Texte officiel XI' });
    expect(xi.text).toEqual(builtinCatalog().item('charter:XI')!.text);
    expect(result.value.map((i) => i.id)).toEqual(['charter:XI', 'charter:XI.2']);
  });

  it('reads CSV exported from a spreadsheet (semicolons, quotes, a BOM, references like "Art. 25")', () => {
    const csv = '\uFEFFCode;Text_EN;Texte_FR\r\n"Art. 25";"Everyone has the right; to a standard";"Toute personne"\r\n3;Life;Vie\r\n';
    const parsed = parseOfficialText(csv, { frameworkId: 'udhr', source: 'test', version: '1' });
    expect(parsed.ok && parsed.value.entries).toEqual([
      { code: 'Art. 25', text: { en: 'Everyone has the right; to a standard', fr: 'Toute personne' } },
      { code: '3', text: { en: 'Life', fr: 'Vie' } },
    ]);
    const result = parsed.ok ? attachOfficialText(items, parsed.value) : null;
    expect(result?.ok && result.value.map((i) => i.id)).toEqual(['udhr:25', 'udhr:3']);
  });

  it('keeps the source and version of each language, so wording from two imports stays attributed to each', () => {
    const first = attachOfficialText(items, { ...meta, entries: [{ code: 'XI', text: { en: 'Official XI', fr: 'Texte officiel XI' } }] });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value[0]!.officialSource).toEqual({ en: { source: 'UCLG 2011 text', version: '2011' }, fr: { source: 'UCLG 2011 text', version: '2011' } });
    const withFirst = items.map((i) => first.value.find((u) => u.id === i.id) ?? i);
    const second = attachOfficialText(withFirst, { frameworkId: 'charter', source: 'CGLU, version espagnole', version: '2012', entries: [{ code: 'XI', text: { es: 'Texto oficial XI' } }] });
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    const xi = second.value[0]!;
    expect(xi.officialText).toEqual({ en: 'Official XI', fr: 'Texte officiel XI', es: 'Texto oficial XI' });
    expect(officialSourceFor(xi, 'es')).toEqual({ source: 'CGLU, version espagnole', version: '2012' });
    expect(officialSourceFor(xi, 'fr')).toEqual({ source: 'UCLG 2011 text', version: '2011' });
    // Shown in English where a language has no official wording: the English source is the one to name.
    const enOnly = { officialText: { en: 'Official' }, officialSource: { en: { source: 'A', version: '1' } } };
    expect(officialSourceFor(enOnly, 'fr')).toEqual({ source: 'A', version: '1' });
    expect(officialSourceFor({ officialText: { en: 'Attached before sources were kept' } }, 'en')).toBeUndefined();
  });

  it('attaches nothing when one code is unknown or repeated, and says which', () => {
    const result = attachOfficialText(items, { ...meta, entries: [{ code: 'XI', text: { en: 'a' } }, { code: 'XIV', text: { en: 'b' } }, { code: 'xi', text: { en: 'c' } }] });
    expect(result).toEqual({ ok: false, problems: [{ code: 'unknownCode', detail: 'XIV' }, { code: 'duplicateCode', detail: 'xi' }] });
  });

  it('refuses files without a code or a language column, or unreadable JSON', () => {
    expect(parseOfficialText('name,en\nXI,text', meta)).toMatchObject({ ok: false, problems: [{ code: 'noCodeColumn' }] });
    expect(parseOfficialText('code,wording\nXI,text', meta)).toMatchObject({ ok: false, problems: [{ code: 'noLanguageColumn' }] });
    const unreadable = parseOfficialText('{"format":"hrmap-official-text"}', meta);
    expect(unreadable).toMatchObject({ ok: false, problems: [{ code: 'unreadable', reason: { kind: 'schema' } }] });
    expect(!unreadable.ok && officialTextProblemMessage(translator('en'), unreadable.problems[0]!)).toBe(
      'The file cannot be read: framework: missing; source: missing; version: missing; items: missing',
    );
    expect(parseOfficialText('  ', meta)).toMatchObject({ ok: false, problems: [{ code: 'empty' }] });
  });
});

describe('reading an official-text file as the user chose it', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('reads an .xlsx (the first sheet with content) written by exceljs, with its cached values only', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Empty');
    const sheet = workbook.addWorksheet('SDG');
    sheet.addRow(['Code', 'EN', 'ES']);
    sheet.addRow(['6.1', 'Official 6.1', 'Oficial 6.1']);
    sheet.addRow(['SDG 6.b', { formula: '"Official "&"6.b"', result: 'Official 6.b' }, '']);
    const data = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read = await readOfficialTextFile(data, loadXlsxNode, { frameworkId: 'sdg', source: 'UN', version: '2017' });
    expect(read).toEqual({
      ok: true,
      value: { frameworkId: 'sdg', source: 'UN', version: '2017', entries: [{ code: '6.1', text: { en: 'Official 6.1', es: 'Oficial 6.1' } }, { code: 'SDG 6.b', text: { en: 'Official 6.b' } }] },
    });
    const attached = read.ok ? attachOfficialText(items, read.value) : null;
    expect(attached?.ok && attached.value.map((i) => [i.id, i.officialText])).toEqual([
      ['sdg:6.1', { en: 'Official 6.1', es: 'Oficial 6.1' }],
      ['sdg:6.b', { en: 'Official 6.b' }],
    ]);
  });

  it('reads JSON whatever the chosen framework, and a Windows-1252 CSV', async () => {
    const json = JSON.stringify({ format: 'hrmap-official-text', framework: 'udhr', source: 'UN', version: '1948', items: [{ code: '1', text: { fr: 'Tous les êtres humains' } }] });
    expect(await readOfficialTextFile(bytes(json), loadXlsxNode, meta)).toMatchObject({ ok: true, value: { frameworkId: 'udhr', entries: [{ code: '1' }] } });
    const cp1252 = Uint8Array.from([...'code;fr\r\nXI;Droit à l'].map((c) => c.charCodeAt(0)).concat([0x27, 0x65, 0x61, 0x75]));
    expect(await readOfficialTextFile(cp1252, loadXlsxNode, meta)).toMatchObject({ ok: true, value: { entries: [{ code: 'XI', text: { fr: "Droit à l'eau" } }] } });
  });

  it('refuses what the import refuses, with its reason: a binary file, a damaged .xlsx, an empty file', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(await readOfficialTextFile(png, loadXlsxNode, meta)).toMatchObject({ ok: false, problems: [{ code: 'unreadable', fileError: { code: 'notASpreadsheet' } }] });
    const truncated = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(await readOfficialTextFile(truncated, loadXlsxNode, meta)).toMatchObject({ ok: false, problems: [{ fileError: { code: 'corrupt' } }] });
    expect(await readOfficialTextFile(new Uint8Array(), loadXlsxNode, meta)).toMatchObject({ ok: false, problems: [{ fileError: { code: 'empty' } }] });
  });
});
