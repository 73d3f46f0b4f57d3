import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { i18nOptions } from '../../../shared/i18n/catalogues';
import { linkId, type Link } from '../../../shared/model/link';
import { newPolicy } from '../../../shared/model/policy';
import { filtersActive, NO_FILTERS, readFilters, rowPasses } from '../../../renderer/register/filters';
import { pasteRefusalText } from '../../../renderer/register/pasteMessages';
import { parseTsv, planPaste, type PasteColumn, type PasteContext } from '../../../renderer/register/pastePlan';
import { lastChange, LinkIndex, LinkTimes, type RegisterRow } from '../../../renderer/register/registerRows';

const NOW = '2026-02-01T00:00:00.000Z';
const catalog = builtinCatalog();

function link(policyId: string, itemId: string): Link {
  return { id: linkId(policyId, itemId), policyId, itemId, strength: 'primary', rationale: '', author: '', createdAt: NOW, updatedAt: NOW };
}
function row(id: string, fields: Parameters<typeof newPolicy>[2], links: Link[] = []): RegisterRow {
  return { ...newPolicy(id, '2026-01-01T00:00:00.000Z', fields), links };
}
function context(rows: RegisterRow[], columns: PasteColumn[]): PasteContext {
  let n = 0;
  return {
    rows,
    columns,
    itemExists: catalog.has,
    linksOf: (policyId) => rows.find((r) => r.id === policyId)?.links.map((l) => l as Link) ?? [],
    newPolicy: () => newPolicy(`new-${++n}`, NOW),
    newLink: (policyId, itemId) => link(policyId, itemId),
    now: NOW,
  };
}
const TITLE: PasteColumn = { colId: 'title', kind: 'field', field: 'title' };
const CITY: PasteColumn = { colId: 'city', kind: 'field', field: 'city' };
const YEAR: PasteColumn = { colId: 'startYear', kind: 'field', field: 'startYear' };
const SDG: PasteColumn = { colId: 'fw:sdg', kind: 'framework', frameworkId: 'sdg' };
const LINKS: PasteColumn = { colId: 'links', kind: 'readOnly' };
const GROUPS: PasteColumn = { colId: 'groups', kind: 'groups' };

describe('parseTsv', () => {
  it('reads rows and tabs, Excel quoting, CRLF, and ignores the trailing newline', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseTsv('"two\nlines"\t"say ""hi"""\nx\t')).toEqual([['two\nlines', 'say "hi"'], ['x', '']]);
    expect(parseTsv('only')).toEqual([['only']]);
    expect(parseTsv('"not closed\tstill')).toEqual([['"not closed', 'still']]);
  });
});

