// freshDb installs fake-indexeddb, which must come before Dexie is loaded.
import { freshDb } from './freshDb';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { AutoBackup, RESTORE_LABEL, restoreBackup, setBackupsToKeep, takeBackup } from '../../../renderer/backups/backupService';
import { ChangeLog } from '../../../renderer/db/changeLog';
import { PolicyStore } from '../../../renderer/db/policyStore';
import { browserBackups } from '../../../renderer/platform/browserBackups';
import { META_NAME, readWorkspaceFromDb, readWorkspaceMeta, replaceWorkspaceInDb, writeSetting } from '../../../renderer/workspace/workspaceRepository';
import { MILESTONES_SETTING } from '../../../shared/stats';
import { generateDemoWorkspace } from '../../../shared/workspace/demo';
import type { WorkspaceFile } from '../../../shared/workspace/format';
import { readWorkspaceText, stringifyWorkspace } from '../../../shared/workspace/serialize';

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
    const original = await db.policies.toArray();
    const originalLinks = await db.links.toArray();

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
    const beforeRestore = await db.policies.toArray();
    await restoreBackup(log, keepFirst, snap.id);
    expect(await db.policies.toArray()).toEqual(original);
    expect(await db.links.toArray()).toEqual(originalLinks);
    expect(await log.undo()).toBe('workspace:history.restore');
    expect(await db.policies.toArray()).toEqual(beforeRestore);
  });

  it('restoring brings back the workspace name and settings too, and one undo takes all of it back', async () => {
    const { db, log, backups, store } = await setup();
    const milestones = [5, 50, 500];
    await db.meta.put({ key: META_NAME, value: 'Réseau du printemps' });
    await writeSetting(db, MILESTONES_SETTING, milestones);
    await setBackupsToKeep(db, 7);
    const snap = await takeBackup(db, backups);
    const atBackup = { meta: await readWorkspaceMeta(db), policies: await db.policies.toArray() };

    // After the backup: renamed, other milestones, fewer backups kept, a policy edited.
    await db.meta.put({ key: META_NAME, value: 'Réseau de l’automne' });
    await writeSetting(db, MILESTONES_SETTING, [1, 2, 3]);
    await setBackupsToKeep(db, 3);
    await store.setField(atBackup.policies[0]!.id, 'title', 'Edited after the backup');
    const beforeRestore = { meta: await readWorkspaceMeta(db), policies: await db.policies.toArray() };

    const applied: boolean[] = [];
    log.onApplied((change) => applied.push(change.workspace));
    await restoreBackup(log, backups, snap.id);
    expect(await readWorkspaceMeta(db)).toEqual(atBackup.meta);
    expect(atBackup.meta).toEqual({ name: 'Réseau du printemps', settings: { [MILESTONES_SETTING]: milestones, backupsToKeep: 7 } });
    expect(await db.policies.toArray()).toEqual(atBackup.policies);

    expect(await log.undo()).toBe(RESTORE_LABEL);
    expect(await readWorkspaceMeta(db)).toEqual(beforeRestore.meta);
    expect(await db.policies.toArray()).toEqual(beforeRestore.policies);
    expect(await log.redo()).toBe(RESTORE_LABEL);
    expect(await readWorkspaceMeta(db)).toEqual(atBackup.meta);
    expect(applied).toEqual([true, true, true]);

    // The step travels in the workspace file: saved, opened elsewhere, its undo still restores the settings.
    const text = stringifyWorkspace(await readWorkspaceFromDb(db));
    const reread = readWorkspaceText(text);
    expect(reread.ok).toBe(true);
    const other = freshDb('backups-other');
    await replaceWorkspaceInDb(other, (reread as { ok: true; workspace: WorkspaceFile }).workspace);
    expect(await new ChangeLog(other).undo()).toBe(RESTORE_LABEL);
    expect(await readWorkspaceMeta(other)).toEqual(beforeRestore.meta);
  });

  it('in the browser too, rescued rows are listed apart and rotation counts snapshots only; old rows stay snapshots', async () => {
    const name = `hrmap-backups-kinds-${n++}`;
    // A backup database of version 1 (before kinds), with one snapshot in it.
    const v1 = new Dexie(name);
    v1.version(1).stores({ backups: '++seq, at' });
    await v1.table('backups').add({ at: '2026-05-01T08:00:00.000Z', policies: 1, links: 0, bytes: 1, data: new Uint8Array([1]) });
    v1.close();
    const backups = browserBackups(name);
    await backups.writeBackup({ kind: 'rescue', at: '2026-05-01T09:00:00.000Z', policies: 7, links: 0, data: new Uint8Array([7]), keep: 2 });
    for (let i = 0; i < 3; i++) await backups.writeBackup({ at: `2026-05-01T10:00:0${i}.000Z`, policies: 10 + i, links: 0, data: new Uint8Array([i]), keep: 2 });
    expect((await backups.listBackups()).map((b) => [b.kind, b.policies])).toEqual([['auto', 12], ['auto', 11], ['rescue', 7]]);
  });

  it('auto-backup waits for a quiet spell: a burst of edits makes one snapshot, 15 s after the last edit', async () => {
    const { db, log, backups, store } = await setup();
    // Only the debounce timer is faked: IndexedDB (fake-indexeddb) keeps its own scheduling.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const auto = new AutoBackup(db, log, backups, 15_000);
      const written: string[] = [];
      auto.onWritten((info) => written.push(info.id));
      auto.start();
      const [p] = await db.policies.toArray();
      for (const title of ['One', 'Two', 'Three']) {
        await store.setField(p!.id, 'title', title);
        await vi.advanceTimersByTimeAsync(10_000); // less than the delay: each edit pushes the snapshot back
        await auto.idle();
        expect(await backups.listBackups()).toEqual([]);
      }
      await vi.advanceTimersByTimeAsync(4_999);
      await auto.idle();
      expect(await backups.listBackups()).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      await auto.idle();
      const list = await backups.listBackups();
      expect(list).toHaveLength(1);
      expect(written).toEqual([list[0]!.id]);
      auto.dispose();
    } finally {
      vi.useRealTimers();
    }
  });

  it('flushing an unchanged workspace writes nothing, so switching tabs never rotates older backups out', async () => {
    const { db, log, backups, store } = await setup();
    await setBackupsToKeep(db, 3);
    const auto = new AutoBackup(db, log, backups, 3_600_000);
    auto.start();
    const [p] = await db.policies.toArray();
    await store.setField(p!.id, 'title', 'Before the tab switches');
    await auto.flush();
    const first = await backups.listBackups();
    expect(first).toHaveLength(1);
    for (let i = 0; i < 10; i++) await auto.flush(); // ten visibilitychange events to hidden
    expect(await backups.listBackups()).toEqual(first);

    // A real change (a setting, which is not in the change log, counts too) is written.
    await setBackupsToKeep(db, 4);
    await auto.flush();
    expect(await backups.listBackups()).toHaveLength(2);
    auto.dispose();
  });

  it('a snapshot that cannot be written is reported, and the report clears once one is written', async () => {
    const { db, log, backups } = await setup();
    const auto = new AutoBackup(db, log, backups, 3_600_000);
    const failures: string[] = [];
    auto.onFailed((error) => failures.push(error.name));
    db.close(); // the workspace database cannot be read: the snapshot fails for real
    await auto.flush(); // resolves: a failed backup never breaks the caller
    expect(failures).toEqual(['DatabaseClosedError']);
    expect(auto.lastFailure()?.name).toBe('DatabaseClosedError');
    expect(await backups.listBackups()).toEqual([]);
    await db.open();
    await auto.flush();
    expect(auto.lastFailure()).toBeNull();
    expect(await backups.listBackups()).toHaveLength(1);
  });
});
