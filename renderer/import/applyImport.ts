import Dexie from 'dexie';
import { IMPORT_LABEL, importOps } from '../../shared/import/apply';
import type { ImportPlan } from '../../shared/import/plan';
import type { ChangeLog } from '../db/changeLog';
import type { ChangeOp } from '../db/database';

export interface ApplyImportOptions {
  /** Policies written so far (each with its links) and in all; called between chunks. Throwing from it aborts (nothing is kept). */
  onProgress?: (done: number, total: number) => void;
  /** Checked between chunks: a cancel aborts the transaction and nothing is kept. */
  signal?: { aborted: boolean };
  chunkSize?: number;
}

export class ImportCancelled extends Error {}

/**
 * Chunks in flight at a time. Queuing every chunk at once held the page's thread for over a second at 20,000
 * policies (each row is serialised as it is queued); two keep IndexedDB busy while the page draws between chunks.
 */
const CHUNKS_IN_FLIGHT = 2;

/** Runs the writes in order with at most `width` in flight; each next one is queued as an earlier one is written. */
async function inFlight(writes: Array<() => Promise<unknown>>, width: number): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < writes.length) await writes[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(width, writes.length) }, lane));
}

/**
 * Writes an import plan into IndexedDB as ONE transaction with ONE change-log entry: the policies, their links
 * and the undo record commit together or not at all (a failure, a cancel or a closed tab leaves the workspace
 * exactly as it was). Views hear about the rows after the commit, as for any change.
 */
export async function applyImport(changeLog: ChangeLog, plan: ImportPlan, options: ApplyImportOptions = {}): Promise<ChangeOp[]> {
  const db = changeLog.db;
  const ops = importOps(plan) as ChangeOp[];
  if (!ops.length) return ops;
  const chunk = options.chunkSize ?? 2000;
  const policies = [...plan.added, ...plan.updated.map((u) => u.after)];
  await db.transaction('rw', [db.policyRows, db.changes], async () => {
    // Which policies have rows already: the transaction's first request, answered at once.
    const planned = await db.rows.plan({ policies: policies.map((p) => [p.id, p] as const), putLinks: plan.links });
    const total = planned.rows.length;
    let done = 0;
    const step = (n: number) => {
      done += n;
      if (options.signal?.aborted) throw new ImportCancelled();
      options.onProgress?.(done, total);
    };
    await Promise.all([changeLog.record(IMPORT_LABEL, ops), inFlight(db.rows.chunkWrites(planned, { chunkRows: chunk, onWritten: step }), CHUNKS_IN_FLIGHT)]);
  });
  changeLog.announce(IMPORT_LABEL, ops);
  return ops;
}

/** True when an error means the transaction was rolled back on purpose (cancel) rather than failing. */
export function isCancel(error: unknown): boolean {
  return error instanceof ImportCancelled || (error instanceof Dexie.AbortError && error.inner instanceof ImportCancelled);
}
