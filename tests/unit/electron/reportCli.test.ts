import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/command';
import { main } from '../../../electron/cli/hrmap';
import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { CATALOGUES } from '../../../shared/i18n/catalogues';
import { RIGHTS_HOLDER_GROUPS } from '../../../shared/model/groups';
import { pickText, type Lang } from '../../../shared/model/lang';
import type { Link } from '../../../shared/model/link';
import type { Policy } from '../../../shared/model/policy';
import { INJECTION_TITLE, reportWorkspace } from '../shared/report/fixture';
import { readBack, type ReadBack } from './xlsxReadBack';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', out: (t: string) => void (io.stdout += `${t}\n`), err: (t: string) => void (io.stderr += `${t}\n`) };
  return io;
}

const catalog = builtinCatalog();
const workspace = reportWorkspace();
const rootOf = (id: string) => catalog.root(id)?.id ?? id;
const linksOf = (policyId: string) => workspace.links.filter((l) => l.policyId === policyId);
const codeOf = (id: string) => catalog.item(id)!.code;
const clean = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

describe('hrmap report: the workbook read back by SheetJS', () => {
  let dir: string;
  let workspacePath: string;
  const books = new Map<Lang, ReadBack>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hrmap-report-'));
    workspacePath = join(dir, 'cities.hrmap.json');
    await writeFile(workspacePath, JSON.stringify(workspace));
    for (const lang of ['en', 'fr', 'es'] as const) {
      const out = join(dir, `dossier-${lang}.xlsx`);
      const io = capture();
      expect(await main(['report', workspacePath, '--out', out, '--preset', 'congress', '--lang', lang], io), io.stderr).toBe(0);
      expect(io.stdout).toContain(out);
      books.set(lang, readBack(await readFile(out)));
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('has every sheet of the Congress dossier, named in the report’s language', () => {
    for (const lang of ['en', 'fr', 'es'] as const) {
      const names = CATALOGUES[lang].report.sheets;
      expect(books.get(lang)!.book.SheetNames).toEqual([names.summary, names.policies, names.links, names.matrix, names.byPlace, names.frameworks]);
    }
    expect(books.get('fr')!.book.SheetNames).toContain('Par région et ville');
  });

  it('Policies: one row per policy with every field and its codes per framework, Unicode intact', () => {
    const en = CATALOGUES.en;
    const rows = books.get('en')!.rows(en.report.sheets.policies);
    const header = rows[0]!;
    expect(header.slice(0, 12)).toEqual(['id', 'title', 'city', 'country', 'region', 'sector', 'status', 'startYear', 'description', 'groups', 'createdAt', 'updatedAt'].map((k) => en.report.columns[k as keyof typeof en.report.columns]));
    const frameworks = catalog.frameworks;
    expect(header.slice(12)).toEqual(frameworks.map((f) => `${f.name.en} codes`));
    expect(rows.slice(1).map((r) => r[0])).toEqual(workspace.policies.map((p) => p.id));
    for (const [i, p] of workspace.policies.entries()) {
      const row = rows[i + 1]!;
      const codes = frameworks.map((f) =>
        linksOf(p.id)
          .filter((l) => l.itemId.startsWith(`${f.id}:`))
          .map((l) => l.itemId)
          .sort((a, b) => catalog.items.findIndex((x) => x.id === a) - catalog.items.findIndex((x) => x.id === b))
          .map(codeOf)
          .join('; '),
      );
      expect(row).toEqual([
        p.id,
        p.title,
        p.city,
        p.country,
        p.region ? en.common.regions[p.region] : '',
        p.sector,
        p.status ? en.common.statuses[p.status] : '',
        p.startYear,
        clean(p.description),
        RIGHTS_HOLDER_GROUPS.filter((g) => p.groups.includes(g)).map((g) => en.groups.names[g]).join('; '),
        p.createdAt,
        p.updatedAt,
        ...codes,
      ]);
    }
    expect(rows[1]![12]).toBe('XI; XI.2');
    expect(rows[3]![1]).toBe('광주 인권 도시 조례');
    expect(rows[2]![1]).toBe('برنامج الإسكان الميسر');
    expect(rows[3]![8]).toBe('인권 헌장 🏙️✊🏽');
  });

  it('Links: one row per link, in the long format', () => {
    const rows = books.get('es')!.rows(CATALOGUES.es.report.sheets.links);
    const expected = workspace.policies.flatMap((p) => linksOf(p.id).map((l) => [p, l] as [Policy, Link]));
    expect(rows).toHaveLength(expected.length + 1);
    for (const [i, [p, l]] of expected.entries()) {
      const item = catalog.item(l.itemId)!;
      const framework = catalog.framework(item.frameworkId)!;
      expect(rows[i + 1]).toEqual([
        p.id,
        p.title,
        p.city,
        p.region ? CATALOGUES.es.common.regions[p.region] : CATALOGUES.es.report.noRegion,
        pickText(framework.name, 'es').value,
        item.code,
        pickText(item.title, 'es').value,
        CATALOGUES.es.report.strength[l.strength],
        l.rationale,
        l.author,
        l.updatedAt,
      ]);
    }
  });

  it('Matrix: a mark where a policy reaches an article or goal, primary over secondary, totals on top', () => {
    const sheet = CATALOGUES.en.report.sheets.matrix;
    const rows = books.get('en')!.rows(sheet);
    const header = rows[3]!;
    const columns = catalog.items.filter((i) => i.parentId === null && ((i.frameworkId === 'charter' && i.kind === 'article') || (i.frameworkId === 'sdg' && i.kind === 'goal')));
    expect(columns).toHaveLength(29);
    expect(header.slice(4, 33)).toEqual(columns.map((c) => c.code));
    const totals = rows[2]!;
    for (const [c, column] of columns.entries()) {
      const marks = workspace.policies.map((p) => {
        const strengths = linksOf(p.id).filter((l) => rootOf(l.itemId) === column.id).map((l) => l.strength);
        return strengths.includes('primary') ? 2 : strengths.length ? 1 : null;
      });
      expect(rows.slice(4).map((r) => r[4 + c]), column.id).toEqual(marks);
      expect(totals[4 + c], column.id).toBe(marks.filter((m) => m !== null).length);
    }
    // p1 is linked to XI (primary) and XI.2 (secondary): one primary mark under XI; p4 only to XI.2 (secondary).
    const xi = 4 + columns.findIndex((c) => c.id === 'charter:XI');
    expect(rows[4]![xi]).toBe(2);
    expect(rows[7]![xi]).toBe(1);
    const read = books.get('en')!;
    expect(read.cell(sheet, 'O5')?.w).toBe('●');
    expect(read.cell(sheet, 'O8')?.w).toBe('○');
    expect(rows.slice(4).map((r) => r[33])).toEqual(workspace.policies.map((_, i) => rows[4 + i]!.slice(4, 33).filter((m) => m !== null).length));
  });

  it('By region and city: policies and links per article or goal, counted again from the workspace', () => {
    const fr = CATALOGUES.fr;
    const rows = books.get('fr')!.rows(fr.report.sheets.byPlace);
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows.slice(1)) {
      const [level, region, city, , , code, , policies, links] = row as [string, string, string, string, string, string, string, number, number];
      const regionId = (Object.keys(fr.common.regions) as (keyof typeof fr.common.regions)[]).find((r) => fr.common.regions[r] === region) ?? '';
      const inPlace = workspace.policies.filter((p) => p.region === regionId && (level === fr.report.level.region || fold(p.city) === fold(city)));
      const hits = inPlace.flatMap((p) => linksOf(p.id)).filter((l) => codeOf(rootOf(l.itemId)) === code && rootOf(l.itemId) === rootOfRow(row));
      expect([policies, links], JSON.stringify(row)).toEqual([new Set(hits.map((l) => l.policyId)).size, hits.length]);
    }
    // Montréal and "montreal" are one city: p1 and p5 both reach SDG 6, with three links.
    const montreal = rows.find((r) => r[0] === fr.report.level.city && r[2] === 'Montréal' && r[5] === '6');
    expect(montreal?.slice(7)).toEqual([2, 3]);
    function rootOfRow(row: (string | number | null)[]): string {
      const framework = catalog.frameworks.find((f) => pickText(f.name, 'fr').value === row[4])!;
      return `${framework.id}:${row[5]}`;
    }
  });

  it('Frameworks: every linked item, its parents and the matrix columns, with full text', () => {
    const rows = books.get('en')!.rows(CATALOGUES.en.report.sheets.frameworks);
    const listed = rows.slice(1).map((r) => `${catalog.frameworks.find((f) => f.name.en === r[0])!.id}:${r[1]}`);
    for (const link of workspace.links) {
      expect(listed).toContain(link.itemId);
      expect(listed).toContain(rootOf(link.itemId));
    }
    for (const row of rows.slice(1)) {
      const item = catalog.item(`${catalog.frameworks.find((f) => f.name.en === row[0])!.id}:${row[1]}`)!;
      expect(row[3]).toBe(item.title.en);
      expect(row[5]).toBe(item.text.en);
    }
  });

  it('Summary: counts, coverage with shares, and gaps', () => {
    const en = CATALOGUES.en;
    const rows = books.get('en')!.rows(en.report.sheets.summary);
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(rows[0]![0]).toBe('Congress dossier: human rights in cities');
    expect(value(en.report.summary.scope)).toBe(en.report.scope.all);
    expect(value(en.report.summary.workspace)).toBe('Réseau des villes 🌍');
    expect(value(en.report.summary.policies)).toBe(6);
    expect(value(en.report.summary.mappedPolicies)).toBe(5);
    expect(value(en.report.summary.cities)).toBe(5); // Montréal and montreal are one city
    expect(value(en.report.summary.regions)).toBe(4);
    expect(value('Links to Sustainable Development Goals')).toBe(workspace.links.filter((l) => l.itemId.startsWith('sdg:')).length);
    const headerAt = rows.findIndex((r) => r[0] === en.report.columns.framework);
    const coverage = rows.slice(headerAt + 1, headerAt + 1 + 29);
    expect(rows.slice(headerAt + 1)).toHaveLength(29 + RIGHTS_HOLDER_GROUPS.length);
    for (const [framework, code, , count, share, bar, gap] of coverage) {
      const id = `${framework === catalog.framework('charter')!.name.en ? 'charter' : 'sdg'}:${code}`;
      const expected = new Set(workspace.links.filter((l) => rootOf(l.itemId) === id).map((l) => l.policyId)).size;
      expect(count, id).toBe(expected);
      expect(share).toBeCloseTo(expected / 6, 10);
      expect(bar).toBe('█'.repeat(Math.round((expected / 6) * 20)));
      expect(gap).toBe(expected ? '' : en.report.summary.gap);
    }
    expect(value(en.report.summary.gaps)).toContain('Sustainable Development Goals: 1, 2, 3');

    // Then one row per rights-holder group, in the fixed list order, counted here from the policies themselves.
    const groupRows = rows.slice(headerAt + 1 + 29);
    expect(groupRows.map((r) => r[2])).toEqual(RIGHTS_HOLDER_GROUPS.map((g) => en.groups.names[g]));
    for (const [i, [label, code, , count, share, , gap]] of groupRows.entries()) {
      const group = RIGHTS_HOLDER_GROUPS[i]!;
      const expected = workspace.policies.filter((p) => p.groups.includes(group)).length;
      expect(label).toBe(en.report.columns.groups);
      expect(code ?? '').toBe('');
      expect(count, group).toBe(expected);
      expect(share).toBeCloseTo(expected / 6, 10);
      expect(gap).toBe(expected ? '' : en.report.summary.gap);
    }
    expect(groupRows.find((r) => r[2] === en.groups.names.refugees)?.[3]).toBe(1);
    expect(value(en.report.summary.gaps)).toContain(`Rights-holder groups: ${en.groups.names['older-persons']}`);
  });

  it('never writes a formula: formula-like user text is a text cell with the Text format', () => {
    const read = books.get('en')!;
    for (const sheet of read.book.SheetNames) expect(read.xml(sheet), sheet).not.toMatch(/<f[\s>]/);
    const policies = CATALOGUES.en.report.sheets.policies;
    const title = read.cell(policies, 'B5')!;
    expect(title).toMatchObject({ t: 's', v: INJECTION_TITLE, z: '@' });
    expect(title.f).toBeUndefined();
    expect(read.cell(policies, 'C5')).toMatchObject({ t: 's', v: '+33 Grigny', z: '@' });
    expect(read.cell(policies, 'F5')).toMatchObject({ t: 's', v: '@sector', z: '@' });
    expect(read.cell(policies, 'I5')).toMatchObject({ t: 's', v: '\tcmd|calc', z: '@' });
    const links = read.rows(CATALOGUES.en.report.sheets.links);
    const at = links.findIndex((r) => r[8] === '=1+1');
    expect(read.cell(CATALOGUES.en.report.sheets.links, `I${at + 1}`)).toMatchObject({ t: 's', z: '@' });
  });

  it('every sheet has a frozen header, an autofilter, landscape fit-to-width printing and document properties', () => {
    const read = books.get('fr')!;
    for (const sheet of read.book.SheetNames) {
      const xml = read.xml(sheet);
      expect(xml, sheet).toMatch(/<pane [^>]*state="frozen"/);
      expect(read.book.Sheets[sheet]!['!autofilter']?.ref, sheet).toMatch(/^A\d+:[A-Z]+\d+$/);
      expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
      expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    }
    expect(read.book.Props).toMatchObject({ Title: 'Dossier du Congrès : les droits humains dans les villes', Author: 'HRMap' });
    expect(read.book.Props?.Subject).toContain('Charte-Agenda');
  });

  it('council preset and scopes: Summary and Matrix only, for one city or one region', async () => {
    const out = join(dir, 'council.xlsx');
    const io = capture();
    expect(await main(['report', workspacePath, '--out', out, '--preset', 'council', '--scope', 'city=MONTREAL'], io), io.stderr).toBe(0);
    const read = readBack(await readFile(out));
    expect(read.book.SheetNames).toEqual(['Summary', 'Matrix']);
    expect(read.rows('Matrix').slice(4).map((r) => r[0])).toEqual(['p1', 'p5']);
    const region = join(dir, 'region.xlsx');
    expect(await main(['report', workspacePath, '--out', region, '--sheets', 'links', '--scope', 'region=Asie-Pacifique'], capture())).toBe(0);
    expect(readBack(await readFile(region)).rows('Links').slice(1).map((r) => r[0])).toEqual(['p3', 'p3']);
  });

  it('refuses bad options with a message and writes nothing', async () => {
    const out = join(dir, 'never.xlsx');
    for (const args of [
      ['--preset', 'senate'],
      ['--scope', 'region=Atlantis'],
      ['--scope', 'planet=Mars'],
      ['--lang', 'de'],
      ['--sheets', 'summary,charts'],
    ]) {
      const io = capture();
      expect(await main(['report', workspacePath, '--out', out, ...args], io), args.join(' ')).toBe(2);
      expect(io.stderr).toMatch(/hrmap report: /);
    }
    const io = capture();
    expect(await main(['report', workspacePath, '--out', out, '--scope', 'city=Nowhere'], io)).toBe(1);
    expect(io.stderr).toContain('Nowhere');
    expect(await main(['report', workspacePath, '--out', join(dir, 'x.csv')], capture())).toBe(2);
    await expect(stat(out)).rejects.toThrow();
  });
});
