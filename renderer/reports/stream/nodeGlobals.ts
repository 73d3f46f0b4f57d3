import { Buffer } from 'buffer';

/*
 * The two Node globals exceljs's streaming writer and readable-stream reach for without importing them:
 * `Buffer` (exceljs's StreamBuf and StringBuf) and `process.nextTick` (readable-stream). Imported first by the
 * report worker, so they exist before exceljs's modules run; nothing else in the page sees them.
 */
const scope = globalThis as { Buffer?: unknown; process?: unknown };
scope.Buffer ??= Buffer;
scope.process ??= {
  browser: true,
  env: {},
  version: '',
  versions: {},
  nextTick: (task: (...args: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => task(...args)),
};
