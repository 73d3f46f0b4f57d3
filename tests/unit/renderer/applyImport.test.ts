// freshDb installs fake-indexeddb, which must come before Dexie is loaded.
import { freshDb } from './freshDb';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ChangeLog } from '../../../renderer/db/changeLog';
import { applyImport, isCancel } from '../../../renderer/import/applyImport';
import { readWorkspaceFromDb, replaceWorkspaceInDb } from '../../../renderer/workspace/workspaceRepository';
import { generateDemoWorkspace } from '../../../shared/workspace/demo';
import { fixture, planBytes } from '../import/helpers';

/** Everything a user could see of the workspace, to compare before and after. */
async function snapshot(db: ReturnType<typeof freshDb>) {
  const [policies, links, changes] = await Promise.all([db.policies.toArray(), db.links.toArray(), db.changes.toArray()]);
  return { policies, links, changes };
}

async function seeded() {
  const db = freshDb('import');
  await replaceWorkspaceInDb(db, generateDemoWorkspace({ policies: 50, seed: 4 }));
  return { db, log: new ChangeLog(db) };
}

/** A large CSV with mapping columns, planned against the database's policies. */
async function bigPlan(db: ReturnType<typeof freshDb>, rows: number) {
  const lines = ['Title,City,Region,SDG,Charter'];
  for (let i = 0; i < rows; i++) lines.push(`Programme ${i},City ${i % 300},Europe,${(i % 16) + 1}.1; 11.${(i % 7) + 1},XI.${(i % 6) + 1}`);
  const existing = await db.policies.toArray();
  return (await planBytes(new TextEncoder().encode(lines.join('\n')), existing)).plan;
}

describe('applying an import', () => {
  it('writes policies, links and one change-log entry; undo reverts the whole import, redo brings it back', async () => {
    const { db, log } = await seeded();
    const before = await snapshot(db);
    const existing = await db.policies.toArray();
    const { plan } = await planBytes(fixture('policies-en.csv'), existing);
    const applied: string[] = [];
    log.onApplied((c) => applied.push(`${c.kind}:${c.policies.length}:${c.links.length}`));
    await applyImport(log, plan);
    expect(await db.policies.count()).toBe(53);
    expect(await db.links.count()).toBe(before.links.length + 11);
    const entries = await db.changes.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.label).toBe('import:history.import');

    expect(await log.undo()).toBe('import:history.import');
    const undone = await snapshot(db);
    expect(undone.policies).toEqual(before.policies);
    expect(undone.links).toEqual(before.links);
    await log.redo();
    expect(await db.policies.count()).toBe(53);
    expect(applied).toEqual(['do:3:11', 'undo:3:11', 'redo:3:11']);
  });

  it('a large import keeps the ids of its rows in the log, not copies; undo, redo and the workspace file see every row', async () => {
    const { db, log } = await seeded();
    const before = await snapshot(db);
    const plan = await bigPlan(db, 800);
    await applyImport(log, plan);
    const after = await snapshot(db);
    const [entry] = after.changes;
    expect(entry!.ops).toEqual([]);
    expect(entry!.created!.policies).toHaveLength(800);
    expect(entry!.created!.links).toHaveLength(plan.links.length);
    // The file holds the step whole, as every other reader of the log expects.
    const file = await readWorkspaceFromDb(db);
    expect(file.changes[0]!.ops).toHaveLength(800 + plan.links.length);
    expect(file.changes[0]!.ops.filter((op) => op.table === 'links').map((op) => op.after)).toEqual(expect.arrayContaining(plan.links));

    await log.undo();
    expect((await snapshot(db)).policies).toEqual(before.policies);
    expect((await snapshot(db)).links).toEqual(before.links);
    await log.redo();
    const redone = await snapshot(db);
    expect(redone.policies).toEqual(after.policies);
    expect(redone.links).toEqual(after.links);
  });

  it('an update import is undone back to the old values', async () => {
    const { db, log } = await seeded();
    const first = await planBytes(fixture('policies-en.csv'), await db.policies.toArray());
    await applyImport(log, first.plan);
    const before = await snapshot(db);
    const second = await planBytes(fixture('duplicates.csv'), await db.policies.toArray(), { duplicates: 'update' });
    expect(second.plan.updated).toHaveLength(2);
    await applyImport(log, second.plan);
    expect((await db.policies.get(second.plan.updated[0]!.before.id))!.status).toBe('completed');
    await log.undo();
    const after = await snapshot(db);
    expect(after.policies).toEqual(before.policies);
    expect(after.links).toEqual(before.links);
  });

  it('killed half-way (the transaction aborted mid-import): the workspace is exactly as it was', async () => {
    const { db, log } = await seeded();
    const before = await snapshot(db);
    const plan = await bigPlan(db, 20_000);
    let written = 0;
    const failure = applyImport(log, plan, {
      chunkSize: 1000,
      onProgress: (done, total) => {
        written = done;
        // Half-way through, the transaction dies as it would when the tab is closed or the disk is full.
        if (done >= total / 2) Dexie.currentTransaction!.abort();
      },
    });
    await expect(failure).rejects.toThrow();
    expect(written).toBeGreaterThan(0);
    expect(await snapshot(db)).toEqual(before);
  });

  it('cancelled by the user mid-import: nothing is kept and the cancel is recognised', async () => {
    const { db, log } = await seeded();
    const before = await snapshot(db);
    const plan = await bigPlan(db, 5_000);
    const signal = { aborted: false };
    const error = await applyImport(log, plan, { chunkSize: 500, signal, onProgress: (done) => (signal.aborted = done >= 3000) }).catch((e: unknown) => e);
    expect(isCancel(error)).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  });
});
