import type { SheetRow, SheetTable } from './table';

/**
 * Turns exceljs cell values into the text the import reads. Typed structurally (the few members used) so
 * shared/ stays free of exceljs; the renderer and the CLI load the workbook and hand it in.
 * Formulas are never evaluated: their cached result is used. Rich text is flattened. Dates become ISO dates.
 */
export interface XlsxWorksheetLike {
  name: string;
  eachRow(options: { includeEmpty: boolean }, callback: (row: { values: unknown }, rowNumber: number) => void): void;
}
export interface XlsxWorkbookLike {
  worksheets: XlsxWorksheetLike[];
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v['richText'])) return (v['richText'] as { text?: unknown }[]).map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
    if ('formula' in v || 'sharedFormula' in v) return cellText(v['result'] ?? null);
    if ('error' in v) return typeof v['error'] === 'string' ? v['error'] : '';
    if ('text' in v) return cellText(v['text']);
    if ('result' in v) return cellText(v['result']);
  }
  return '';
}

/** A cell whose value (or cached formula result) is a number, not text. */
function isNumberCell(value: unknown): boolean {
  if (typeof value === 'number') return true;
  if (typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value)) return typeof (value as { result?: unknown }).result === 'number';
  return false;
}

/** A date cell: "2024-03-01" when it has no time of day, the full ISO time otherwise. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

export function sheetTables(workbook: XlsxWorkbookLike): SheetTable[] {
  return workbook.worksheets.map((sheet) => {
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      // exceljs row values are 1-based and sparse.
      const values = Array.isArray(row.values) ? (row.values as unknown[]) : [];
      const cells: string[] = [];
      let numbers: number[] | undefined;
      for (let c = 1; c < values.length; c++) {
        cells.push(cellText(values[c]));
        if (isNumberCell(values[c])) (numbers ??= []).push(c - 1);
      }
      rows.push(numbers ? { number: rowNumber, cells, numbers } : { number: rowNumber, cells });
    });
    return { name: sheet.name, rows };
  });
}
