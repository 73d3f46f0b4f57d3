// freshDb installs fake-indexeddb, which must come before Dexie is loaded.
import { freshDb } from './freshDb';
import { describe, expect, it } from 'vitest';
import { AutoBackup, restoreBackup, setBackupsToKeep, takeBackup } from '../../../renderer/backups/backupService';
import { ChangeLog } from '../../../renderer/db/changeLog';
import { PolicyStore } from '../../../renderer/db/policyStore';
import { browserBackups } from '../../../renderer/platform/browserBackups';
import { replaceWorkspaceInDb } from '../../../renderer/workspace/workspaceRepository';
import { generateDemoWorkspace } from '../../../shared/workspace/demo';

let n = 0;
async function setup() {
  const db = freshDb('backups');
  await replaceWorkspaceInDb(db, generateDemoWorkspace({ policies: 40, seed: 6 }));
  const log = new ChangeLog(db);
  const backups = browserBackups(`hrmap-backups-test-${n++}`);
  return { db, log, backups, store: new PolicyStore(db, undefined, undefined, log) };
}

describe('browser backups', () => {
  it('snapshots the workspace, keeps the last N, restores as one undoable step', async () => {
    const { db, log, backups, store } = await setup();
    await setBackupsToKeep(db, 2);
    const first = await takeBackup(db, backups, '2026-05-01T10:00:00.000Z');
    expect(first).toMatchObject({ policies: 40, links: (await db.links.count()) });
    const original = await db.policies.orderBy('id').toArray();
    const originalLinks = await db.links.orderBy('id').toArray();

    // Damage: delete half the policies, edit one.
    await store.remove(original.slice(0, 20).map((p) => p.id));
    await store.setField(original[25]!.id, 'title', 'Changed after the backup');
    await takeBackup(db, backups, '2026-05-01T11:00:00.000Z');
    await takeBackup(db, backups, '2026-05-01T12:00:00.000Z');
    const list = await backups.listBackups();
    expect(list.map((b) => b.at)).toEqual(['2026-05-01T12:00:00.000Z', '2026-05-01T11:00:00.000Z']);

    // The first backup was pruned; restore the newest kept one, then an earlier state via a fresh snapshot.
    const keepFirst = browserBackups(`hrmap-backups-test-${n++}`);
    const snap = await keepFirst.writeBackup({ at: first.at, policies: 40, links: originalLinks.length, data: await (async () => {
      const { readWorkspaceFromDb } = await import('../../../renderer/workspace/workspaceRepository');
      const { stringifyWorkspace } = await import('../../../shared/workspace/serialize');
      const ws = await readWorkspaceFromDb(db);
      ws.policies = original;
      ws.links = originalLinks;
      return new TextEncoder().encode(stringifyWorkspace(ws));
    })(), keep: 5 });
    const beforeRestore = await db.policies.orderBy('id').toArray();
    await restoreBackup(log, keepFirst, snap.id);
    expect(await db.policies.orderBy('id').toArray()).toEqual(original);
    expect(await db.links.orderBy('id').toArray()).toEqual(originalLinks);
    expect(await log.undo()).toBe('workspace:history.restore');
    expect(await db.policies.orderBy('id').toArray()).toEqual(beforeRestore);
  });

  it('auto-backup writes one snapshot after a burst of changes', async () => {
    const { db, log, backups, store } = await setup();
    const written: string[] = [];
    // A long delay: the burst only schedules; nothing is written until the delay ends (or a flush).
    const auto = new AutoBackup(db, log, backups, 3_600_000, (info) => written.push(info.id));
    auto.start();
    const [p] = await db.policies.toArray();
    await store.setField(p!.id, 'title', 'One');
    await store.setField(p!.id, 'title', 'Two');
    await store.setField(p!.id, 'title', 'Three');
    expect(await backups.listBackups()).toEqual([]);
    await auto.flush();
    auto.dispose();
    const list = await backups.listBackups();
    expect(list).toHaveLength(1);
    expect(written).toEqual([list[0]!.id]);
  });
});
