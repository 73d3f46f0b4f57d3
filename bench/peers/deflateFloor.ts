import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import XLSX from 'xlsx';

/**
 * The worksheet XML parts of an .xlsx file, uncompressed: what any xlsx writer must at least deflate.
 * Read with SheetJS's zip reader (CFB), an independent reader of the file our writer produced.
 */
export function worksheetXml(path: string): Buffer[] {
  const zip = XLSX.CFB.read(readFileSync(path), { type: 'buffer' });
  const parts: Buffer[] = [];
  const names: string[] = zip.FullPaths;
  names.forEach((name, i) => {
    const content: unknown = zip.FileIndex[i]?.content;
    if (/\/xl\/worksheets\/sheet\d+\.xml$/.test(name) && content instanceof Uint8Array) parts.push(Buffer.from(content));
  });
  if (parts.length === 0) throw new Error(`${path} has no worksheet parts`);
  return parts;
}

/** zlib deflate (raw, default level: what the zip writers use) of each part; returns the compressed bytes. */
export function deflateAll(parts: readonly Buffer[]): number {
  let bytes = 0;
  for (const part of parts) bytes += deflateRawSync(part).length;
  return bytes;
}
