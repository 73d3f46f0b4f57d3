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
import { comparable, expectedCongress } from './reportExpected';
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
  let now: Date;

  beforeAll(async () => {
    now = new Date();
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

  it.each(['en', 'fr', 'es'] as const)('every sheet, every row and every value (%s), as worked out again from the workspace', (lang) => {
    const read = books.get(lang)!;
    const expected = expectedCongress(workspace, lang, now);
    expect(read.book.SheetNames).toEqual(expected.map((s) => s.name));
    for (const sheet of expected) expect(comparable(read.rows(sheet.name)), `${lang}: ${sheet.name}`).toEqual(sheet.rows);
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

  it('By region and city: each article or goal rolled up, then each linked action or target, per region and per city', () => {
    const fr = CATALOGUES.fr;
    const rows = books.get('fr')!.rows(fr.report.sheets.byPlace);
    expect(rows[0]![0]).toBe(fr.report.byPlace.note);
    const montreal = rows.filter((r) => r[0] === fr.report.level.city && r[2] === 'Montréal');
    // Montréal and "montreal" are one city. SDG 6 rolled up: p1 (via 6.1) and p5 (6 and 6.1), three links;
    // target 6.1 alone: p1 and p5, two links.
    const goal6 = montreal.find((r) => r[5] === fr.report.kinds.goal && r[6] === '6');
    const target61 = montreal.find((r) => r[5] === fr.report.kinds.target && r[6] === '6.1');
    expect(goal6?.slice(7)).toEqual(['', 'Eau propre et assainissement', 2, 3]);
    expect(target61?.slice(7, 8)).toEqual(['6']);
    expect(target61?.slice(9)).toEqual([2, 2]);
    // Each goal comes just before its targets; regions in the UCLG order, "no region" last.
    expect(montreal.indexOf(goal6!)).toBe(montreal.indexOf(target61!) - 1);
    const regions = rows.slice(2).filter((r) => r[0] === fr.report.level.region).map((r) => r[1]);
    expect([...new Set(regions)]).toEqual(['Asie-Pacifique', 'Europe', 'Moyen-Orient et Asie de l’Ouest', 'Amérique du Nord']);
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

  it('every sheet: frozen header (the Summary its title), autofilter, landscape fit-to-width printing with the header on every page, document properties', () => {
    const read = books.get('fr')!;
    const names = read.book.Workbook?.Names ?? [];
    for (const [index, sheet] of read.book.SheetNames.entries()) {
      const xml = read.xml(sheet);
      const filter = read.book.Sheets[sheet]!['!autofilter']?.ref ?? '';
      expect(filter, sheet).toMatch(/^A\d+:[A-Z]+\d+$/);
      const headerRow = Number(/^A(\d+)/.exec(filter)![1]);
      // The pane's top-left cell is the first row that scrolls: just under the header, or under the Summary's title.
      const frozen = Number(/<pane [^>]*topLeftCell="[A-Z]+(\d+)"[^>]*state="frozen"/.exec(xml)?.[1]);
      expect(frozen - 1, sheet).toBe(index === 0 ? 1 : headerRow);
      expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
      expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
      const titles = names.find((n) => n.Name === '_xlnm.Print_Titles' && n.Sheet === index);
      expect(titles?.Ref, sheet).toBe(`'${sheet}'!$${headerRow}:$${headerRow}`);
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

  it('a workspace without a name is an untitled workspace, in the report’s language', async () => {
    const unnamed = join(dir, 'unnamed.hrmap.json');
    await writeFile(unnamed, JSON.stringify({ ...workspace, name: '  ' }));
    const out = join(dir, 'unnamed.xlsx');
    expect(await main(['report', unnamed, '--out', out, '--preset', 'council', '--lang', 'fr'], capture())).toBe(0);
    const read = readBack(await readFile(out));
    const fr = CATALOGUES.fr.report;
    expect(read.rows(fr.sheets.summary).find((r) => r[0] === fr.summary.workspace)?.[1]).toBe('Espace de travail sans titre');
    expect(read.book.Props?.Comments ?? '').toMatch(/^Espace de travail sans titre · /);
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

describe('hrmap report on a demo-sized workspace (hrmap demo --policies 2000)', () => {
  let dir: string;
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('every sheet has the rows the workspace calls for, and their values', async () => {
    dir = await mkdtemp(join(tmpdir(), 'hrmap-report-demo-'));
    const source = join(dir, 'demo.hrmap.json');
    const out = join(dir, 'dossier.xlsx');
    expect(await main(['demo', '--policies', '2000', '--seed', '11', '--out', source], capture())).toBe(0);
    const demo = JSON.parse(await readFile(source, 'utf8')) as { name: string; policies: Policy[]; links: Link[] };
    const now = new Date();
    const io = capture();
    expect(await main(['report', source, '--out', out, '--lang', 'es'], io), io.stderr).toBe(0);
    const read = readBack(await readFile(out));
    const expected = expectedCongress(demo, 'es', now);
    expect(read.book.SheetNames).toEqual(expected.map((s) => s.name));
    const rows = new Map(expected.map((s) => [s.name, comparable(read.rows(s.name))]));
    const count = (id: keyof typeof CATALOGUES.es.report.sheets) => rows.get(CATALOGUES.es.report.sheets[id])!.length;
    // Row counts first (a clear message when one is short), then every value.
    expect(count('policies')).toBe(2000 + 1);
    expect(count('links')).toBe(demo.links.length + 1);
    expect(count('matrix')).toBe(2000 + 4);
    for (const sheet of expected) expect(rows.get(sheet.name)!.length, sheet.name).toBe(sheet.rows.length);
    // A sample read by hand: the 1,000th policy on Políticas and Matriz, its links on Vínculos.
    const p = demo.policies[999]!;
    expect(rows.get('Políticas')![1000]!.slice(0, 3)).toEqual([p.id, p.title, p.city]);
    expect(rows.get('Matriz')![1003]!.slice(0, 3)).toEqual([p.id, p.title, p.city]);
    expect(rows.get('Vínculos')!.filter((r) => r[0] === p.id)).toHaveLength(demo.links.filter((l) => l.policyId === p.id).length);
    for (const sheet of expected) expect(rows.get(sheet.name), sheet.name).toEqual(sheet.rows);
  }, 180_000);
});
