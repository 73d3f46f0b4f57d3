import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangeLog, MAX_HISTORY, type AppliedChange, type HistoryState } from '../../../renderer/db/changeLog';
import { currentRows, PACK_OPS_OVER, readableChanges, unpacked, withCreatedRows } from '../../../renderer/db/changeRows';
import { HrmapDatabase, type ChangeRow } from '../../../renderer/db/database';
import { LinkStore } from '../../../renderer/db/linkStore';
import { PolicyStore, type PolicyChange } from '../../../renderer/db/policyStore';
import { linkId, type Link } from '../../../shared/model/link';
import { newPolicy } from '../../../shared/model/policy';
import { readWorkspaceFromDb, replaceWorkspaceInDb } from '../../../renderer/workspace/workspaceRepository';

let n = 0;
const dbs: Dexie[] = [];
function freshName(): string {
  return `changelog-${Date.now()}-${n++}`;
}
function open(name = freshName()) {
  const db = new HrmapDatabase(name);
  dbs.push(db);
  let tick = 0;
  const clock = () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString();
  let id = 0;
  const changeLog = new ChangeLog(db, clock);
  const policies = new PolicyStore(db, clock, () => `p${++id}`, changeLog);
  const links = new LinkStore(db, changeLog, clock);
  return { db, changeLog, policies, links };
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('change log: undo and redo', () => {
  it('undoes and redoes cell edits, link edits and bulk actions, in order', async () => {
    const { db, changeLog, policies, links } = open();
    const a = await policies.add({ title: 'Water for all' });
    const b = await policies.add({ title: 'Night buses' });
    await policies.setField(a.id, 'city', 'Dakar');
    await links.add(a.id, 'charter:XI', { rationale: 'water' });
    await links.addToPolicies([a.id, b.id], 'sdg:6.1');

    expect(await db.links.count()).toBe(3);
    expect(await changeLog.undo()).toBe('mapping:history.bulkAddLink');
    expect(await db.links.count()).toBe(1);
    expect(await changeLog.undo()).toBe('mapping:history.addLink');
    expect(await db.links.count()).toBe(0);
    expect(await changeLog.undo()).toBe('mapping:history.editCell');
    expect((await db.policies.get(a.id))!.city).toBe('');

    expect(await changeLog.redo()).toBe('mapping:history.editCell');
    expect((await db.policies.get(a.id))!.city).toBe('Dakar');
    expect(await changeLog.redo()).toBe('mapping:history.addLink');
    expect(await db.links.get(linkId(a.id, 'charter:XI'))).toMatchObject({ rationale: 'water', strength: 'primary' });
    expect(await changeLog.redo()).toBe('mapping:history.bulkAddLink');
    expect(await db.links.count()).toBe(3);
    expect(await changeLog.redo()).toBeNull();
  });

  it('a new change clears the redo stack', async () => {
    const { changeLog, policies } = open();
    const a = await policies.add({ title: 'A' });
    await policies.setField(a.id, 'city', 'Lyon');
    await changeLog.undo();
    expect((await changeLog.history()).canRedo).toBe(true);
    await policies.setField(a.id, 'country', 'France');
    expect(await changeLog.history()).toMatchObject({ canRedo: false, canUndo: true, undoLabel: 'mapping:history.editCell' });
    expect(await changeLog.redo()).toBeNull();
  });

  it('tells history listeners what Undo and Redo would do after each step, as the log itself says', async () => {
    const { changeLog, policies, links } = open();
    const heard: HistoryState[] = [];
    changeLog.onHistory((state) => heard.push(state));
    const a = await policies.add({ title: 'Water for all' });
    await links.add(a.id, 'sdg:6.1');
    await changeLog.undo();
    await changeLog.redo();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(heard.map((s) => [s.undoLabel, s.redoLabel])).toEqual([
      ['mapping:history.addPolicy', null],
      ['mapping:history.addLink', null],
      ['mapping:history.addPolicy', 'mapping:history.addLink'],
      ['mapping:history.addLink', null],
    ]);
    // The state told after a new step (without reading the log) is the one the log gives.
    expect(heard[3]).toEqual(await changeLog.history());
    await links.remove([linkId(a.id, 'sdg:6.1')]);
    expect(heard.at(-1)).toEqual(await changeLog.history());
  });

  it('deleting a policy deletes its links in the same step, and undo brings both back', async () => {
    const { db, changeLog, policies, links } = open();
    const a = await policies.add({ title: 'A' });
    const b = await policies.add({ title: 'B' });
    await links.add(a.id, 'udhr:25');
    await links.add(b.id, 'udhr:25');
    await policies.remove([a.id]);
    expect(await db.policies.get(a.id)).toBeUndefined();
    expect(await (await db.links.ofPolicy(a.id)).length).toBe(0);
    expect(await db.links.count()).toBe(1);
    await changeLog.undo();
    expect(await db.policies.get(a.id)).toMatchObject({ title: 'A' });
    expect(await db.links.get(linkId(a.id, 'udhr:25'))).toBeDefined();
  });

  it('tells listeners exactly which rows changed, on do, undo and redo', async () => {
    const { changeLog, policies } = open();
    const seen: PolicyChange[] = [];
    const applied: AppliedChange['kind'][] = [];
    policies.subscribe((c) => seen.push(c));
    changeLog.onApplied((c) => applied.push(c.kind));
    const a = await policies.add({ title: 'A' });
    await changeLog.undo();
    await changeLog.redo();
    expect(applied).toEqual(['do', 'undo', 'redo']);
    expect(seen.map((c) => [c.add.map((p) => p.id), c.update.length, c.remove])).toEqual([
      [[a.id], 0, []],
      [[], 0, [a.id]],
      [[a.id], 0, []],
    ]);
  });

  it('survives a reload: the history is in the database', async () => {
    const first = open();
    const a = await first.policies.add({ title: 'A' });
    await first.policies.setField(a.id, 'title', 'A renamed');
    first.db.close();
    const second = open(first.db.name);
    expect(await second.changeLog.history()).toMatchObject({ canUndo: true, undoLabel: 'mapping:history.editCell' });
    await second.changeLog.undo();
    expect((await second.db.policies.get(a.id))!.title).toBe('A');
  });

  it('a failed plan changes nothing and records nothing', async () => {
    const { db, changeLog, policies } = open();
    const a = await policies.add({ title: 'A' });
    await expect(
      changeLog.change('x', async () => {
        await db.policies.bulkPut([{ ...a, title: 'half-written' }]);
        throw new Error('bad input');
      }),
    ).rejects.toThrow('bad input');
    expect((await db.policies.get(a.id))!.title).toBe('A');
    expect(await db.changes.count()).toBe(1);
  });

  it('a step creating many rows stores their ids, not copies; undo, redo, the workspace file and a rescue still see every op', async () => {
    const { db, changeLog, policies } = open();
    const at = '2026-01-01T00:00:00.000Z';
    const rows = Array.from({ length: PACK_OPS_OVER + 500 }, (_, i) => ({ ...newPolicy(`bulk-${i}`, at, { title: `Policy ${i}`, city: 'Quito' }) }));
    const byId = (list: { id: string }[]) => [...list].sort((x, y) => (x.id < y.id ? -1 : 1));
    await changeLog.change('import:history.import', () => rows.map((p) => ({ table: 'policies' as const, id: p.id, before: null, after: p })));
    const [stored] = await db.changes.toArray();
    expect(stored!.ops).toEqual([]);
    expect(stored!.packedOps).toBeUndefined();
    expect(stored!.created).toEqual({ policies: rows.map((p) => p.id), links: [] });

    // A later edit of one of them: the file's first entry still holds the row as the step created it.
    await policies.setField('bulk-7', 'title', 'Edited later');
    const file = await readWorkspaceFromDb(db);
    expect(file.changes[0]!.ops.map((op) => op.after)).toEqual(rows);
    expect(file.changes[1]!.ops).toMatchObject([{ id: 'bulk-7', before: rows[7], after: { title: 'Edited later' } }]);
    // The rescue reads the raw rows the same way.
    const rescued = readableChanges(await db.changes.toArray(), currentRows(await db.policies.toArray(), []));
    expect(rescued).toEqual(file.changes.map((c, i) => ({ ...c, seq: i + 1 })));

    await changeLog.undo();
    await changeLog.undo();
    expect(await db.policies.count()).toBe(0);
    // Undone, the entry is whole again (the rows are gone from the tables), and deflated.
    const [undone] = await db.changes.toArray();
    expect(undone!.created).toBeUndefined();
    expect(unpacked(undone!).ops.map((op) => op.after)).toEqual(rows);
    await changeLog.redo();
    expect(await db.policies.toArray()).toEqual(byId(rows));
    expect((await readWorkspaceFromDb(db)).changes[0]!.ops.map((op) => op.after)).toEqual(rows);
  });

  it('a step of many updates is stored deflated; undo, redo and the workspace file still see every op', async () => {
    const { db, changeLog } = open();
    const at = '2026-01-01T00:00:00.000Z';
    const rows = Array.from({ length: PACK_OPS_OVER + 500 }, (_, i) => ({ ...newPolicy(`bulk-${i}`, at, { title: `Policy ${i}`, city: 'Quito' }) }));
    await db.rows.addNew(rows, []);
    const edited = rows.map((p) => ({ ...p, status: 'completed' as const }));
    await changeLog.change('mapping:history.bulkStatus', () => rows.map((p, i) => ({ table: 'policies' as const, id: p.id, before: p, after: edited[i]! })));
    const [stored] = await db.changes.toArray();
    expect(stored!.ops).toEqual([]);
    expect(stored!.created).toBeUndefined();
    expect(stored!.packedOps).toBeInstanceOf(Uint8Array);
    expect(stored!.packedOps!.byteLength).toBeLessThan(JSON.stringify(edited).length / 5);

    const file = await readWorkspaceFromDb(db);
    expect(file.changes[0]!.ops.map((op) => op.after)).toEqual(edited);
    await changeLog.undo();
    expect((await db.policies.get('bulk-3'))!.status).toBe(rows[3]!.status);
    await changeLog.redo();
    expect((await db.policies.get('bulk-3'))!.status).toBe('completed');

    // A file holding such an entry opens with it packed again, and it still undoes.
    await replaceWorkspaceInDb(db, file);
    expect((await db.changes.toArray())[0]!.packedOps).toBeInstanceOf(Uint8Array);
    await new ChangeLog(db).undo();
    expect((await db.policies.get('bulk-3'))!.status).toBe(rows[3]!.status);
    // A damaged entry reads as nothing, so a rescue drops the history rather than keep an empty step.
    const none = currentRows([], []);
    expect(readableChanges([{ ...stored, packedOps: new Uint8Array([1, 2, 3]) }], none)).toEqual([null]);
    expect(readableChanges([{ ...stored, packedOps: undefined, created: { policies: [1], links: [] } }], none)).toEqual([null]);
    expect(unpacked(stored!).ops).toHaveLength(rows.length);
  });

  it('a created row gone without a trace in the log (a revision moved the link) gets no op', () => {
    const at = '2026-01-01T00:00:00.000Z';
    const kept: Link = { id: linkId('p1', 'sdg:6.1'), policyId: 'p1', itemId: 'sdg:6.1', strength: 'primary', rationale: '', createdAt: at, updatedAt: at, author: '' };
    const entry: ChangeRow = { seq: 1, at, label: 'import:history.import', ops: [], undone: 0, created: { policies: [], links: [kept.id, linkId('p1', 'charter:XI.2')] } };
    const [whole] = withCreatedRows([entry], currentRows([], [kept]));
    expect(whole!.ops).toEqual([{ table: 'links', id: kept.id, before: null, after: kept }]);
    expect(whole!.created).toBeUndefined();
  });

  it('keeps at most MAX_HISTORY entries', async () => {
    const { db, policies } = open();
    const a = await policies.add({ title: 'A' });
    for (let i = 0; i < MAX_HISTORY + 5; i++) await policies.setField(a.id, 'startYear', String(1950 + (i % 100)));
    expect(await db.changes.count()).toBe(MAX_HISTORY);
  });
});

describe('link store', () => {
  it('keeps one link per policy and item, with author, strength and rationale', async () => {
    const { db, links, policies } = open();
    const a = await policies.add({ title: 'A' });
    await links.setAuthor('Awa Ndiaye');
    const first = await links.add(a.id, 'sdg:6.1', { strength: 'secondary', rationale: 'tariffs' });
    const again = await links.add(a.id, 'sdg:6.1', { strength: 'primary' });
    expect(again).toEqual(first);
    expect(await db.links.count()).toBe(1);
    expect(first).toMatchObject({ id: linkId(a.id, 'sdg:6.1'), author: 'Awa Ndiaye', strength: 'secondary', rationale: 'tariffs' });
    const edited = await links.update(first.id, { strength: 'primary' });
    expect(edited).toMatchObject({ strength: 'primary', rationale: 'tariffs' });
  });

  it('sets the items of one framework, leaving other frameworks and kept links alone', async () => {
    const { db, links, policies } = open();
    const a = await policies.add({ title: 'A' });
    await links.add(a.id, 'sdg:6.1', { rationale: 'keep me' });
    await links.add(a.id, 'sdg:11.1');
    await links.add(a.id, 'charter:XI');
    await links.setFrameworkItems(a.id, 'sdg', ['sdg:6.1', 'sdg:1.4']);
    const ids = (await links.forPolicy(a.id)).map((l) => l.itemId).sort();
    expect(ids).toEqual(['charter:XI', 'sdg:1.4', 'sdg:6.1']);
    expect(await db.links.get(linkId(a.id, 'sdg:6.1'))).toMatchObject({ rationale: 'keep me' });
  });

  it('bulk add and remove skip policies already in that state and are one step each', async () => {
    const { db, changeLog, links, policies } = open();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await policies.add({ title: `P${i}` })).id);
    await links.add(ids[0]!, 'udhr:25');
    expect(await links.addToPolicies(ids, 'udhr:25')).toBe(4);
    expect(await db.links.count()).toBe(5);
    expect(await links.removeFromPolicies(ids.slice(0, 3), 'udhr:25')).toBe(3);
    expect(await db.links.count()).toBe(2);
    await changeLog.undo();
    expect(await db.links.count()).toBe(5);
    await changeLog.undo();
    expect(await db.links.count()).toBe(1);
  });

  it('bulk status change is one step', async () => {
    const { db, changeLog, policies } = open();
    const ids = [(await policies.add({ title: 'A' })).id, (await policies.add({ title: 'B', status: 'completed' })).id];
    expect(await policies.setStatus(ids, 'completed')).toBe(1);
    expect((await db.policies.bulkGet(ids)).map((p) => p!.status)).toEqual(['completed', 'completed']);
    await changeLog.undo();
    expect((await db.policies.bulkGet(ids)).map((p) => p!.status)).toEqual(['planned', 'completed']);
  });
});

