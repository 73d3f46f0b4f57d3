import i18next from 'i18next';
import { schemaIssueMessage, schemaIssues } from '../../shared/i18n/readProblems';
import { linkSchema, policySchema } from '../../shared/workspace/format';
import { HrmapDatabase } from '../db/database';
import type { Platform, BackupInfo } from '../platform/platform';
import { readBackupFile } from './backupService';
import { replaceWorkspaceInDb } from '../workspace/workspaceRepository';

/**
 * Opens the database and reads a sample of every table: a database that opens but cannot be read, or whose
 * rows break the schema, counts as damaged. Throws with the reason.
 */
export async function openAndCheck(db: HrmapDatabase, sample = 500): Promise<void> {
  await db.open();
  const [policies, links] = await db.transaction('r', [db.policies, db.links, db.meta, db.changes], async () => {
    const read = await Promise.all([db.policies.limit(sample).toArray(), db.links.limit(sample).toArray(), db.meta.limit(1).toArray(), db.changes.limit(1).toArray()]);
    return [read[0], read[1]] as const;
  });
  // Rows that no longer fit the schema mean the store was damaged (a crash mid-upgrade, a faulty writer).
  for (const [schema, rows] of [[policySchema, policies], [linkSchema, links]] as const) {
    for (const row of rows) {
      const check = schema.safeParse(row);
      if (!check.success) throw new Error(i18next.t('workspace:open.damagedRow', { id: String((row as { id?: unknown }).id), problem: schemaIssueMessage(i18next.t, schemaIssues(check.error, row, 1)[0]!) }));
    }
  }
}

/** Rebuilds the database from a backup: the damaged one is deleted, a new one is filled from the snapshot. */
export async function recoverFromBackup(name: string, platform: Platform, backup: BackupInfo): Promise<void> {
  const workspace = await readBackupFile(platform, backup.id);
  await HrmapDatabase.delete(name);
  const db = new HrmapDatabase(name);
  await db.open();
  await replaceWorkspaceInDb(db, workspace);
  // The seed marker stays set, so the demo is not added on top of the restored workspace.
  await db.meta.put({ key: 'seeded', value: new Date().toISOString() });
  db.close();
}
