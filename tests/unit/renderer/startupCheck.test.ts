// freshDb installs fake-indexeddb, which must come before Dexie is loaded.
import { freshDb } from './freshDb';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { takeBackup } from '../../../renderer/backups/backupService';
import { openAndCheck, recoverFromBackup } from '../../../renderer/backups/startupCheck';
import { HrmapDatabase } from '../../../renderer/db/database';
import { browserBackups } from '../../../renderer/platform/browserBackups';
import type { Platform } from '../../../renderer/platform/platform';
import { replaceWorkspaceInDb } from '../../../renderer/workspace/workspaceRepository';
import { generateDemoWorkspace } from '../../../shared/workspace/demo';

describe('start-up check and recovery', () => {
  it('a database with damaged rows is reported, and the newest backup rebuilds it', async () => {
    const db = freshDb('startup');
    await replaceWorkspaceInDb(db, generateDemoWorkspace({ policies: 25, seed: 3 }));
    const backups = browserBackups(`hrmap-backups-startup-${Date.now()}`);
    const info = await takeBackup(db, backups);
    db.close();

    // Damage: a row that no longer fits the schema, as a crashed or faulty writer would leave.
    const raw = new Dexie(db.name);
    raw.version(2).stores({ policies: 'id, title, city, region, status, updatedAt' });
    await raw.open();
    await raw.table('policies').put({ id: 'demo-000003', title: 42, city: null });
    raw.close();

    const broken = new HrmapDatabase(db.name);
    await expect(openAndCheck(broken)).rejects.toThrow(/damaged row demo-000003/);
    broken.close();

    await recoverFromBackup(db.name, backups as unknown as Platform, info);
    const healed = new HrmapDatabase(db.name);
    await openAndCheck(healed);
    expect(await healed.policies.count()).toBe(25);
    expect(await healed.meta.get('seeded')).toBeDefined();
    healed.close();
  });
});
