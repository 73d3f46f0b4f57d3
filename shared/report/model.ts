import type { ReportSheetId } from './sheets';

/** A cell's value. Strings are always written as text cells, never as formulas (see cellSafety.ts). */
export type Cell = string | number | null;

/**
 * What a column holds; the writers turn it into a width default, a number format and wrapping.
 * `userText` columns carry what analysts typed and get the Text format, so re-editing never makes a formula.
 */
export type ColumnKind = 'id' | 'text' | 'longText' | 'code' | 'count' | 'share' | 'mark' | 'year' | 'date';

export interface ReportColumn {
  header: string;
  kind: ColumnKind;
  /** Width in characters. */
  width: number;
  userText?: boolean;
}

/** Rows above the table: the title, label-value lines, notes, a totals row (the matrix keeps its totals on top). */
export interface AboveRow {
  role: 'title' | 'meta' | 'note' | 'total' | 'blank' | 'section';
  cells: Cell[];
}

/**
 * A colour scale (white to the report's blue) over some columns of the data rows, or of one row above, so the
 * figures read like a heat map. Colour scales are plain SpreadsheetML that every program draws; exceljs's
 * streaming writer would leave data bars pointing at an extension it never writes.
 */
export interface CellChart {
  /** 0-based column indexes, inclusive. */
  firstColumn: number;
  lastColumn: number;
  /** Index into `above` for a chart over that row; data rows otherwise. */
  aboveRow?: number;
}

export interface ReportSheet {
  id: ReportSheetId;
  /** The tab's name, in the report's language (at most 31 characters, as Excel requires). */
  name: string;
  above: AboveRow[];
  columns: ReportColumn[];
  /** The data rows, made on demand so that a streaming writer never holds a whole large sheet. */
  rows: () => Iterable<Cell[]>;
  /** How many data rows `rows` yields (for progress and print ranges). */
  rowCount: number;
  charts: CellChart[];
  /** Columns kept in view when scrolling sideways (the policy's id and title). */
  frozenColumns: number;
  /** Rows kept in view when scrolling down; the rows above the table and its header unless the sheet says less. */
  frozenRows?: number;
}

/** Document properties every workbook carries. */
export interface ReportProperties {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  category: string;
  description: string;
  created: Date;
}

export interface ReportModel {
  properties: ReportProperties;
  /** The scope in words, and how many policies and links it holds. */
  scope: string;
  policies: number;
  links: number;
  sheets: ReportSheet[];
}
