/** A sheet as the import sees it: text cells, each row with the number a person sees in Excel or an editor. */
export interface SheetRow {
  /** 1-based row number in the sheet (the header row included), for messages such as "row 14". */
  number: number;
  cells: string[];
  /**
   * Indexes of the cells that held a number in the workbook (xlsx only; absent when none did): a number cell
   * 17.1 may have been typed 17.10, which a text cell would have kept.
   */
  numbers?: number[];
}

export interface SheetTable {
  name: string;
  rows: SheetRow[];
}

/** The header row and the data rows under it: the first non-blank row is the header. */
export interface HeaderedTable {
  sheet: string;
  headers: string[];
  headerRow: number;
  rows: SheetRow[];
}

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** Splits a sheet into its header and data rows, dropping blank rows; null when the sheet has no content. */
export function headered(table: SheetTable): HeaderedTable | null {
  const content = table.rows.filter((r) => !isBlankRow(r.cells));
  const [header, ...rows] = content;
  if (!header) return null;
  return { sheet: table.name, headers: header.cells.map((c) => c.trim()), headerRow: header.number, rows };
}