describe('planPaste', () => {
  it('updates the rows under the focused cell and appends new policies, links included', () => {
    const rows = [row('a', { title: 'A', city: 'Lyon' }, [link('a', 'sdg:1.4'), link('a', 'charter:XI')])];
    const plan = planPaste(
      [
        ['Dakar', '6.1; 11.1'],
        ['Rosario', 'SDG 2.1'],
      ],
      context(rows, [CITY, SDG]),
    );
    // The new row has no title: refused, nothing planned.
    expect(plan.ops).toEqual([]);
    expect(plan.problems).toEqual([expect.objectContaining({ row: 2, colId: 'title', kind: 'edit' })]);

    const ok = planPaste(
      [
        ['A renamed', 'Dakar', '6.1; 11.1'],
        ['Urban gardens', 'Rosario', 'SDG 2.1'],
      ],
      context(rows, [TITLE, CITY, SDG]),
    );
    expect(ok.problems).toEqual([]);
    expect(ok).toMatchObject({ updated: 1, added: 1 });
    const policyOps = ok.ops.filter((o) => o.table === 'policies');
    expect(policyOps.map((o) => [o.id, o.before?.title ?? null, o.after?.title, o.after?.city])).toEqual([
      ['a', 'A', 'A renamed', 'Dakar'],
      ['new-1', null, 'Urban gardens', 'Rosario'],
    ]);
    const linkOps = ok.ops.filter((o) => o.table === 'links').map((o) => `${o.after ? '+' : '-'}${o.id}`);
    // SDG links are replaced by the pasted ones; the Charter link is another column's and stays.
    expect(linkOps.sort()).toEqual(['+a|sdg:11.1', '+a|sdg:6.1', '+new-1|sdg:2.1', '-a|sdg:1.4'].sort());
  });

  it('refuses the whole block when any cell is invalid, and says which', () => {
    const rows = [row('a', { title: 'A' }), row('b', { title: 'B' })];
    const plan = planPaste(
      [
        ['1999', '6.1', ''],
        ['soon', 'SDG 99.9', '3'],
      ],
      context(rows, [YEAR, SDG, LINKS]),
    );
    expect(plan.ops).toEqual([]);
    expect(plan.problems.map((p) => [p.row, p.colId, p.kind])).toEqual([
      [2, 'startYear', 'edit'],
      [2, 'fw:sdg', 'ref'],
      [2, 'links', 'readOnly'],
    ]);
  });

  it('refuses an item of another framework in a framework column, and a block wider than the columns', () => {
    const rows = [row('a', { title: 'A' })];
    expect(planPaste([['udhr:25']], context(rows, [SDG])).problems[0]).toMatchObject({ kind: 'ref' });
    expect(planPaste([['Lyon', 'extra']], context(rows, [CITY])).problems[0]).toMatchObject({ kind: 'tooWide' });
  });

  it('reads rights-holder groups by name in any language; an unknown name refuses the block; an empty cell clears', () => {
    const rows = [row('a', { title: 'A', groups: ['migrants'] }), row('b', { title: 'B', groups: ['women-girls'] })];
    const plan = planPaste([['Femmes et filles; refugees'], ['']], context(rows, [GROUPS]));
    expect(plan.problems).toEqual([]);
    expect(plan.ops.map((op) => [op.id, (op.after as { groups: string[] }).groups])).toEqual([
      ['a', ['women-girls', 'refugees']],
      ['b', []],
    ]);
    expect(planPaste([['Migrants'], ['Martians']], context(rows, [GROUPS]))).toMatchObject({ ops: [], problems: [{ row: 2, colId: 'groups', kind: 'unknownGroups', names: ['Martians'] }] });
    // The same set, written differently, is no change.
    expect(planPaste([['migrants']], context(rows, [GROUPS])).ops).toEqual([]);
  });

  it('a refusal names the first three bad cells by row and column and counts the others, in the UI language', async () => {
    const rows = ['a', 'b', 'c', 'd', 'e'].map((id) => row(id, { title: id.toUpperCase() }));
    const plan = planPaste([['soon', '6.1'], ['1999', 'SDG 99.9'], ['later', ''], ['never', ''], ['3000', '']], context(rows, [YEAR, SDG]));
    expect(plan.problems).toHaveLength(5);
    const columnName = (colId: string) => ({ startYear: 'Start year', 'fw:sdg': 'SDG' })[colId] ?? colId;
    const en = i18next.createInstance();
    await en.init({ ...i18nOptions('en'), initAsync: false });
    expect(pasteRefusalText(en.t, plan.problems, columnName)).toBe(
      'Nothing pasted: 5 cells are invalid. Row 1, Start year: “soon” is not a year between 1900 and 2100; ' +
        'Row 2, SDG: “SDG 99.9” names no item; Row 3, Start year: “later” is not a year between 1900 and 2100; and 2 more cells.',
    );
    expect(pasteRefusalText(en.t, plan.problems.slice(0, 1), columnName)).toBe('Nothing pasted: 1 cell is invalid. Row 1, Start year: “soon” is not a year between 1900 and 2100.');
    expect(pasteRefusalText(en.t, plan.problems.slice(0, 4), columnName)).toMatch(/; and 1 more cell\.$/);
    const fr = i18next.createInstance();
    await fr.init({ ...i18nOptions('fr'), initAsync: false });
    expect(pasteRefusalText(fr.t, plan.problems, columnName)).toMatch(/^Rien n’a été collé : 5 cellules sont invalides\. Ligne 1, Start year : .*; et 2 autres cellules\.$/);
  });

  it('stores text that looks like a formula as plain text', () => {
    const plan = planPaste([['=HYPERLINK("x")']], context([row('a', { title: 'A' })], [CITY]));
    expect(plan.ops[0]?.after).toMatchObject({ city: '=HYPERLINK("x")' });
  });
});

