import { cellText, looksLikeFormula, sharedStringText } from './cellSafety';
import type { AboveRow, Cell, ColumnKind, ReportColumn, ReportModel, ReportSheet } from './model';
import { MARK_FORMAT } from './sheets/matrix';

/*
 * Writes a report model into an exceljs workbook. It is typed against the few members it uses, not against
 * exceljs itself, so shared/ stays free of exceljs's Node typings and the same code drives both an in-memory
 * `ExcelJS.Workbook` (the app's Web Worker) and a streaming `ExcelJS.stream.xlsx.WorkbookWriter` (the CLI),
 * where each row is committed, written out and forgotten.
 */

export interface XlsxColor {
  argb?: string;
}
export interface XlsxStyle {
  font?: { bold?: boolean; italic?: boolean; size?: number; color?: XlsxColor };
  fill?: { type: string; pattern?: string; fgColor?: XlsxColor };
  alignment?: { horizontal?: string; vertical?: string; wrapText?: boolean };
  border?: { bottom?: { style?: string; color?: XlsxColor } };
  numFmt?: string;
}
export interface XlsxCell {
  numFmt: string;
  style: XlsxStyle;
}
export interface XlsxRow extends XlsxStyle {
  /** The row's own style (exceljs gives every row a fresh empty one). */
  style?: XlsxStyle;
  getCell(column: number): XlsxCell;
  /** The row's cells that hold a value, with their 1-based column (cheaper than getCell, which checks an address). */
  eachCell(visit: (cell: XlsxCell, column: number) => void): void;
  commit(): void;
}
export interface XlsxSheetOptions {
  views: { state: 'frozen'; xSplit: number; ySplit: number }[];
  pageSetup: {
    orientation: 'landscape';
    fitToPage: boolean;
    fitToWidth: number;
    fitToHeight: number;
    paperSize: number;
    /** Rows repeated at the top of every printed page ("4:4"). */
    printTitlesRow: string;
  };
  headerFooter: { oddFooter: string };
  properties: { defaultRowHeight: number };
}
export interface XlsxConditionalFormatting {
  ref: string;
  rules: { type: 'colorScale'; priority: number; cfvo: { type: 'min' | 'max' | 'num'; value?: number }[]; color: XlsxColor[] }[];
}
export interface XlsxSheet {
  columns: { width?: number; style?: XlsxStyle }[];
  autoFilter?: unknown;
  addRow(values: (Cell | undefined)[]): XlsxRow;
  addConditionalFormatting(cf: XlsxConditionalFormatting): void;
  /** Streaming writers only: flushes the sheet. */
  commit?(): void;
}
export interface XlsxWorkbook {
  /** The streaming writer's shared-string table (replaced by `SharedStringTable`, below). */
  sharedStrings?: unknown;
  creator: string;
  lastModifiedBy: string;
  created: Date;
  modified: Date;
  title: string;
  subject: string;
  keywords: string;
  category: string;
  description: string;
  addWorksheet(name: string, options: XlsxSheetOptions): XlsxSheet;
}

/**
 * How both streaming writers (the CLI's and the app's worker) are set up. Shared strings: a repeated city,
 * region or framework name is written once (a smaller file, and less XML for exceljs to render), and readers
 * decode `_xHHHH_` escapes and keep leading whitespace only there (see `sharedStringText`). Deflate level 1 is
 * archiver's own default (compress-commons' best speed), said here so the app's zip and the bench's deflate
 * floor use it too.
 */
export const STREAM_WRITER_OPTIONS = { useStyles: true, useSharedStrings: true, zip: { zlib: { level: 1 } } } as const;

export interface WriteProgress {
  /** Rows written so far, and in all (above rows, headers and data rows of every sheet). */
  done: number;
  total: number;
  sheet: string;
}

export interface WriteOptions {
  onProgress?: (progress: WriteProgress) => void;
  /**
   * Called every `pauseEvery` rows: lets the caller's event loop run (a stream drains, a worker posts progress)
   * so memory stays bounded and nothing freezes. shared/ cannot schedule a task itself.
   */
  pause?: () => Promise<void>;
  pauseEvery?: number;
}

