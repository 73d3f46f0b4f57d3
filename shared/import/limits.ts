/** Limits that keep a bad or hostile file from freezing the app; each has a clear message (import:errors.*). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 200_000;
/** Longer cells are refused with the row number; the longest field (description) allows 20,000 characters. */
export const MAX_CELL_CHARS = 1_000_000;

/** Why a whole file cannot be imported. The UI and CLI turn the code into a message in the user's language. */
export type FileErrorCode =
  | 'tooLarge'
  | 'notASpreadsheet'
  | 'oldExcel'
  | 'corrupt'
  | 'empty'
  | 'headerOnly'
  | 'tooManyRows'
  | 'noSheet'
  | 'noTitleColumn';

export class ImportFileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    readonly detail: Record<string, string | number> = {},
  ) {
    super(`${code}${Object.keys(detail).length ? ` ${JSON.stringify(detail)}` : ''}`);
  }
}

/**
 * The refusal of a file larger than MAX_IMPORT_BYTES. The size is rounded up to a tenth of a megabyte, so a
 * file one byte over the limit reads "50.1 MB" and never "50 MB, up to 50 MB".
 */
export function tooLargeError(bytes: number): ImportFileError {
  return new ImportFileError('tooLarge', { megabytes: Math.ceil((bytes / 1048576) * 10) / 10, max: MAX_IMPORT_BYTES / 1048576 });
}
