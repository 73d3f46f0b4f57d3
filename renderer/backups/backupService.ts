import i18next from 'i18next';
import type { Link } from '../../shared/model/link';
import type { Policy } from '../../shared/model/policy';
import { workspaceReadMessage } from '../../shared/workspace/parse';
import { readWorkspaceText, stringifyWorkspace } from '../../shared/workspace/serialize';
import type { WorkspaceFile } from '../../shared/workspace/format';
import type { ChangeLog } from '../db/changeLog';
import type { ChangeOp, HrmapDatabase } from '../db/database';
import type { BackupInfo, Platform } from '../platform/platform';
import { META_BACKUP_STAMP, META_NAME, readSettings, readWorkspaceFromDb, writeSetting } from '../workspace/workspaceRepository';

/** Ten snapshots of a 20,000-policy workspace are about 350 MB: enough history without filling the disk. */
export const DEFAULT_BACKUPS_TO_KEEP = 10;
export const RESTORE_LABEL = 'workspace:history.restore';
type Backups = Pick<Platform, 'listBackups' | 'writeBackup' | 'readBackup'>;

/** How many snapshots to keep (the workspace setting `backupsToKeep`). */
export async function backupsToKeep(db: HrmapDatabase): Promise<number> {
  const n = Number((await readSettings(db))['backupsToKeep']);
  return Number.isInteger(n) && n >= 1 && n <= 200 ? n : DEFAULT_BACKUPS_TO_KEEP;
}

export async function setBackupsToKeep(db: HrmapDatabase, keep: number): Promise<void> {
  await writeSetting(db, 'backupsToKeep', keep);
}

/**
 * What identifies the workspace's state, cheaply (no row is read): the change log's position (its newest
 * entry and how many are undone, since undo and redo move along it), the row counts, the name, the settings
 * and the framework versions. Every edit of policies and links goes through the change log, so two equal
 * stamps mean the same workspace. Kept with each snapshot, so a snapshot of an unchanged workspace is skipped.
 */
export async function workspaceStamp(db: HrmapDatabase): Promise<string> {
  return db.transaction('r', [db.policyRows, db.frameworks, db.meta, db.changes], async () => {
    const [newest, undone, policies, links, frameworks, settings, name] = await Promise.all([
      db.changes.orderBy(':id').reverse().limit(1).primaryKeys(),
      db.changes.where('undone').equals(1).count(),
      db.policies.count(),
      db.links.count(),
      db.frameworks.toArray(),
      readSettings(db),
      db.meta.get(META_NAME),
    ]);
    return JSON.stringify([newest[0] ?? 0, undone, policies, links, frameworks.map((f) => `${f.id}@${f.version}`).sort(), settings, name?.value ?? null]);
  });
}

/** Writes a snapshot of the whole workspace (a workspace file) through the platform. */
export async function takeBackup(db: HrmapDatabase, backups: Backups, now = new Date().toISOString()): Promise<BackupInfo> {
  const { workspace, stamp } = await db.transaction('r', [db.policyRows, db.frameworks, db.meta, db.changes], async () => ({
    workspace: await readWorkspaceFromDb(db, now),
    stamp: await workspaceStamp(db),
  }));
  const data = new TextEncoder().encode(stringifyWorkspace(workspace));
  const info = await backups.writeBackup({ at: now, policies: workspace.policies.length, links: workspace.links.length, data, keep: await backupsToKeep(db) });
  await db.meta.put({ key: META_BACKUP_STAMP, value: stamp });
  return info;
}

/** True when the workspace is what the last snapshot taken of it holds. */
export async function unchangedSinceBackup(db: HrmapDatabase): Promise<boolean> {
  const [stamp, last] = await Promise.all([workspaceStamp(db), db.meta.get(META_BACKUP_STAMP)]);
  return last?.value === stamp;
}

export async function readBackupFile(backups: Backups, id: string): Promise<WorkspaceFile> {
  const bytes = await backups.readBackup(id);
  // Errors here are shown to the person restoring, in the UI language.
  if (!bytes) throw new Error(i18next.t('workspace:open.backupGone'));
  const parsed = readWorkspaceText(new TextDecoder().decode(bytes));
  if (!parsed.ok) throw new Error(workspaceReadMessage(i18next.t, parsed.problem));
  return parsed.workspace;
}

