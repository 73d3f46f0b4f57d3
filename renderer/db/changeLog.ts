import type { Link } from '../../shared/model/link';
import type { Policy } from '../../shared/model/policy';
import type { WorkspaceMeta } from '../../shared/workspace/format';
import { readWorkspaceMeta, writeWorkspaceMeta } from '../workspace/workspaceRepository';
import Dexie from 'dexie';
import { compacted, currentRows, needsPacking, packed, unpacked, withCreatedRows } from './changeRows';
import type { ChangeOp, ChangeRow, HrmapDatabase } from './database';

/** What a committed change, an undo or a redo did to the rows, so that views update only those rows. */
export interface AppliedChange {
  kind: 'do' | 'undo' | 'redo';
  label: string;
  /** Each row's state as it is now (null: deleted), with what it was before this step. */
  policies: RowDelta<Policy>[];
  links: RowDelta<Link>[];
  /** True when the step changed the workspace's name or settings (restoring a backup does). */
  workspace: boolean;
}

/** What one step plans: row operations and, optionally, the name and settings the workspace has after it. */
export interface PlannedChange {
  ops: ChangeOp[];
  workspace?: WorkspaceMeta;
}

export interface RowDelta<T> {
  id: string;
  before: T | null;
  after: T | null;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** Label (a message key) of what Undo and Redo would do. */
  undoLabel: string | null;
  redoLabel: string | null;
}

export type AppliedListener = (change: AppliedChange) => void;
export type HistoryListener = (state: HistoryState) => void;

/** Older entries beyond this are forgotten so the log cannot grow without bound. */
export const MAX_HISTORY = 200;

/**
 * The undoable change log. Every write of policies and links goes through `change()` (or, for a writer that
 * runs its own transaction such as the import, `record()` inside it and `announce()` after it), so one user
 * action is one entry. Undo applies each op's `before` in reverse order, redo each `after` in order; both are
 * stored, so the history survives a reload. A new change clears the redo stack.
 */
export class ChangeLog {
  private readonly appliedListeners = new Set<AppliedListener>();
  private readonly historyListeners = new Set<HistoryListener>();
  /** Serialises undo/redo/change so fast key repeats never interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly db: HrmapDatabase,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {}

  onApplied(listener: AppliedListener): () => void {
    this.appliedListeners.add(listener);
    return () => this.appliedListeners.delete(listener);
  }

  onHistory(listener: HistoryListener): () => void {
    this.historyListeners.add(listener);
    return () => this.historyListeners.delete(listener);
  }

  /**
   * Runs `plan` inside one read-write transaction over policies, links and the log; `plan` reads what it needs
   * and returns the ops (before/after rows). The ops are written and recorded as one entry, all or nothing;
   * listeners hear about it after the commit. An empty plan records nothing.
   */
  change(label: string, plan: () => Promise<ChangeOp[]> | ChangeOp[]): Promise<ChangeOp[]> {
    return this.changeWorkspace(label, async () => ({ ops: await plan() }));
  }

  /**
   * Like change(), and the step may also replace the workspace's name and settings (restoring a backup): they
   * are written in the same transaction and recorded in the same entry, so undo and redo bring them back too.
   */
  changeWorkspace(label: string, plan: () => Promise<PlannedChange>): Promise<ChangeOp[]> {
    return this.serial(async () => {
      const done = await this.db.transaction('rw', [this.db.policyRows, this.db.changes, this.db.meta], async () => {
        const planned = await plan();
        const ops = planned.ops.filter((op) => !sameRow(op.before, op.after));
        const before = planned.workspace ? await readWorkspaceMeta(this.db) : null;
        const workspace = before && planned.workspace && !sameRow(before, planned.workspace) ? { before, after: planned.workspace } : undefined;
        if (!ops.length && !workspace) return { ops, workspace };
        await writeRows(this.db, ops, 'after');
        if (workspace) await writeWorkspaceMeta(this.db, workspace.after);
        await this.record(label, ops, workspace);
        return { ops, workspace };
      });
      if (done.ops.length || done.workspace) this.announce(label, done.ops, 'do', 'after', !!done.workspace);
      return done.ops;
    });
  }

  /**
   * Adds one entry and clears the redo stack. Call it inside a transaction that includes `changes`
   * and that writes the same rows, so the data and its undo record commit together. The entry is stored
   * without copies of the rows a large step created (`compacted`), and deflated if it still has many ops.
   */
  async record(label: string, ops: ChangeOp[], workspace?: ChangeRow['workspace']): Promise<void> {
    const row = compacted(workspace ? { at: this.clock(), label, ops, undone: 0, workspace } : { at: this.clock(), label, ops, undone: 0 });
    await this.db.transaction('rw', this.db.changes, async () => {
      // A large entry is deflated while IndexedDB writes the rows queued before it; waitFor keeps the
      // transaction open meanwhile.
      const entry = needsPacking(row) ? await Dexie.waitFor(packed(row)) : row;
      await this.db.changes.where('undone').equals(1).delete();
      await this.db.changes.add(entry);
      const count = await this.db.changes.count();
      if (count > MAX_HISTORY) {
        const oldest = await this.db.changes.orderBy(':id').limit(count - MAX_HISTORY).primaryKeys();
        await this.db.changes.bulkDelete(oldest);
      }
    });
  }