describe('register filters', () => {
  const rows = [
    row('a', { title: 'A', city: 'Dakar', region: 'africa', status: 'completed' }, [link('a', 'charter:XI.2'), link('a', 'sdg:6.1')]),
    row('b', { title: 'B', city: 'Lyon', region: 'europe' }, [link('b', 'charter:XI')]),
    row('c', { title: 'C', city: 'Dakar', region: 'africa', groups: ['children-youth', 'all-residents'] }),
    row('d', { title: 'D', groups: ['all-residents'] }),
  ];
  const ids = (f: Partial<typeof NO_FILTERS>) => rows.filter((r) => rowPasses(r, { ...NO_FILTERS, ...f })).map((r) => r.id);

  it('mapped to an item includes its sub-items; gaps are rows with no item of the framework', () => {
    expect(ids({ mappedTo: 'charter:XI' })).toEqual(['a', 'b']);
    expect(ids({ mappedTo: 'charter:XI.2' })).toEqual(['a']);
    expect(ids({ mappedTo: 'sdg:6' })).toEqual(['a']);
    expect(ids({ mappedTo: 'sdg:1' })).toEqual([]);
    // A gap is about one framework: b is mapped to the Charter only, and still an SDG gap.
    expect(ids({ gapFramework: 'sdg' })).toEqual(['b', 'c', 'd']);
    expect(ids({ gapFramework: 'charter' })).toEqual(['c', 'd']);
    expect(ids({ gapFramework: 'charter', city: 'Dakar' })).toEqual(['c']);
    expect(ids({ region: 'africa', status: 'completed' })).toEqual(['a']);
  });

  it('a rights-holder group keeps the policies that name it; "all residents" is a group like the others', () => {
    expect(ids({ group: 'children-youth' })).toEqual(['c']);
    expect(ids({ group: 'all-residents' })).toEqual(['c', 'd']);
    expect(ids({ group: 'all-residents', city: 'Dakar' })).toEqual(['c']);
    expect(ids({ group: 'migrants' })).toEqual([]);
    // A row read from an older database may have no groups at all.
    const old = { ...row('e', { title: 'E' }), groups: undefined } as unknown as RegisterRow;
    expect(rowPasses(old, { ...NO_FILTERS, group: 'migrants' })).toBe(false);
    expect(rowPasses(old, NO_FILTERS)).toBe(true);
    expect(filtersActive({ ...NO_FILTERS, group: 'migrants' })).toBe(true);
  });

  it('reads remembered filters defensively', () => {
    expect(readFilters('{"group":"women-girls","status":"planned"}')).toEqual({ ...NO_FILTERS, group: 'women-girls', status: 'planned' });
    // A group id that does not exist (any more) would hide every row: it is dropped.
    expect(readFilters('{"group":"martians"}')).toEqual(NO_FILTERS);
    expect(readFilters('{"gapFramework":"sdg","city":3}')).toEqual({ ...NO_FILTERS, gapFramework: 'sdg' });
    expect(readFilters('not json')).toEqual(NO_FILTERS);
    expect(filtersActive(NO_FILTERS)).toBe(false);
  });

  it('the last change is the policy’s own until its links’ times are read, then the latest of all', () => {
    const index = new LinkIndex([{ id: 'a|sdg:6.1', policyId: 'a', itemId: 'sdg:6.1' }]);
    const times = new LinkTimes();
    const policy = newPolicy('a', '2026-01-01T00:00:00.000Z', { title: 'A' });
    expect(lastChange(index.rowOf(policy), times)).toBe('2026-01-01T00:00:00.000Z');
    // Stubs carry no time; whole links read later do, and only their own policy moves.
    times.note([{ id: 'a|sdg:6.1', policyId: 'a', itemId: 'sdg:6.1' }]);
    expect(lastChange(index.rowOf(policy), times)).toBe('2026-01-01T00:00:00.000Z');
    times.note([link('a', 'sdg:6.1'), link('zz', 'sdg:1.1')]);
    expect(lastChange(index.rowOf(policy), times)).toBe(NOW);
    // An older time never moves it back; a removal noted later moves it on.
    times.touch('a', '2025-01-01T00:00:00.000Z');
    expect(lastChange(index.rowOf(policy), times)).toBe(NOW);
    times.touch('a', '2026-03-01T00:00:00.000Z');
    expect(lastChange(index.rowOf(policy), times)).toBe('2026-03-01T00:00:00.000Z');
    // A policy edited after its links shows its own time.
    expect(lastChange(index.rowOf({ ...policy, updatedAt: '2026-04-01T00:00:00.000Z' }), times)).toBe('2026-04-01T00:00:00.000Z');
  });

  it('the link index gives each changed policy a fresh list', () => {
    const index = new LinkIndex([link('a', 'sdg:6.1')]);
    const before = index.of('a');
    const touched = index.apply({ add: [link('a', 'sdg:6.2')], update: [], remove: [link('a', 'sdg:6.1')] });
    expect([...touched]).toEqual(['a']);
    expect(index.of('a').map((l) => l.itemId)).toEqual(['sdg:6.2']);
    expect(before.map((l) => l.itemId)).toEqual(['sdg:6.1']);
  });
});
