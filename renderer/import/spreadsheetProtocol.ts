import type { FileErrorCode } from '../../shared/import/limits';
import type { Spreadsheet } from '../../shared/import/readSpreadsheet';

/** The chosen file's bytes, transferred to the worker (the page no longer needs them). */
export interface SpreadsheetRequest {
  bytes: Uint8Array<ArrayBuffer>;
}

/** The worker's one answer: the sheets, or why the file cannot be imported (an ImportFileError's code and detail). */
export type SpreadsheetMessage =
  | { type: 'done'; spreadsheet: Spreadsheet }
  | { type: 'fileError'; code: FileErrorCode; detail: Record<string, string | number> }
  | { type: 'error'; message: string };
