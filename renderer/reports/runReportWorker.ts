import i18next from 'i18next';
import { runInWorker, type WorkerJob } from '../workers/runInWorker';
import type { ReportMessage, ReportRequest } from './reportProtocol';

export interface ReportResult {
  data: Uint8Array<ArrayBuffer>;
  policies: number;
  links: number;
}

/** A report being written; `cancel()` makes `result` reject with `WorkerCancelled`. */
export type ReportJob = WorkerJob<ReportResult>;

/** Starts one report in its own Web Worker; progress arrives as a share between 0 and 1. */
export function runReportWorker(request: ReportRequest, onProgress: (share: number) => void): ReportJob {
  const worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
  return runInWorker<ReportRequest, ReportMessage, ReportResult>(worker, request, {
    onMessage(message) {
      if (message.type === 'progress') {
        onProgress(message.total ? message.done / message.total : 0);
        return null;
      }
      return message.type === 'done' ? { value: message } : { error: new Error(message.message) };
    },
    crashed: () => i18next.t('report:dialog.workerCrashed'),
  });
}
