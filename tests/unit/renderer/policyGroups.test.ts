// freshDb installs fake-indexeddb, which must come before Dexie is loaded.
import { freshDb } from './freshDb';
import { describe, expect, it } from 'vitest';
import { PolicyStore, type PolicyChange } from '../../../renderer/db/policyStore';
import { changeGroups } from '../../../shared/model/groupsText';

describe('changeGroups', () => {
  it('keeps known ids once, in the fixed order', () => {
    expect(changeGroups(['migrants', 'martians'], ['women-girls', 'migrants'])).toEqual(['women-girls', 'migrants']);
    expect(changeGroups(['women-girls', 'migrants'], [], ['women-girls'])).toEqual(['migrants']);
  });
});

describe('PolicyStore rights-holder groups', () => {
  it('sets the groups of one policy, undoably, and tells listeners', async () => {
    const db = freshDb();
    let tick = 0;
    const store = new PolicyStore(db, () => `2026-01-01T00:00:${String(tick++).padStart(2, '0')}.000Z`, () => `p${tick}`);
    const policy = await store.add({ title: 'Shelter network' });
    const changes: PolicyChange[] = [];
    store.subscribe((c) => changes.push(c));

    await store.setGroups(policy.id, ['homeless', 'poverty', 'nonsense']);
    expect((await db.policies.get(policy.id))!.groups).toEqual(['poverty', 'homeless']);
    expect(changes.at(-1)!.update[0]!.groups).toEqual(['poverty', 'homeless']);

    const entries = await db.changes.count();
    await store.setGroups(policy.id, ['homeless', 'poverty']);
    expect(await db.changes.count()).toBe(entries); // nothing changed, nothing logged

    await store.changeLog.undo();
    expect((await db.policies.get(policy.id))!.groups).toEqual([]);
  });

  it('adds or removes a group on many policies as one step', async () => {
    const db = freshDb();
    const store = new PolicyStore(db);
    const a = await store.add({ title: 'A', groups: ['migrants'] });
    const b = await store.add({ title: 'B', groups: [] });
    const c = await store.add({ title: 'C', groups: ['refugees'] });

    expect(await store.changeGroups([a.id, b.id, c.id], { add: ['refugees'] })).toBe(2);
    expect((await db.policies.bulkGet([a.id, b.id, c.id])).map((p) => p!.groups)).toEqual([['migrants', 'refugees'], ['refugees'], ['refugees']]);

    expect(await store.changeGroups([a.id, c.id], { remove: ['refugees'] })).toBe(2);
    expect((await db.policies.bulkGet([a.id, c.id])).map((p) => p!.groups)).toEqual([['migrants'], []]);

    await store.changeLog.undo();
    expect((await db.policies.bulkGet([a.id, c.id])).map((p) => p!.groups)).toEqual([['migrants', 'refugees'], ['refugees']]);
  });
});
