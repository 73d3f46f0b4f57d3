import i18next from 'i18next';
import type { ReportMessage, ReportRequest } from './reportProtocol';

export interface ReportJob {
  result: Promise<{ data: Uint8Array<ArrayBuffer>; policies: number; links: number }>;
  /** Stops the worker; `result` then rejects with `ReportCancelled`. */
  cancel(): void;
}

export class ReportCancelled extends Error {}

/** Starts one report in its own Web Worker; progress arrives as a share between 0 and 1. */
export function runReportWorker(request: ReportRequest, onProgress: (share: number) => void): ReportJob {
  const worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
  let reject: (error: Error) => void = () => {};
  const result = new Promise<{ data: Uint8Array<ArrayBuffer>; policies: number; links: number }>((resolve, fail) => {
    reject = fail;
    worker.onmessage = (event: MessageEvent<ReportMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.total ? message.done / message.total : 0);
      else {
        worker.terminate();
        if (message.type === 'done') resolve(message);
        else fail(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      fail(new Error(event.message || i18next.t('report:dialog.workerCrashed')));
    };
  });
  worker.postMessage(request);
  return {
    result,
    cancel() {
      worker.terminate();
      reject(new ReportCancelled());
    },
  };
}
