import { strFromU8, unzlibSync } from 'fflate';
import type { ChangeOp, ChangeRow } from './database';

/**
 * Change-log entries with more ops than this are stored deflated (`packedOps`, with `ops` left empty). An import
 * of 20,000 policies is one entry of 114,000 ops holding every row it wrote, about 31 MB: Chromium's IndexedDB
 * took over a second to write that one value, as long as writing the rows themselves. Deflated it is a thirtieth
 * of that. Small entries stay plain.
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

/** The entry with its ops, whichever way it was stored (inflated synchronously: fflate reads the zlib format fast). */
export function unpacked(row: ChangeRow): ChangeRow {
  if (!row.packedOps) return row;
  const { packedOps, ...rest } = row;
  return { ...rest, ops: JSON.parse(strFromU8(unzlibSync(packedOps))) as ChangeOp[] };
}

/**
 * A row read from a database that may be damaged, with its ops unpacked so that it can be checked like any
 * entry; one whose packed ops cannot be read comes back as null (and fails the check).
 */
export function readableChange(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || !((row as Partial<ChangeRow>).packedOps instanceof Uint8Array)) return row;
  try {
    return unpacked(row as ChangeRow);
  } catch {
    return null;
  }
}
