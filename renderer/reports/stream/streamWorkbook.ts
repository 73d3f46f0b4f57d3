import './nodeGlobals';
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer.js';
import type { ReportModel } from '../../../shared/report/model';
import { STREAM_WRITER_OPTIONS, writeReportWorkbook, type WriteOptions, type XlsxWorkbook } from '../../../shared/report/writeWorkbook';
import type { ZipSink } from './zipArchiver';

/** Compressed bytes held as arrays before they are folded into a Blob part (the browser may keep Blobs off the heap). */
const PART_BYTES = 4 * 1024 * 1024;

/**
 * Where the zip goes: the workbook's compressed bytes, gathered into a Blob as they come. exceljs listens
 * for `finish` (and `error`) on it.
 */
class BlobSink implements ZipSink {
  private readonly parts: Blob[] = [];
  private pending: Uint8Array<ArrayBuffer>[] = [];
  private pendingBytes = 0;
  private finished: (() => void)[] = [];
  private ended = false;
  bytes = 0;

  write(chunk: Uint8Array): boolean {
    this.pending.push(chunk as Uint8Array<ArrayBuffer>);
    this.pendingBytes += chunk.length;
    this.bytes += chunk.length;
    if (this.pendingBytes >= PART_BYTES) this.fold();
    return true;
  }

  end(): void {
    this.fold();
    this.ended = true;
    for (const listener of this.finished) listener();
  }

  on(event: string, listener: () => void): this {
    if (event === 'finish') {
      if (this.ended) listener();
      else this.finished.push(listener);
    }
    return this;
  }

  once(event: string, listener: () => void): this {
    return this.on(event, listener);
  }

  blob(): Blob {
    return new Blob(this.parts, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  }

  private fold(): void {
    if (this.pending.length) this.parts.push(new Blob(this.pending));
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/**
 * The report as an .xlsx Blob, written in the browser by exceljs's streaming WorkbookWriter (the CLI's writer):
 * each row is rendered, deflated and dropped as it is written, so memory stays near the size of the file
 * instead of the whole workbook's objects. Its zip goes through `ZipArchiver` (fflate) in place of Node's
 * archiver, mapped in by the worker's bundle.
 */
export async function streamReportWorkbook(model: ReportModel, options: WriteOptions = {}): Promise<Blob> {
  const sink = new BlobSink();
  const workbook = new WorkbookWriter({ ...STREAM_WRITER_OPTIONS, stream: sink as unknown as NonNullable<ConstructorParameters<typeof WorkbookWriter>[0]>['stream'] });
  await writeReportWorkbook(model, workbook as unknown as XlsxWorkbook, options);
  await workbook.commit();
  return sink.blob();
}
