import type { WorkspaceFile, WorkspaceMeta } from '../../shared/workspace/format';
import { toWorkspaceFile } from '../../shared/workspace/serialize';
import { currentRows, packed, unpacked, withCreatedRows } from '../db/changeRows';
import type { HrmapDatabase } from '../db/database';

/** Meta keys of the workspace itself (the seed marker lives beside them). */
export const META_SETTINGS = 'settings';
export const META_NAME = 'workspaceName';
/** What the workspace was when its last snapshot was taken (renderer/backups/backupService.ts workspaceStamp). */
export const META_BACKUP_STAMP = 'backupStamp';
const DEFAULT_NAME = 'Workspace';

/** The workspace settings (saved in its file): backups to keep, campaign milestones… */
export async function readSettings(db: HrmapDatabase): Promise<Record<string, unknown>> {
  const value = (await db.meta.get(META_SETTINGS))?.value;
  return isRecord(value) ? value : {};
}

/** Changes one workspace setting, keeping the others. */
export async function writeSetting(db: HrmapDatabase, key: string, value: unknown): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: META_SETTINGS, value: { ...(await readSettings(db)), [key]: value } });
  });
}

/** The workspace's name and settings (what restoring a backup replaces, and its undo brings back). */
export async function readWorkspaceMeta(db: HrmapDatabase): Promise<WorkspaceMeta> {
  const [name, settings] = await Promise.all([db.meta.get(META_NAME), readSettings(db)]);
  return { name: typeof name?.value === 'string' ? name.value : DEFAULT_NAME, settings };
}

export async function writeWorkspaceMeta(db: HrmapDatabase, meta: WorkspaceMeta): Promise<void> {
  await db.meta.bulkPut([
    { key: META_NAME, value: meta.name },
    { key: META_SETTINGS, value: meta.settings },
  ]);
}

/** Reads the whole workspace from IndexedDB in one read transaction, so the snapshot is consistent. */
export async function readWorkspaceFromDb(db: HrmapDatabase, savedAt: string = new Date().toISOString()): Promise<WorkspaceFile> {
  return db.transaction('r', [db.policyRows, db.frameworks, db.meta, db.changes], async () => {
    const [{ policies, links }, frameworks, settings, name, changes] = await Promise.all([
      db.rows.policiesAndLinks(),
      db.frameworks.toArray(),
      db.meta.get(META_SETTINGS),
      db.meta.get(META_NAME),
      db.changes.orderBy('seq').toArray(),
    ]);
    return toWorkspaceFile({
      name: typeof name?.value === 'string' ? name.value : DEFAULT_NAME,
      savedAt,
      frameworks: frameworks.map((f) => ({ id: f.id, version: f.version, officialText: f.officialTexts })),
      settings: isRecord(settings?.value) ? settings.value : {},
      policies,
      links,
      changes: withCreatedRows(changes.map(unpacked), currentRows(policies, links)),
    });
  });
}

/**
 * Replaces the workspace's policies, links, change log, name and settings with a file's, in one transaction:
 * either the whole file is in, or nothing changed. Framework packs stay (they belong to the installation).
 */
export async function replaceWorkspaceInDb(db: HrmapDatabase, workspace: WorkspaceFile): Promise<void> {
  const changes = await Promise.all(workspace.changes.map((c) => packed({ ...c })));
  await db.transaction('rw', [db.policyRows, db.meta, db.changes, db.dismissals], async () => {
    await Promise.all([db.rows.clear(), db.changes.clear(), db.dismissals.clear(), db.meta.delete(META_BACKUP_STAMP)]);
    await db.rows.addNew(workspace.policies, workspace.links);
    await db.changes.bulkAdd(changes);
    await writeWorkspaceMeta(db, workspace);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