describe('schema upgrade', () => {
  it('opens a database written by schema v2 (policies, links, change log) and finds all its data', async () => {
    const name = freshName();
    const v2 = new Dexie(name);
    v2.version(2).stores({
      policies: 'id, title, city, region, status, updatedAt',
      meta: 'key',
      frameworks: 'id',
      items: 'id, frameworkId, parentId',
      links: 'id, policyId, itemId',
      changes: '++seq, undone',
      dismissals: '[policyId+itemId], policyId',
    });
    const policy = {
      id: 'v2-1', title: 'Water kiosks', city: 'Dakar', country: 'Senegal', region: 'africa', sector: 'Water',
      status: 'in-progress', startYear: 2024, description: '', groups: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z',
    };
    const link = { id: 'v2-1|charter:XI', policyId: 'v2-1', itemId: 'charter:XI', strength: 'primary', rationale: 'Water', author: 'A', createdAt: policy.createdAt, updatedAt: policy.updatedAt };
    await v2.table('policies').add(policy);
    await v2.table('links').add(link);
    await v2.table('changes').add({ at: policy.updatedAt, label: 'mapping:history.addLink', ops: [{ table: 'links', id: link.id, before: null, after: link }], undone: 0 });
    await v2.table('dismissals').add({ policyId: 'v2-1', itemId: 'sdg:6.1', at: policy.updatedAt });
    v2.close();

    const db = new HrmapDatabase(name);
    dbs.push(db);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.policies.get('v2-1')).toEqual(policy);
    expect(await db.links.ofPolicy('v2-1')).toEqual([link]);
    expect(await db.dismissals.count()).toBe(1);
    // The history written under v2 still undoes.
    await new ChangeLog(db).undo();
    expect(await db.links.count()).toBe(0);
  });

  it('opens a database written by schema v3 (one row per link) and finds every link in its policy\'s row', async () => {
    const name = freshName();
    const v3 = new Dexie(name);
    v3.version(3).stores({
      policies: 'id', meta: 'key', frameworks: 'id', items: 'id, frameworkId, parentId', links: 'id, policyId, itemId', changes: '++seq, undone', dismissals: '[policyId+itemId], policyId',
    });
    const at = '2026-02-01T00:00:00.000Z';
    const links = ['p1|charter:XI', 'p1|sdg:6.1', 'p2|udhr:25', 'p10|sdg:6.1'].map((id) => {
      const [policyId, itemId] = id.split('|') as [string, string];
      return { id, policyId, itemId, strength: 'secondary', rationale: `why ${id}`, author: 'B', createdAt: at, updatedAt: at };
    });
    await v3.table('links').bulkAdd(links);
    // A link whose policy is gone was never shown: the upgrade leaves it behind.
    await v3.table('links').add({ ...links[0]!, id: 'p99|sdg:1', policyId: 'p99', itemId: 'sdg:1' });
    const policies = ['p1', 'p10', 'p2'].map((id) => newPolicy(id, at, { title: `Policy ${id}` }));
    await v3.table('policies').bulkAdd(policies);
    await v3.table('changes').add({ at, label: 'mapping:history.addLink', ops: [{ table: 'links', id: links[3]!.id, before: null, after: links[3] }], undone: 0 });
    v3.close();

    const db = new HrmapDatabase(name);
    dbs.push(db);
    await db.open();
    expect(db.verno).toBe(7);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['changes', 'dismissals', 'frameworks', 'items', 'meta', 'policyRows']);
    expect(await db.policyRows.toCollection().primaryKeys()).toEqual([['p1', 'charter:XI', 'sdg:6.1'], ['p10', 'sdg:6.1'], ['p2', 'udhr:25']]);
    expect(await db.policies.toArray()).toEqual(policies);
    expect((await db.links.toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...links].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.links.ofItem('sdg:6.1')).toEqual([links[1], links[3]]);
    // The history written under v3 (ops on single links) still undoes and redoes.
    const changeLog = new ChangeLog(db);
    await changeLog.undo();
    expect(await db.links.ofPolicy('p10')).toEqual([]);
    await changeLog.redo();
    expect(await db.links.ofPolicy('p10')).toEqual([links[3]]);
  });

  it('opens a database written by schema v1 and finds all its data', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores({ policies: 'id, title, city, region, status, updatedAt', meta: 'key' });
    const policy = {
      id: 'old-1', title: 'Old policy', city: 'Kazan', country: 'Russia', region: 'eurasia', sector: 'Culture',
      status: 'completed', startYear: 2015, description: 'Kept across upgrades.', groups: ['minorities'],
      createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-02T00:00:00.000Z',
    };
    await v1.table('policies').bulkAdd([policy, { ...policy, id: 'old-2', title: 'Second' }]);
    await v1.table('meta').put({ key: 'seeded', value: '2025-01-01' });
    v1.close();

    const db = new HrmapDatabase(name);
    dbs.push(db);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.policies.get('old-1')).toEqual(policy);
    expect(await db.policies.count()).toBe(2);
    expect(await db.meta.get('seeded')).toEqual({ key: 'seeded', value: '2025-01-01' });
    // v3 dropped the unused policy indexes: the rows are all there, reached by key.
    // v6 put each policy in a row with its links, under [policyId, ...itemIds]: the old tables are gone.
    expect(db.tables.map((t) => t.name)).not.toContain('policies');
    expect(await db.policyRows.toCollection().primaryKeys()).toEqual([['old-1'], ['old-2']]);
    expect((await db.policies.bulkGet(['old-1', 'old-2'])).map((p) => p?.title)).toEqual(['Old policy', 'Second']);
    // The new tables work on the upgraded database.
    const changeLog = new ChangeLog(db);
    const links = new LinkStore(db, changeLog);
    await links.add('old-1', 'charter:XI');
    await new PolicyStore(db, undefined, undefined, changeLog).remove(['old-1']);
    expect(await db.links.count()).toBe(0);
    await changeLog.undo();
    expect(await db.policies.get('old-1')).toEqual(policy);
    expect(await db.links.count()).toBe(1);
  });
});
