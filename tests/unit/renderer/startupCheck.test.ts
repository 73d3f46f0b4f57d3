// freshDb installs fake-indexeddb, which must come before Dexie is loaded.
import { freshDb } from './freshDb';
import Dexie from 'dexie';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { takeBackup } from '../../../renderer/backups/backupService';
import { openAndCheck, recoverFromBackup } from '../../../renderer/backups/startupCheck';
import { HrmapDatabase } from '../../../renderer/db/database';
import { browserBackups } from '../../../renderer/platform/browserBackups';
import type { Platform } from '../../../renderer/platform/platform';
import { replaceWorkspaceInDb } from '../../../renderer/workspace/workspaceRepository';
import { i18nOptions } from '../../../shared/i18n/catalogues';
import { generateDemoWorkspace } from '../../../shared/workspace/demo';

// The reason is worded by the app's i18next instance, in the UI language (set up before the check at start-up).
beforeAll(() => i18next.init({ ...i18nOptions('fr'), initAsync: false }));

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
    await expect(openAndCheck(broken)).rejects.toThrow('enregistrement endommagé demo-000003 : title : texte attendu');
    broken.close();

    await recoverFromBackup(db.name, backups as unknown as Platform, info);
    const healed = new HrmapDatabase(db.name);
    await openAndCheck(healed);
    expect(await healed.policies.count()).toBe(25);
    expect(await healed.meta.get('seeded')).toBeDefined();
    healed.close();
  });
});
