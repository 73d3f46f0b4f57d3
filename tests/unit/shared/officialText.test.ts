import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { attachOfficialText, parseOfficialText } from '../../../shared/frameworks/officialText';

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

  it('attaches nothing when one code is unknown or repeated, and says which', () => {
    const result = attachOfficialText(items, { ...meta, entries: [{ code: 'XI', text: { en: 'a' } }, { code: 'XIV', text: { en: 'b' } }, { code: 'xi', text: { en: 'c' } }] });
    expect(result).toEqual({ ok: false, problems: [{ code: 'unknownCode', detail: 'XIV' }, { code: 'duplicateCode', detail: 'xi' }] });
  });

  it('refuses files without a code or a language column, or unreadable JSON', () => {
    expect(parseOfficialText('name,en\nXI,text', meta)).toMatchObject({ ok: false, problems: [{ code: 'noCodeColumn' }] });
    expect(parseOfficialText('code,wording\nXI,text', meta)).toMatchObject({ ok: false, problems: [{ code: 'noLanguageColumn' }] });
    expect(parseOfficialText('{"format":"hrmap-official-text"}', meta)).toMatchObject({ ok: false, problems: [{ code: 'unreadable' }] });
    expect(parseOfficialText('  ', meta)).toMatchObject({ ok: false, problems: [{ code: 'empty' }] });
  });
});
