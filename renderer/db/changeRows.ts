import { strFromU8, unzlibSync } from 'fflate';
import type { Link } from '../../shared/model/link';
import type { Policy } from '../../shared/model/policy';
import type { ChangeOp, ChangeRow, CreatedRows } from './database';

/**
 * Change-log entries with more ops than this are stored compactly: without copies of the rows they created
 * (`compacted`), and deflated (`packedOps`, with `ops` left empty) if they still have this many, such as a bulk
 * change of 20,000 policies (Chromium's IndexedDB takes about as long to write such a value as to write the rows
 * themselves; deflated it is a tenth of that). Small entries stay plain.
 */
export const PACK_OPS_OVER = 1_000;

export const needsPacking = (row: ChangeRow): boolean => !row.packedOps && row.ops.length > PACK_OPS_OVER;

/**
 * The entry as it is stored: its ops deflated when there are many, by the platform's CompressionStream (zlib
 * format; native, several times faster than deflating in JavaScript). Asynchronous: inside a transaction, wait
 * for it with Dexie.waitFor.
 */
export async function packed(row: ChangeRow): Promise<ChangeRow> {
  if (!needsPacking(row)) return row;
  const deflated = new Blob([JSON.stringify(row.ops)]).stream().pipeThrough(new CompressionStream('deflate'));
  return { ...row, ops: [], packedOps: new Uint8Array(await new Response(deflated).arrayBuffer()) };
}

/**
 * A large entry as it is stored, without copies of the rows the step created: their ids go in `created`. While
 * the entry is done, such a row's state after the step is the row in the tables, or the `before` of the first
 * later entry that changed it, and `withCreatedRows` writes those ops out again. An import's entry would otherwise
 * copy every row it wrote (46 MB of text for 20,000 policies), and serialising and deflating that copy held the
 * page's thread for about a second in the middle of the import. Undo stores the entry whole again, for redo.
 */
export function compacted(row: ChangeRow): ChangeRow {
  if (row.created || row.packedOps || row.ops.length <= PACK_OPS_OVER) return row;
  // A row touched twice in one step keeps its ops: only a plain creation can be read back from the tables.
  const touches = { policies: new Map<string, number>(), links: new Map<string, number>() };
  for (const op of row.ops) touches[op.table].set(op.id, (touches[op.table].get(op.id) ?? 0) + 1);
  const created: CreatedRows = { policies: [], links: [] };
  const ops: ChangeOp[] = [];
  for (const op of row.ops) {
    if (op.before === null && op.after !== null && touches[op.table].get(op.id) === 1) created[op.table].push(op.id);
    else ops.push(op);
  }
  return created.policies.length || created.links.length ? { ...row, ops, created } : row;
}

/** The rows as they are now, for `withCreatedRows`. */
export interface CurrentRows {
  policy(id: string): Policy | undefined;
  link(id: string): Link | undefined;
}

/** CurrentRows over rows in hand (read in the same transaction as the log); undefined entries are skipped. */
export function currentRows(policies: Iterable<Policy | undefined>, links: Iterable<Link | undefined>): CurrentRows {
  const byId = <T extends { id: string }>(rows: Iterable<T | undefined>) => {
    const map = new Map<string, T>();
    for (const row of rows) if (row) map.set(row.id, row);
    return map;
  };
  const policyById = byId(policies);
  const linkById = byId(links);
  return { policy: (id) => policyById.get(id), link: (id) => linkById.get(id) };
}

/**
 * The entries (oldest first, unpacked) with the ops of the rows they created written out whole. Going from the
 * newest back, a created row's state after its step is the `before` of the first later entry that touched it,
 * else the row as it is now. A created row that is gone without a trace in the log (a framework revision moved
 * the link) gets no op: there is nothing to undo or redo. Entries without `created` come back as they are.
 */
export function withCreatedRows(entries: readonly ChangeRow[], current: CurrentRows): ChangeRow[] {
  if (!entries.some((e) => e.created)) return [...entries];
  const later = new Map<string, Policy | Link | null>();
  const whole: ChangeRow[] = new Array<ChangeRow>(entries.length);
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    let row = entry;
    if (entry.created) {
      const { created, ...rest } = entry;
      const ops = [...entry.ops];
      for (const table of ['policies', 'links'] as const) {
        for (const id of created[table]) {
          const key = rowKey(table, id);
          const after = later.has(key) ? later.get(key) : table === 'policies' ? current.policy(id) : current.link(id);
          if (after) ops.push({ table, id, before: null, after } as ChangeOp);
        }
      }
      row = { ...rest, ops };
    }
    // Backwards, so that a row's first op in the step leaves its `before`: the state before the step.
    for (let k = row.ops.length - 1; k >= 0; k--) later.set(rowKey(row.ops[k]!.table, row.ops[k]!.id), row.ops[k]!.before);
    whole[i] = row;
  }
  return whole;
}

const rowKey = (table: ChangeOp['table'], id: string) => `${table}:${id}`;

/** The entry with its ops, whichever way it was stored (inflated synchronously: fflate reads the zlib format fast). */
export function unpacked(row: ChangeRow): ChangeRow {
  if (!row.packedOps) return row;
  const { packedOps, ...rest } = row;
  return { ...rest, ops: JSON.parse(strFromU8(unzlibSync(packedOps))) as ChangeOp[] };
}

/**
 * The change log read from a database that may be damaged (oldest first), each entry with its ops unpacked and
 * the rows it created written out from `current`, so that it can be checked like any entry. An entry whose packed
 * ops or created ids cannot be read comes back as null (and fails the check).
 */
export function readableChanges(rows: readonly unknown[], current: CurrentRows): unknown[] {
  const readable = rows.map(readableChange);
  const entries = readable.every(isEntryLike) ? readable : null;
  return entries ? withCreatedRows(entries, current) : readable.map((row) => (isEntryLike(row) && row.created ? null : row));
}

function readableChange(row: unknown): unknown {
  if (typeof row !== 'object' || row === null) return row;
  const entry = row as Partial<ChangeRow>;
  if (entry.created !== undefined && !isCreatedRows(entry.created)) return null;
  if (!(entry.packedOps instanceof Uint8Array)) return row;
  try {
    return unpacked(row as ChangeRow);
  } catch {
    return null;
  }
}

/** Enough of an entry for withCreatedRows to read (the schema checks the rest). */
function isEntryLike(row: unknown): row is ChangeRow {
  return typeof row === 'object' && row !== null && Array.isArray((row as ChangeRow).ops) && (row as ChangeRow).ops.every((op) => typeof op === 'object' && op !== null);
}

function isCreatedRows(value: unknown): value is CreatedRows {
  const ids = (list: unknown) => Array.isArray(list) && list.every((id) => typeof id === 'string');
  return typeof value === 'object' && value !== null && ids((value as CreatedRows).policies) && ids((value as CreatedRows).links);
}
