import type { Link } from '../../shared/model/link';
import type { Policy } from '../../shared/model/policy';
import { readWorkspaceText, stringifyWorkspace } from '../../shared/workspace/serialize';
import type { WorkspaceFile } from '../../shared/workspace/format';
import type { ChangeLog } from '../db/changeLog';
import type { ChangeOp, HrmapDatabase } from '../db/database';
import type { BackupInfo, Platform } from '../platform/platform';
import { readSettings, readWorkspaceFromDb, writeSetting } from '../workspace/workspaceRepository';

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

/** Writes a snapshot of the whole workspace (a workspace file) through the platform. */
export async function takeBackup(db: HrmapDatabase, backups: Backups, now = new Date().toISOString()): Promise<BackupInfo> {
  const workspace = await readWorkspaceFromDb(db, now);
  const data = new TextEncoder().encode(stringifyWorkspace(workspace));
  return backups.writeBackup({ at: now, policies: workspace.policies.length, links: workspace.links.length, data, keep: await backupsToKeep(db) });
}

export async function readBackupFile(backups: Backups, id: string): Promise<WorkspaceFile> {
  const bytes = await backups.readBackup(id);
  if (!bytes) throw new Error('backup not found');
  const parsed = readWorkspaceText(new TextDecoder().decode(bytes));
  if (!parsed.ok) throw new Error(parsed.error);
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

/** Restores a backup as ONE undoable change: Undo brings back what was there before the restore. */
export async function restoreBackup(changeLog: ChangeLog, backups: Backups, id: string): Promise<WorkspaceFile> {
  const backup = await readBackupFile(backups, id);
  const db = changeLog.db;
  await changeLog.change(RESTORE_LABEL, async () => restoreOps({ policies: await db.policies.toArray(), links: await db.links.toArray() }, backup));
  return backup;
}

/**
 * Takes a snapshot a few seconds after the last change (debounced), so a burst of edits makes one backup.
 * `flush` writes a pending one at once (before the page closes, before opening another workspace).
 */
export class AutoBackup {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stop: (() => void) | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private readonly written = new Set<(info: BackupInfo) => void>();

  constructor(
    private readonly db: HrmapDatabase,
    private readonly changeLog: ChangeLog,
    private readonly backups: Backups,
    private readonly delayMs = 15_000,
    private readonly onWrite: (info: BackupInfo) => void = () => {},
  ) {}

  /** Hears about each snapshot written (the Backups view refreshes its list). */
  onWritten(listener: (info: BackupInfo) => void): () => void {
    this.written.add(listener);
    return () => this.written.delete(listener);
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

  flush(): Promise<unknown> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.running
      .then(() => takeBackup(this.db, this.backups))
      .then((info) => {
        this.onWrite(info);
        for (const listener of this.written) listener(info);
      })
      .catch(() => undefined);
    return this.running;
  }
}
