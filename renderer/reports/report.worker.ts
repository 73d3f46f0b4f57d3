/// <reference lib="webworker" />
import ExcelJS from 'exceljs';
import i18next from 'i18next';
import { builtinCrosswalk } from '../../shared/frameworks/builtin';
import { FrameworkCatalog } from '../../shared/frameworks/catalog';
import { i18nOptions } from '../../shared/i18n/catalogues';
import { buildReport } from '../../shared/report/buildReport';
import { writeReportWorkbook } from '../../shared/report/writeWorkbook';
import type { ReportMessage, ReportRequest } from './reportProtocol';

/**
 * Writes the report workbook off the page's thread, so the register stays responsive during a long export.
 * The same shared model and writer as the CLI; here into an in-memory exceljs workbook sent back as bytes.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ReportMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

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
    const workbook = new ExcelJS.Workbook();
    await writeReportWorkbook(model, workbook, {
      onProgress: ({ done, total }) => post({ type: 'progress', done, total }),
      pauseEvery: 1000,
    });
    const buffer = await workbook.xlsx.writeBuffer();
    const data = new Uint8Array(buffer as ArrayBuffer);
    post({ type: 'done', data, policies: model.policies, links: model.links }, [data.buffer]);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
