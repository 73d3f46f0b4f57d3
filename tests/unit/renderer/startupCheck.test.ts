// freshDb installs fake-indexeddb, which must come before Dexie is loaded.
import { freshDb } from './freshDb';
import Dexie from 'dexie';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBackupFile, takeBackup } from '../../../renderer/backups/backupService';
import { openAndCheck, recoverFromBackup } from '../../../renderer/backups/startupCheck';
import { HrmapDatabase } from '../../../renderer/db/database';
import { browserBackups } from '../../../renderer/platform/browserBackups';
import type { Platform } from '../../../renderer/platform/platform';
import { replaceWorkspaceInDb } from '../../../renderer/workspace/workspaceRepository';
import { i18nOptions } from '../../../shared/i18n/catalogues';
import { generateDemoWorkspace } from '../../../shared/workspace/demo';

// The reason is worded by the app's i18next instance, in the UI language (set up before the check at start-up).
beforeAll(() => i18next.init({ ...i18nOptions('fr'), initAsync: false }));

let n = 0;
const backupsFor = () => browserBackups(`hrmap-backups-startup-${Date.now()}-${n++}`);

/** The bytes of a backup as text, to see what the file holds beyond the schema (the damaged rows). */
async function rawBackup(backups: ReturnType<typeof backupsFor>, id: string): Promise<{ damagedRows?: { table: string; row: { id?: unknown } }[] }> {
  return JSON.parse(new TextDecoder().decode((await backups.readBackup(id))!));
}

describe('start-up check and recovery', () => {
  it('a database with damaged rows is reported; its readable rows are saved apart, then the newest backup rebuilds it', async () => {
    const db = freshDb('startup');
    await replaceWorkspaceInDb(db, generateDemoWorkspace({ policies: 25, seed: 3 }));
    const backups = backupsFor();
    const info = await takeBackup(db, backups);
    db.close();

    // After the backup: a policy typed since, and a row that no longer fits the schema (a faulty writer).
    const raw = new Dexie(db.name);
    raw.version(7).stores({ policyRows: '' });
    await raw.open();
    const rowOf = (id: string) => raw.table('policyRows').where(':id').between([id], [id, []]);
    const [first] = await rowOf('demo-000001').toArray();
    const typedSince = { ...first.policy, id: 'typed-after-the-backup', title: 'Typed after the last backup' };
    await raw.table('policyRows').put({ policy: typedSince, links: [] }, ['typed-after-the-backup']);
    await rowOf('demo-000003').modify((row: { policy: unknown }) => void (row.policy = { id: 'demo-000003', title: 42, city: null }));
    raw.close();

    const broken = new HrmapDatabase(db.name);
    await expect(openAndCheck(broken)).rejects.toThrow('enregistrement endommagé demo-000003 : title : texte attendu');
    broken.close();

    const rescue = await recoverFromBackup(db.name, backups as unknown as Platform, info);
    expect(rescue).toMatchObject({ kind: 'rescue', policies: 25 });
    const healed = new HrmapDatabase(db.name);
    await openAndCheck(healed);
    expect(await healed.policies.count()).toBe(25);
    expect(await healed.policies.get('typed-after-the-backup')).toBeUndefined();
    expect(await healed.meta.get('seeded')).toBeDefined();
    healed.close();

    // Nothing typed is lost: the rescue backup is listed apart and holds the policy typed since the backup,
    // and the damaged row as it was read.
    const list = await backups.listBackups();
    expect(list.map((b) => b.kind)).toEqual(['rescue', 'auto']);
    const rescued = await readBackupFile(backups, rescue!.id);
    expect(rescued.policies.map((p) => p.title)).toContain('Typed after the last backup');
    const damaged = (await rawBackup(backups, rescue!.id)).damagedRows!;
    expect(damaged[0]).toEqual({ table: 'policies', row: { id: 'demo-000003', title: 42, city: null } });
    // Its links have no policy left in the file: they are kept with the damaged rows, not dropped.
    expect(damaged.length).toBeGreaterThan(1);
    expect(new Set(damaged.slice(1).map((d) => `${d.table}:${(d.row as { policyId?: string }).policyId}`))).toEqual(new Set(['links:demo-000003']));
  });

  it('a database that cannot be opened at all: its rows are still rescued before it is rebuilt', async () => {
    const db = freshDb('startup-unopenable');
    const workspace = generateDemoWorkspace({ policies: 12, seed: 8 });
    await replaceWorkspaceInDb(db, workspace);
    const backups = backupsFor();
    const info = await takeBackup(db, backups);
    await db.delete();

    // The same rows in a database whose policies store has another key than ours: Dexie cannot upgrade it.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(db.name, 10);
      request.onupgradeneeded = () => {
        const store = request.result.createObjectStore('policies', { keyPath: 'id', autoIncrement: true });
        for (const p of workspace.policies) store.put(p);
        request.result.createObjectStore('meta', { keyPath: 'key' }).put({ key: 'workspaceName', value: 'Old copy' });
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const unopenable = new HrmapDatabase(db.name);
    await expect(openAndCheck(unopenable)).rejects.toThrow(/primary key/);
    unopenable.close();

    const rescue = await recoverFromBackup(db.name, backups as unknown as Platform, info);
    const rescued = await readBackupFile(backups, rescue!.id);
    expect(rescued.name).toBe('Old copy');
    expect(rescued.policies.map((p) => p.id).sort()).toEqual(workspace.policies.map((p) => p.id).sort());

    const healed = new HrmapDatabase(db.name);
    await openAndCheck(healed);
    expect(await healed.policies.count()).toBe(12);
    expect(await healed.links.count()).toBe(workspace.links.length);
    healed.close();
  });

  it('nothing readable, nothing rescued: a database that is not there yields no rescue backup', async () => {
    const backups = backupsFor();
    const db = freshDb('startup-source');
    await replaceWorkspaceInDb(db, generateDemoWorkspace({ policies: 3, seed: 1 }));
    const info = await takeBackup(db, backups);
    expect(await recoverFromBackup(`never-created-${Date.now()}`, backups as unknown as Platform, info)).toBeNull();
    expect((await backups.listBackups()).map((b) => b.kind)).toEqual(['auto']);
  });
});
