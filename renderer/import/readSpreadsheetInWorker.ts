import i18next from 'i18next';
import { ImportFileError } from '../../shared/import/limits';
import type { Spreadsheet } from '../../shared/import/readSpreadsheet';
import { runInWorker, type WorkerJob } from '../workers/runInWorker';
import type { SpreadsheetMessage, SpreadsheetRequest } from './spreadsheetProtocol';

const startWorker = () => new Worker(new URL('./spreadsheet.worker.ts', import.meta.url), { type: 'module' });

/**
 * Reads the files the import wizard is given into sheets, each in a Web Worker of its own (readSpreadsheet
 * with exceljs's browser build), so the page stays responsive. One worker is started with the reader, while
 * the person is still choosing a file, so the first file does not wait for exceljs to load. A newer file
 * cancels the file being read; `dispose()` (the wizard closed) stops everything.
 */
export class SpreadsheetReader {
  private spare: Worker | null = startWorker();
  private current: WorkerJob<Spreadsheet> | null = null;

  /**
   * The file's sheets, or the ImportFileError readSpreadsheet throws; `WorkerCancelled` when a newer file or
   * `dispose()` stopped it. The bytes are transferred, not copied: `bytes` is unusable afterwards.
   */
  read(bytes: Uint8Array): WorkerJob<Spreadsheet> {
    this.current?.cancel();
    const worker = this.spare ?? startWorker();
    this.spare = null;
    // A view on part of a larger buffer is copied out, so that only the file's bytes move.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();
    const job = runInWorker<SpreadsheetRequest, SpreadsheetMessage, Spreadsheet>(worker, { bytes: own }, {
      transfer: [own.buffer],
      onMessage(message) {
        if (message.type === 'done') return { value: message.spreadsheet };
        if (message.type === 'fileError') return { error: new ImportFileError(message.code, message.detail) };
        return { error: new Error(message.message) };
      },
      crashed: () => i18next.t('import:wizard.readerCrashed'),
    });
    this.current = job;
    return job;
  }

  /** Whether `job` is the newest read, so its outcome is the one to show. */
  isCurrent(job: WorkerJob<Spreadsheet>): boolean {
    return this.current === job;
  }

  dispose(): void {
    this.current?.cancel();
    this.current = null;
    this.spare?.terminate();
    this.spare = null;
  }
}
