/// <reference lib="webworker" />
import { ImportFileError } from '../../shared/import/limits';
import { readSpreadsheet } from '../../shared/import/readSpreadsheet';
import type { SpreadsheetMessage, SpreadsheetRequest } from './spreadsheetProtocol';
import { loadXlsxBrowser } from './xlsxLoader';

/**
 * Reads the file the import wizard was given off the page's thread: exceljs needs seconds for a large .xlsx,
 * and the wizard must stay responsive (and cancellable) meanwhile. The answer is plain data; an
 * ImportFileError travels as its code and detail, so the page shows the same translated message.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: SpreadsheetMessage) => scope.postMessage(message);

// Started ahead of the file (see SpreadsheetReader): exceljs loads while the person chooses it. A failure
// to load shows when the file is read (loadXlsxBrowser imports it again).
import('exceljs').catch(() => undefined);

scope.onmessage = async (event: MessageEvent<SpreadsheetRequest>) => {
  try {
    post({ type: 'done', spreadsheet: await readSpreadsheet(event.data.bytes, loadXlsxBrowser) });
  } catch (error) {
    if (error instanceof ImportFileError) post({ type: 'fileError', code: error.code, detail: error.detail });
    else post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
