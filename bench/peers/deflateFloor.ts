import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import XLSX from 'xlsx';
import { STREAM_WRITER_OPTIONS } from '../../shared/report/writeWorkbook';

/** The deflate level our writer's zip uses (exceljs's WorkbookWriter through archiver; the app's fflate zip too). */
export const FLOOR_LEVEL = STREAM_WRITER_OPTIONS.zip.zlib.level;

/**
 * The worksheet XML parts of an .xlsx file, and its shared strings when it has them, uncompressed: what any
 * xlsx writer must at least deflate. Read with SheetJS's zip reader (CFB), an independent reader of the file
 * our writer produced.
 */
export function worksheetXml(path: string): Buffer[] {
  const zip = XLSX.CFB.read(readFileSync(path), { type: 'buffer' });
  const parts: Buffer[] = [];
  const names: string[] = zip.FullPaths;
  names.forEach((name, i) => {
    const content: unknown = zip.FileIndex[i]?.content;
    if (/\/xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(name) && content instanceof Uint8Array) parts.push(Buffer.from(content));
  });
  if (parts.length === 0) throw new Error(`${path} has no worksheet parts`);
  return parts;
}

/** zlib raw deflate of each part at our writer's level; returns the compressed bytes. */
export function deflateAll(parts: readonly Buffer[]): number {
  let bytes = 0;
  for (const part of parts) bytes += deflateRawSync(part, { level: FLOOR_LEVEL }).length;
  return bytes;
}
