import i18next from 'i18next';
import { schemaIssueMessage, schemaIssues } from '../../shared/i18n/readProblems';
import { changeSchema, linkSchema, policySchema, type WorkspaceChange, type WorkspaceFile } from '../../shared/workspace/format';
import { stringifyWorkspace, toWorkspaceFile } from '../../shared/workspace/serialize';
import type { Link } from '../../shared/model/link';
import { HrmapDatabase } from '../db/database';
import { currentRows, readableChanges } from '../db/changeRows';
import { partsOfRow } from '../db/policyRows';
import type { Platform, BackupInfo } from '../platform/platform';
import { DEFAULT_BACKUPS_TO_KEEP, readBackupFile } from './backupService';
import { META_NAME, META_SETTINGS, replaceWorkspaceInDb } from '../workspace/workspaceRepository';

/**
 * Opens the database and reads a sample of every table: a database that opens but cannot be read, or whose
 * rows break the schema, counts as damaged. Throws with the reason.
 */
export async function openAndCheck(db: HrmapDatabase, sample = 500): Promise<void> {
  await db.open();
  const rows = await db.transaction('r', [db.policyRows, db.meta, db.changes], async () => {
    const read = await Promise.all([db.rows.first(sample), db.meta.limit(1).toArray(), db.changes.limit(1).toArray()]);
    return read[0].map(partsOfRow);
  });
  const policies = rows.map((row) => row.policy);
  const links = rows.flatMap((row) => row.links);
  // Rows that no longer fit the schema mean the store was damaged (a crash mid-upgrade, a faulty writer).
  for (const [schema, rows] of [[policySchema, policies], [linkSchema, links]] as const) {
    for (const row of rows) {
      const check = schema.safeParse(row);
      if (!check.success) throw new Error(i18next.t('workspace:open.damagedRow', { id: String((row as { id?: unknown }).id), problem: schemaIssueMessage(i18next.t, schemaIssues(check.error, row, 1)[0]!) }));
    }
  }
}

/**
 * Rebuilds the database from a backup: the rows of the damaged one that can still be read are first saved as
 * a backup of their own (kind `rescue`), then it is deleted and a new one is filled from the snapshot. If the
 * rescued rows cannot be saved, nothing is deleted. Returns the rescue backup (null when nothing was readable).
 */
export async function recoverFromBackup(name: string, platform: Platform, backup: BackupInfo): Promise<BackupInfo | null> {
  const workspace = await readBackupFile(platform, backup.id);
  const rescued = await saveReadableRows(name, platform);
  await HrmapDatabase.delete(name);
  const db = new HrmapDatabase(name);
  await db.open();
  await replaceWorkspaceInDb(db, workspace);
  // The seed marker stays set, so the demo is not added on top of the restored workspace.
  await db.meta.put({ key: 'seeded', value: new Date().toISOString() });
  db.close();
  return rescued;
}

/** A row that was there but does not fit the schema: kept as it was read, for a person to look at. */
interface DamagedRow {
  table: string;
  row: unknown;
}

/**
 * Reads every row still readable in the database, whatever its version or schema (plain IndexedDB, opened
 * without asking for a version, so nothing is upgraded), and saves them as a `rescue` backup: a workspace file
 * of the rows that fit the schema, plus `damagedRows` with those that do not. Null when there was nothing.
 */
