import { describe, expect, it } from 'vitest';
import { revisionProblemMessage } from '../../../shared/frameworks/messages';
import { checkCorrespondence, parseCorrespondence, planRevision, RevisionError } from '../../../shared/frameworks/revision';
import type { FrameworkItem, FrameworkPack } from '../../../shared/model/framework';
import { linkId, type Link } from '../../../shared/model/link';
import { translator } from './translator';

const item = (code: string, parent: string | null = null): FrameworkItem => ({
  id: `charter:${code}`,
  frameworkId: 'charter',
  code,
  parentId: parent,
  kind: parent ? 'action' : 'article',
  order: 0,
  title: { en: code },
  text: { en: code },
});
const pack = (version: string, items: FrameworkItem[]): FrameworkPack => ({
  format: 'hrmap-framework-pack',
  framework: { id: 'charter', name: { en: 'Charter' }, version, languages: ['en'], source: 'test' },
  items,
});

// A made-up revision: XI splits water and food (XI stays water, new XIII is food), XI.2 becomes XI.1,
// XI.1 and XI.3 merge into XI.2, X.5 is dropped without a counterpart.
const v2011 = pack('2011', [item('X'), item('X.5', 'charter:X'), item('XI'), item('XI.1', 'charter:XI'), item('XI.2', 'charter:XI'), item('XI.3', 'charter:XI'), item('XI.5', 'charter:XI')]);
const v2026 = pack('2026', [item('X'), item('XI'), item('XI.1', 'charter:XI'), item('XI.2', 'charter:XI'), item('XIII'), item('XIII.1', 'charter:XIII')]);
const table = new Map([
  ['charter:XI.2', 'charter:XI.1'],
  ['charter:XI.1', 'charter:XI.2'],
  ['charter:XI.3', 'charter:XI.2'],
  ['charter:XI.5', 'charter:XIII.1'],
]);
const link = (policyId: string, itemId: string, strength: Link['strength'] = 'secondary', rationale = ''): Link => ({
  id: linkId(policyId, itemId),
  policyId,
  itemId,
  strength,
  rationale,
  author: 'ana',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});
const NOW = '2026-11-22T12:00:00Z';

describe('framework revision with a correspondence table', () => {
  const links = [
    link('p1', 'charter:XI', 'primary'),
    link('p1', 'charter:XI.2', 'secondary', 'tiered tariff'),
    link('p2', 'charter:XI.1', 'secondary', 'no cuts'),
    link('p2', 'charter:XI.3', 'primary', 'private operators'),
    link('p3', 'charter:XI.5'),
    link('p3', 'charter:X.5', 'primary', 'evictions'),
    link('p3', 'sdg:6.1'),
  ];
  const plan = planRevision(v2011, v2026, table, links, NOW);

  it('keeps links whose item keeps its id', () => {
    expect(plan.kept.map((l) => l.id)).toEqual(['p1|charter:XI']);
  });
  it('moves links along the table, with new link ids', () => {
    const moves = Object.fromEntries(plan.moved.map((m) => [m.before.id, m.after.id]));
    expect(moves).toEqual({ 'p1|charter:XI.2': 'p1|charter:XI.1', 'p2|charter:XI.1': 'p2|charter:XI.2', 'p3|charter:XI.5': 'p3|charter:XIII.1' });
    const moved = plan.moved.find((m) => m.before.id === 'p1|charter:XI.2')!.after;
    expect(moved).toMatchObject({ itemId: 'charter:XI.1', rationale: 'tiered tariff', createdAt: '2026-01-01T00:00:00Z', updatedAt: NOW });
  });
  it('folds two links of one policy that now point to one item, keeping the stronger strength and both notes', () => {
    expect(plan.merged).toHaveLength(1);
    expect(plan.merged[0]!.before.id).toBe('p2|charter:XI.3');
    const final = plan.moved.find((m) => m.after.id === 'p2|charter:XI.2')!.after;
    expect(final).toMatchObject({ strength: 'primary', rationale: 'no cuts / private operators' });
  });
  it('lists links without a counterpart for review instead of dropping them', () => {
    expect(plan.unmatched.map((l) => l.id)).toEqual(['p3|charter:X.5']);
  });
  it('accounts for every link of the framework and leaves other frameworks alone', () => {
    expect(plan.kept.length + plan.moved.length + plan.merged.length + plan.unmatched.length).toBe(6);
    expect([...plan.kept, ...plan.moved.map((m) => m.before), ...plan.unmatched].some((l) => l.itemId.startsWith('sdg:'))).toBe(false);
  });
  it('refuses a table naming items that do not exist, and changes nothing', () => {
    const bad = new Map([['charter:XI.9', 'charter:XI.1'], ['charter:XI.1', 'charter:XIV']]);
    expect(checkCorrespondence(v2011, v2026, bad).map((p) => p.code)).toEqual(['unknownOldItem', 'unknownNewItem']);
    expect(() => planRevision(v2011, v2026, bad, links, NOW)).toThrow(RevisionError);
  });
});

describe('reading a correspondence table', () => {
  it('reads JSON', () => {
    const { table: t, problems } = parseCorrespondence(JSON.stringify({ format: 'hrmap-correspondence', framework: 'charter', from: '2011', to: '2026', map: { 'charter:XI.2': 'charter:XI.1' } }));
    expect(problems).toEqual([]);
    expect([...t]).toEqual([['charter:XI.2', 'charter:XI.1']]);
  });
  it('reads CSV with a header, semicolons and quotes', () => {
    const { table: t, problems } = parseCorrespondence('old;new\r\ncharter:XI.2;charter:XI.1\r\n"charter:XI.5";"charter:XIII.1"\r\n');
    expect(problems).toEqual([]);
    expect(t.get('charter:XI.5')).toBe('charter:XIII.1');
  });
  it('reports unreadable lines and duplicates', () => {
    const { problems } = parseCorrespondence('old,new\ncharter:XI.2,charter:XI.1\ncharter:XI.2,charter:XI.3\nXI.4,\n');
    expect(problems.map((p) => p.code)).toEqual(['duplicateOldItem', 'unreadable']);
    expect(problems[1]).toMatchObject({ line: 4, detail: 'XI.4' });
    expect(revisionProblemMessage(translator('fr'), problems[1]!)).toBe('La ligne 4 ne contient pas deux identifiants d’éléments (ancien, nouveau) : XI.4');
    const broken = parseCorrespondence('{ nope').problems[0]!;
    expect(broken).toMatchObject({ code: 'unreadable', reason: { kind: 'json', line: 1, column: 3 } });
    expect(revisionProblemMessage(translator('es'), broken)).toBe('El archivo no se puede leer: el JSON no se puede leer en la línea 1, columna 3');
  });
  it('words a table that breaks the JSON format from its parts, not from zod’s English', () => {
    const { problems } = parseCorrespondence(JSON.stringify({ format: 'hrmap-correspondence', framework: 'charter', from: '2011', map: { 'charter:XI': 7 } }));
    expect(problems[0]!.reason).toEqual({ kind: 'schema', issues: [{ path: 'to', code: 'missing' }, { path: 'map.charter:XI', code: 'type', values: ['string'] }] });
    expect(revisionProblemMessage(translator('fr'), problems[0]!)).toBe('Le fichier est illisible : to : manquant; map.charter:XI : texte attendu');
  });
});
