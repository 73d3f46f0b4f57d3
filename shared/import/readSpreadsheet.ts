import { decodeText, sniffKind, type TextEncoding } from './bytes';
import { detectSeparator, parseCsv, type Separator } from './csv';
import { ImportFileError, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, tooLargeError } from './limits';
import { headered, type HeaderedTable, type SheetTable } from './table';
import { sheetTables, type XlsxWorkbookLike } from './xlsxCells';

/** Loads an .xlsx into exceljs (the caller's build of it: browser or Node). Throws on a damaged file. */
export type XlsxLoader = (bytes: Uint8Array) => Promise<XlsxWorkbookLike>;

export interface Spreadsheet {
  kind: 'xlsx' | 'csv';
  sheets: SheetTable[];
  /** For CSV: what was detected, shown to the user. */
  encoding?: TextEncoding;
  separator?: Separator;
}

/**
 * Reads a file the user chose into sheets of text cells, or throws an ImportFileError saying why it cannot
 * be imported: too large, not a spreadsheet, an old .xls, damaged or truncated. The content decides, not the name.
 */
export async function readSpreadsheet(bytes: Uint8Array, loadXlsx: XlsxLoader): Promise<Spreadsheet> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLargeError(bytes.byteLength);
  if (bytes.byteLength === 0) throw new ImportFileError('empty');
  const kind = sniffKind(bytes);
  if (kind === 'xls') throw new ImportFileError('oldExcel');
  if (kind === 'binary') throw new ImportFileError('notASpreadsheet');
  if (kind === 'xlsx') {
    let workbook: XlsxWorkbookLike;
    try {
      workbook = await loadXlsx(bytes);
    } catch {
      throw new ImportFileError('corrupt');
    }
    const sheets = sheetTables(workbook);
    if (!sheets.length) throw new ImportFileError('noSheet');
    return { kind: 'xlsx', sheets };
  }
  const { text, encoding } = decodeText(bytes);
  const separator = detectSeparator(text);
  const rows = parseCsv(text, separator).map((cells, i) => ({ number: i + 1, cells }));
  return { kind: 'csv', sheets: [{ name: 'CSV', rows }], encoding, separator };
}

/** The sheet to offer first: one named like our report's "Policies" sheet, else the first with content. */
export function defaultSheet(sheets: SheetTable[]): SheetTable | undefined {
  const named = sheets.find((s) => /^(policies|politiques|pol[ií]ticas)$/i.test(s.name.trim()));
  return named ?? sheets.find((s) => s.rows.some((r) => r.cells.some((c) => c.trim() !== ''))) ?? sheets[0];
}

/** Header and data rows of a sheet, or the reason it cannot be imported (empty, header only, too long). */
export function tableOf(sheet: SheetTable): HeaderedTable {
  const table = headered(sheet);
  if (!table) throw new ImportFileError('empty', { sheet: sheet.name });
  if (!table.rows.length) throw new ImportFileError('headerOnly', { sheet: sheet.name });
  if (table.rows.length > MAX_IMPORT_ROWS) throw new ImportFileError('tooManyRows', { rows: table.rows.length, max: MAX_IMPORT_ROWS });
  return table;
}