/** The ops that turn the current rows into the backup's rows (only rows that differ). */
export function restoreOps(current: { policies: Policy[]; links: Link[] }, backup: WorkspaceFile): ChangeOp[] {
  const ops: ChangeOp[] = [];
  const diff = <T extends { id: string }>(table: 'policies' | 'links', now: T[], then: T[]) => {
    const before = new Map(now.map((r) => [r.id, r]));
    const after = new Map(then.map((r) => [r.id, r]));
    for (const [id, row] of before) if (!after.has(id)) ops.push({ table, id, before: row, after: null } as unknown as ChangeOp);
    for (const [id, row] of after) {
      const old = before.get(id) ?? null;
      if (!old || JSON.stringify(old) !== JSON.stringify(row)) ops.push({ table, id, before: old, after: row } as unknown as ChangeOp);
    }
  };
  diff('policies', current.policies, backup.policies);
  diff('links', current.links, backup.links);
  return ops;
}

/**
 * Restores a backup as ONE undoable change: its policies, links, workspace name and settings (campaign
 * milestones, backups to keep…). Undo brings back all of what was there before the restore.
 */
export async function restoreBackup(changeLog: ChangeLog, backups: Backups, id: string): Promise<WorkspaceFile> {
  const backup = await readBackupFile(backups, id);
  const db = changeLog.db;
  await changeLog.changeWorkspace(RESTORE_LABEL, async () => ({
    ops: restoreOps(await db.rows.policiesAndLinks(), backup),
    workspace: { name: backup.name, settings: backup.settings },
  }));
  return backup;
}

/**
 * Takes a snapshot a few seconds after the last change (debounced), so a burst of edits makes one backup.
 * `flush` writes a pending one at once (before the page is hidden, before opening another workspace), and
 * nothing when the workspace is what the newest snapshot holds: switching tabs never rotates history out.
 * A snapshot that cannot be written is reported to the `onFailed` listeners, never dropped in silence.
 */
export class AutoBackup {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stop: (() => void) | null = null;
  private running: Promise<void> = Promise.resolve();
  private failure: Error | null = null;
  private readonly written = new Set<(info: BackupInfo) => void>();
  private readonly failed = new Set<(error: Error) => void>();

  constructor(
    private readonly db: HrmapDatabase,
    private readonly changeLog: ChangeLog,
    private readonly backups: Backups,
    private readonly delayMs = 15_000,
  ) {}

  /** Hears about each snapshot written (the Backups view refreshes its list; a failure notice goes away). */
  onWritten(listener: (info: BackupInfo) => void): () => void {
    this.written.add(listener);
    return () => this.written.delete(listener);
  }

  /** Hears about each snapshot that could not be written. */
  onFailed(listener: (error: Error) => void): () => void {
    this.failed.add(listener);
    return () => this.failed.delete(listener);
  }

  /** Why the latest attempt failed; null once a snapshot has been written since. */
  lastFailure(): Error | null {
    return this.failure;
  }

  start(): void {
    this.stop = this.changeLog.onApplied(() => this.schedule());
  }

  dispose(): void {
    this.stop?.();
    if (this.timer) clearTimeout(this.timer);
  }

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes a snapshot now if the workspace changed since the last one; resolves when done (never rejects). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.running.then(() => this.backUpIfChanged());
    return this.running;
  }

  /** Resolves once the snapshots asked for so far are written (or have failed). */
  idle(): Promise<void> {
    return this.running;
  }

  private async backUpIfChanged(): Promise<void> {
    try {
      if (await unchangedSinceBackup(this.db)) return;
      const info = await takeBackup(this.db, this.backups);
      this.failure = null;
      for (const listener of this.written) listener(info);
    } catch (error) {
      this.failure = error instanceof Error ? error : new Error(String(error));
      for (const listener of this.failed) listener(this.failure);
    }
  }
}