const BLUE = 'FF1D4E89';
const PALE = 'FFE8EEF6';
const WHITE = 'FFFFFFFF';
const GREY = 'FF5F6B7A';

const HEADER: XlsxStyle = {
  font: { bold: true, color: { argb: WHITE } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: BLUE } },
  alignment: { vertical: 'middle', wrapText: true },
  border: { bottom: { style: 'thin', color: { argb: BLUE } } },
};
const ABOVE: Record<AboveRow['role'], XlsxStyle> = {
  title: { font: { bold: true, size: 16, color: { argb: BLUE } } },
  section: { font: { bold: true, color: { argb: BLUE } } },
  meta: { font: { bold: false } },
  note: { font: { italic: true, color: { argb: GREY } } },
  total: { font: { bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: PALE } } },
  blank: {},
};

const NUMBER_FORMAT: Partial<Record<ColumnKind, string>> = {
  count: '#,##0',
  share: '0.0%',
  mark: MARK_FORMAT,
  year: '0',
};

function columnStyle(column: ReportColumn): XlsxStyle {
  const wrap = column.kind === 'longText' || column.kind === 'code';
  const numeric = column.kind === 'count' || column.kind === 'share' || column.kind === 'year';
  const style: XlsxStyle = {
    alignment: {
      vertical: 'top',
      wrapText: wrap,
      ...(column.kind === 'mark' ? { horizontal: 'center' } : numeric ? { horizontal: 'right' } : {}),
    },
  };
  const numFmt = column.userText ? '@' : NUMBER_FORMAT[column.kind];
  if (numFmt) style.numFmt = numFmt;
  return style;
}

/** "A", "B", … "Z", "AA", …: the letters of a 1-based column number. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Text cells keep what users wrote, minus what XML cannot carry; formula-like text gets the Text format.
 * Empty cells are not written at all (the column's style covers them): exceljs would make each one a cell
 * object with a style of its own, and the sparse Matrix has half a million.
 * Data cells share one style object per column: exceljs looks styles up by object identity first, which
 * spares it rendering every cell's style to XML to find its id (most of its time on a large sheet).
 */
function addSafeRow(sheet: XlsxSheet, cells: readonly Cell[], columns: readonly ReportColumn[], styles?: ColumnStyles): XlsxRow {
  const values: (Cell | undefined)[] = new Array<Cell | undefined>(cells.length);
  const guarded = GUARDED;
  guarded.length = cells.length;
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i];
    guarded[i] = false;
    if (typeof value === 'string') {
      const text = cellText(value);
      guarded[i] = !columns[i]?.userText && looksLikeFormula(text);
      values[i] = sharedStringText(text);
    } else values[i] = value === null ? undefined : value;
  }
  const row = sheet.addRow(values);
  if (styles) {
    // Data rows share one frozen empty row style (same cache reason as below; frozen so nothing can style it).
    row.style = NO_ROW_STYLE;
    row.eachCell((cell, column) => (cell.style = guarded[column - 1] ? styles.text[column - 1]! : styles.plain[column - 1]!));
  } else {
    for (let i = 0; i < values.length; i++) if (guarded[i]) row.getCell(i + 1).numFmt = '@';
  }
  return row;
}

/** Which cells of the row being written hold formula-like text outside a user-text column (reused, rows are written one at a time). */
const GUARDED: boolean[] = [];

const NO_ROW_STYLE: XlsxStyle = Object.freeze({});

interface ColumnStyles {
  plain: XlsxStyle[];
  /** The same with the Text format, for formula-like text in a column that is not user text. */
  text: XlsxStyle[];
}

function applyStyle(row: XlsxRow, style: XlsxStyle): void {
  if (style.font) row.font = style.font;
  if (style.fill) row.fill = style.fill;
  if (style.alignment) row.alignment = style.alignment;
  if (style.border) row.border = style.border;
}

function totalRows(model: ReportModel): number {
  return model.sheets.reduce((n, s) => n + s.above.length + 1 + s.rowCount, 0);
}

