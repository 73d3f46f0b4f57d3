// freshDb installs fake-indexeddb, which must come before Dexie is loaded.
import { freshDb } from './freshDb';
import { describe, expect, it } from 'vitest';
import { HrmapDatabase } from '../../../renderer/db/database';
import { PolicyStore, type PolicyChange } from '../../../renderer/db/policyStore';
import { seedIfNew } from '../../../renderer/db/seed';


describe('seeding', () => {
  it('fills a new database with the demo workspace once', async () => {
    const db = freshDb();
    expect(await seedIfNew(db)).toBe(true);
    const policies = await db.policies.toArray();
    expect(policies).toHaveLength(12);
    expect(new Set(policies.map((p) => p.region)).size).toBeGreaterThanOrEqual(6);
    await db.rows.clear();
    expect(await seedIfNew(db)).toBe(false);
    expect(await db.policies.count()).toBe(0);
  });
});

describe('PolicyStore', () => {
  it('saves adds, edits and deletes, and tells listeners what changed', async () => {
    const db = freshDb();
    let tick = 0;
    const store = new PolicyStore(db, () => `2026-01-01T00:00:0${tick++}.000Z`, () => `p${tick}`);
    const changes: PolicyChange[] = [];
    store.subscribe((c) => changes.push(c));

    const added = await store.add({ title: 'Clean water for all' });
    expect(await db.policies.get(added.id)).toMatchObject({ title: 'Clean water for all', status: 'planned' });

    const edited = await store.setField(added.id, 'startYear', '2024');
    expect(edited.ok).toBe(true);
    expect(await db.policies.get(added.id)).toMatchObject({ startYear: 2024 });
    expect((await db.policies.get(added.id))!.updatedAt > added.updatedAt).toBe(true);

    const refused = await store.setField(added.id, 'region', 'Atlantis');
    expect(refused).toMatchObject({ ok: false, error: { code: 'unknownRegion' } });
    expect((await db.policies.get(added.id))!.region).toBe('');

    await store.remove([added.id]);
    expect(await db.policies.count()).toBe(0);
    expect(changes.map((c) => [c.add.length, c.update.length, c.remove.length])).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
  });

  it('survives a reopen of the database (what a restart does)', async () => {
    const db = freshDb();
    const store = new PolicyStore(db);
    const p = await store.add({ title: 'Night buses', city: 'Dakar' });
    db.close();
    const reopened = new HrmapDatabase(db.name);
    expect(await reopened.policies.get(p.id)).toMatchObject({ title: 'Night buses', city: 'Dakar' });
  });
});