  /** Tells views what a committed write did (a writer with its own transaction calls this after it). */
  announce(label: string, ops: ChangeOp[], kind: AppliedChange['kind'] = 'do', direction: 'after' | 'before' = 'after', workspace = false): void {
    const change: AppliedChange = { kind, label, policies: [], links: [], workspace };
    const ordered = direction === 'after' ? ops : [...ops].reverse();
    for (const op of ordered) {
      const delta = direction === 'after' ? { id: op.id, before: op.before, after: op.after } : { id: op.id, before: op.after, after: op.before };
      if (op.table === 'policies') change.policies.push(delta as RowDelta<Policy>);
      else change.links.push(delta as RowDelta<Link>);
    }
    for (const listener of this.appliedListeners) listener(change);
    // A new entry is the one to undo and the redo stack is empty: no need to read the log (an import's entry
    // holds every row it wrote, and reading it back takes a quarter of a second at 20,000 policies).
    if (kind === 'do') this.emitHistoryState({ canUndo: true, canRedo: false, undoLabel: label, redoLabel: null });
  }

  /** Undoes the latest change; returns its label, or null when there is nothing to undo. */
  undo(): Promise<string | null> {
    return this.serial(() => this.step('undo'));
  }

  /** Redoes the change undone last; returns its label, or null when there is nothing to redo. */
  redo(): Promise<string | null> {
    return this.serial(() => this.step('redo'));
  }

  async history(): Promise<HistoryState> {
    const [undo, redo] = await this.db.transaction('r', this.db.changes, () =>
      Promise.all([this.db.changes.where('undone').equals(0).last(), this.db.changes.where('undone').equals(1).first()]),
    );
    return { canUndo: !!undo, canRedo: !!redo, undoLabel: undo?.label ?? null, redoLabel: redo?.label ?? null };
  }

  private async step(kind: 'undo' | 'redo'): Promise<string | null> {
    const entry = await this.db.transaction('rw', [this.db.policyRows, this.db.changes, this.db.meta], async () => {
      // Entries of one undone value are ordered by seq: undo the newest done one, redo the oldest undone one.
      const stored: ChangeRow | undefined =
        kind === 'undo' ? await this.db.changes.where('undone').equals(0).last() : await this.db.changes.where('undone').equals(1).first();
      if (!stored || stored.seq === undefined) return null;
      const row = await this.whole(unpacked(stored));
      await writeRows(this.db, row.ops, kind === 'undo' ? 'before' : 'after');
      if (row.workspace) await writeWorkspaceMeta(this.db, kind === 'undo' ? row.workspace.before : row.workspace.after);
      // Once undone, the rows it created are gone from the tables: redo needs the entry whole.
      if (stored.created) await this.db.changes.put(await Dexie.waitFor(packed({ ...row, undone: kind === 'undo' ? 1 : 0 })));
      else await this.db.changes.update(stored.seq, { undone: kind === 'undo' ? 1 : 0 });
      return row;
    });
    if (entry) this.announce(entry.label, entry.ops, kind, kind === 'undo' ? 'before' : 'after', !!entry.workspace);
    await this.emitHistory();
    return entry?.label ?? null;
  }

  /**
   * An entry with the copies of the rows it created (`created`) written out: it is the newest done entry (only
   * that one is undone), so they are the rows as they are in the tables now.
   */
  private async whole(row: ChangeRow): Promise<ChangeRow> {
    if (!row.created) return row;
    // One after the other: the links' read then finds their policies' rows, which the first read remembered for
    // this transaction (in parallel, both would read every row of an import).
    const policies = await this.db.policies.bulkGet(row.created.policies);
    const links = await this.db.links.bulkGet(row.created.links);
    return withCreatedRows([row], currentRows(policies, links))[0]!;
  }

  private async emitHistory(): Promise<void> {
    if (this.historyListeners.size) this.emitHistoryState(await this.history());
  }

  private emitHistoryState(state: HistoryState): void {
    for (const listener of this.historyListeners) listener(state);
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/**
 * Writes one side of the ops. Applying `after` in order (or `before` in reverse) equals keeping, per row,
 * the last `after` (or the first `before`), so each policy's row is written once.
 */
async function writeRows(db: HrmapDatabase, ops: ChangeOp[], side: 'before' | 'after'): Promise<void> {
  const policies = new Map<string, Policy | null>();
  const links = new Map<string, Link | null>();
  const ordered = side === 'after' ? ops : [...ops].reverse();
  for (const op of ordered) {
    if (op.table === 'policies') policies.set(op.id, op[side]);
    else links.set(op.id, op[side]);
  }
  const putLinks: Link[] = [];
  const deleteLinks: string[] = [];
  for (const [id, link] of links) link ? putLinks.push(link) : deleteLinks.push(id);
  await db.rows.write({ policies, putLinks, deleteLinks });
}

function sameRow(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