/**
 * The shared-string table exceljs's streaming writer reads (`add`, `count`, `values`, `totalRefs`), kept in a
 * Map. exceljs's own keeps each string as a property name of a plain object, which V8 copies into its string
 * table and hashes slowly when the text is long: at 20,000 policies that is tens of megabytes and a few hundred
 * milliseconds for the descriptions and rationales alone.
 */
export class SharedStringTable {
  readonly values: string[] = [];
  totalRefs = 0;
  private readonly index = new Map<string, number>();

  get count(): number {
    return this.values.length;
  }

  getString(index: number): string | undefined {
    return this.values[index];
  }

  add(value: string): number {
    let index = this.index.get(value);
    if (index === undefined) {
      index = this.values.length;
      this.index.set(value, index);
      this.values.push(value);
    }
    this.totalRefs++;
    return index;
  }
}

export async function writeReportWorkbook(model: ReportModel, workbook: XlsxWorkbook, options: WriteOptions = {}): Promise<void> {
  // Before any row: a sheet reads the table when it writes a row.
  if (workbook.sharedStrings !== undefined) workbook.sharedStrings = new SharedStringTable();
  const { properties } = model;
  workbook.creator = properties.creator;
  workbook.lastModifiedBy = properties.creator;
  workbook.created = properties.created;
  workbook.modified = properties.created;
  workbook.title = properties.title;
  workbook.subject = properties.subject;
  workbook.keywords = properties.keywords;
  workbook.category = properties.category;
  workbook.description = properties.description;

  const total = totalRows(model);
  const every = options.pauseEvery ?? 2000;
  let done = 0;
  const tick = async (sheet: string) => {
    done++;
    if (done % every === 0) {
      options.onProgress?.({ done, total, sheet });
      await options.pause?.();
    }
  };
  for (const sheet of model.sheets) await writeSheet(sheet, workbook, tick);
  options.onProgress?.({ done: total, total, sheet: '' });
}

async function writeSheet(sheet: ReportSheet, workbook: XlsxWorkbook, tick: (sheet: string) => Promise<void>): Promise<void> {
  const headerRow = sheet.above.length + 1;
  const ws = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows ?? headerRow }],
    // A4 landscape, as wide as the page, the header row on every page. (No horizontal centring: exceljs's
    // streaming writer never writes print options.)
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9, printTitlesRow: `${headerRow}:${headerRow}` },
    headerFooter: { oddFooter: '&L&A&R&P / &N' },
    properties: { defaultRowHeight: 15 },
  });
  // Streaming sheets write their column list with the first row, so it is set before any row.
  const plain = sheet.columns.map(columnStyle);
  const styles: ColumnStyles = { plain, text: plain.map((style) => ({ ...style, numFmt: '@' })) };
  ws.columns = sheet.columns.map((c, i) => ({ width: c.width, style: plain[i]! }));
  const width = sheet.columns.length;

  for (const above of sheet.above) {
    const row = addSafeRow(ws, above.cells, []);
    applyStyle(row, ABOVE[above.role]);
    row.commit();
    await tick(sheet.name);
  }
  const header = ws.addRow(sheet.columns.map((c) => sharedStringText(cellText(c.header))));
  applyStyle(header, HEADER);
  header.commit();
  await tick(sheet.name);

  let last = headerRow;
  for (const cells of sheet.rows()) {
    addSafeRow(ws, cells, sheet.columns, styles).commit();
    last++;
    await tick(sheet.name);
  }

  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: Math.max(last, headerRow), column: width } };
  let priority = 1;
  for (const chart of sheet.charts) {
    const rows = chart.aboveRow === undefined ? [headerRow + 1, last] : [chart.aboveRow + 1, chart.aboveRow + 1];
    if (rows[1]! < rows[0]!) continue;
    const ref = `${columnLetters(chart.firstColumn + 1)}${rows[0]}:${columnLetters(chart.lastColumn + 1)}${rows[1]}`;
    ws.addConditionalFormatting({
      ref,
      rules: [{ type: 'colorScale', priority: priority++, cfvo: [{ type: 'num', value: 0 }, { type: 'max' }], color: [{ argb: WHITE }, { argb: 'FF6F9BD1' }] }],
    });
  }
  ws.commit?.();
}
