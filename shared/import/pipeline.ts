import { matchHeaders, type ColumnTarget } from './headers';
import { ImportFileError } from './limits';
import { linkDetailsFor, type LinkDetails } from './linkDetails';
import { planImport, type ImportPlan, type PlanInput } from './plan';
import { defaultSheet, readSpreadsheet, tableOf, type Spreadsheet, type XlsxLoader } from './readSpreadsheet';
import type { HeaderedTable } from './table';

export interface FileImportInput extends Omit<PlanInput, 'table' | 'targets' | 'linkDetails'> {
  bytes: Uint8Array;
  loadXlsx: XlsxLoader;
  /** Sheet name; the default sheet when absent. */
  sheet?: string;
  /** Column targets; auto-matched from the headers when absent. */
  targets?: ColumnTarget[];
}

export interface FileImport {
  spreadsheet: Spreadsheet;
  table: HeaderedTable;
  targets: ColumnTarget[];
  /** The Links sheet the link strengths, rationales and authors were read from, if the workbook has one. */
  linkDetails: LinkDetails | null;
  plan: ImportPlan;
}

/** The whole read-match-plan path in one call (CLI, benchmark, tests); the wizard runs the same steps one by one. */
export async function planFileImport(input: FileImportInput): Promise<FileImport> {
  const spreadsheet = await readSpreadsheet(input.bytes, input.loadXlsx);
  const sheet = input.sheet === undefined ? defaultSheet(spreadsheet.sheets) : spreadsheet.sheets.find((s) => s.name === input.sheet);
  if (!sheet) throw new ImportFileError('noSheet', { sheet: input.sheet ?? '' });
  const table = tableOf(sheet);
  const targets = input.targets ?? matchHeaders(table.headers);
  requireTitle(targets);
  const linkDetails = linkDetailsFor(spreadsheet.sheets, sheet.name, input.exists);
  const plan = await planImport({ ...input, table, targets, linkDetails });
  return { spreadsheet, table, targets, linkDetails, plan };
}

/** Without a title column nothing can be imported: say so once instead of once per row. */
export function requireTitle(targets: readonly ColumnTarget[]): void {
  if (!targets.includes('title')) throw new ImportFileError('noTitleColumn');
}