export async function saveReadableRows(name: string, platform: Pick<Platform, 'writeBackup'>, now = new Date().toISOString()): Promise<BackupInfo | null> {
  const tables = await readRawTables(name, ['policyRows', 'policies', 'links', 'linkSets', 'meta', 'changes', 'frameworks']);
  const damagedRows: DamagedRow[] = [];
  const fitting = <T>(table: string, schema: { safeParse(row: unknown): { success: true; data: T } | { success: false } }): T[] => {
    const kept: T[] = [];
    for (const row of tables.get(table) ?? []) {
      const check = schema.safeParse(row);
      if (check.success) kept.push(check.data);
      else damagedRows.push({ table, row });
    }
    return kept;
  };
  // Policies and links share a row since v6; before, policies had a table, and links one too (v4 grouped them by policy).
  const rows = (tables.get('policyRows') ?? []).map(partsOfRow);
  tables.set('policies', [...(tables.get('policies') ?? []), ...rows.map((row) => row.policy)]);
  const policies = fitting('policies', policySchema);
  const policyIds = new Set(policies.map((p) => p.id));
  const links: Link[] = [];
  tables.set('links', [...(tables.get('links') ?? []), ...(tables.get('linkSets') ?? []).flatMap((set) => partsOfRow(set).links), ...rows.flatMap((row) => row.links)]);
  for (const link of fitting('links', linkSchema)) {
    // A link whose policy was lost goes with the damaged rows, so the file stays consistent.
    if (policyIds.has(link.policyId)) links.push(link);
    else damagedRows.push({ table: 'links', row: link });
  }
  // The history is kept only whole: undoing through a gap would write wrong rows.
  const changes = readableChanges(tables.get('changes') ?? [], currentRows(policies, links)).map((row) => changeSchema.safeParse(row));
  const history: WorkspaceChange[] = changes.every((c) => c.success) ? changes.map((c) => c.data!) : [];
  const meta = new Map((tables.get('meta') ?? []).flatMap((row) => (isRecord(row) && typeof row['key'] === 'string' ? [[row['key'], row['value']] as const] : [])));
  const frameworks = (tables.get('frameworks') ?? []).flatMap((row) => (isRecord(row) && typeof row['id'] === 'string' && typeof row['version'] === 'string' ? [{ id: row['id'], version: row['version'] }] : []));
  if (!policies.length && !links.length && !damagedRows.length) return null;

  const settings = meta.get(META_SETTINGS);
  const workspaceName = meta.get(META_NAME);
  const file = toWorkspaceFile({
    name: typeof workspaceName === 'string' ? workspaceName : 'Workspace',
    savedAt: now,
    frameworks,
    settings: isRecord(settings) ? settings : {},
    policies,
    links,
    changes: history,
  });
  // `damagedRows` is an extra top-level field: readers ignore it, a person (or support) can still read it.
  const withDamaged: WorkspaceFile & { damagedRows?: DamagedRow[] } = damagedRows.length ? { ...file, damagedRows } : file;
  const data = new TextEncoder().encode(stringifyWorkspace(withDamaged));
  return platform.writeBackup({ kind: 'rescue', at: now, policies: file.policies.length, links: file.links.length, data, keep: DEFAULT_BACKUPS_TO_KEEP });
}

/** The rows of the named object stores, each read on its own so that one unreadable row does not hide the rest. */
async function readRawTables(name: string, stores: string[]): Promise<Map<string, unknown[]>> {
  const tables = new Map<string, unknown[]>();
  const db = await new Promise<IDBDatabase | null>((resolve) => {
    const request = indexedDB.open(name);
    // No version asked: an existing database opens as it is; a missing one would be created, which is refused.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
  if (!db) return tables;
  try {
    for (const store of stores) {
      if (!db.objectStoreNames.contains(store)) continue;
      tables.set(store, await readStore(db, store));
    }
  } finally {
    db.close();
  }
  return tables;
}

function readStore(db: IDBDatabase, store: string): Promise<unknown[]> {
  const request = <T>(make: () => IDBRequest<T>): Promise<T | undefined> =>
    new Promise((resolve) => {
      try {
        const r = make();
        r.onsuccess = () => resolve(r.result);
        r.onerror = (event) => {
          event.preventDefault(); // an unreadable row: skipped, the transaction goes on
          resolve(undefined);
        };
      } catch {
        resolve(undefined);
      }
    });
  const objects = () => db.transaction(store, 'readonly').objectStore(store);
  return (async () => {
    const all = await request(() => objects().getAll());
    if (all) return all as unknown[];
    // getAll failed on some row: read them one by one.
    const keys = (await request(() => objects().getAllKeys())) ?? [];
    const rows: unknown[] = [];
    for (const key of keys) {
      const row = await request(() => objects().get(key));
      if (row !== undefined) rows.push(row);
    }
    return rows;
  })();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
