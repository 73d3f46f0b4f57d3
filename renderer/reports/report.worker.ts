/// <reference lib="webworker" />
import './stream/nodeGlobals';
import i18next from 'i18next';
import { builtinCrosswalk } from '../../shared/frameworks/builtin';
import { FrameworkCatalog } from '../../shared/frameworks/catalog';
import { i18nOptions } from '../../shared/i18n/catalogues';
import { buildReport } from '../../shared/report/buildReport';
import type { ReportMessage, ReportRequest } from './reportProtocol';
import { streamReportWorkbook } from './stream/streamWorkbook';

/**
 * Writes the report workbook off the page's thread, so the register stays responsive during a long export.
 * The same shared model and the same exceljs streaming writer as the CLI: rows are deflated as they are
 * written, so progress is the work done and the end of the rows is the end of the file, nearly.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ReportMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

/** Share of the bar for the rows; the rest is the workbook's closing parts (styles, shared strings, zip directory). */
const ROWS_SHARE = 0.97;

scope.onmessage = async (event: MessageEvent<ReportRequest>) => {
  const request = event.data;
  try {
    const i18n = i18next.createInstance();
    await i18n.init({ ...i18nOptions(request.lang), initAsync: false });
    const fixed = i18n.getFixedT(request.lang);
    const catalog = new FrameworkCatalog(request.packs, builtinCrosswalk());
    const model = buildReport(request, catalog, {
      scope: request.scope,
      preset: request.preset,
      sheets: request.sheets,
      lang: request.lang,
      t: (key, options) => fixed(key, options ?? {}),
      now: new Date(request.now),
    });
    const blob = await streamReportWorkbook(model, {
      onProgress: ({ done, total }) => post({ type: 'progress', done: Math.round(done * ROWS_SHARE), total }),
      pauseEvery: 1000,
    });
    post({ type: 'progress', done: 1, total: 1 });
    const data = new Uint8Array(await blob.arrayBuffer());
    post({ type: 'done', data, policies: model.policies, links: model.links }, [data.buffer]);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
