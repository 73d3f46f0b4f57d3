import { createRequire, Module } from 'node:module';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { i18nOptions } from '../../../shared/i18n/catalogues';
import { buildReport } from '../../../shared/report/buildReport';
import { generateDemoWorkspace } from '../../../shared/workspace/demo';
import { createArchiver } from '../../../renderer/reports/stream/zipArchiver';
import i18next from 'i18next';
import { reportWorkspace } from '../shared/report/fixture';
import { comparable, expectedCongress } from '../electron/reportExpected';
import { readBack } from '../electron/xlsxReadBack';

/*
 * The app's worker writer (renderer/reports/stream/streamWorkbook.ts) run in Node: exceljs's WorkbookWriter
 * with our fflate zip in place of archiver, as the worker's bundle maps it (electron.vite.config.ts), here by
 * putting the zip into Node's module cache where exceljs looks for `archiver`. The Blob it returns is read back
 * by SheetJS and checked against the workspace, every sheet and value.
 */
const require = createRequire(import.meta.url);
const writerPath = require.resolve('exceljs/lib/stream/xlsx/workbook-writer.js');
const archiverPath = require.resolve('archiver', { paths: [dirname(writerPath)] });
const cache = require.cache;
const saved = { writer: cache[writerPath], archiver: cache[archiverPath] };

let streamReportWorkbook: typeof import('../../../renderer/reports/stream/streamWorkbook').streamReportWorkbook;
/** Zips made by the fflate archiver: proof that exceljs took it, not Node's archiver. */
let zips = 0;

beforeAll(async () => {
  const shim = new Module(archiverPath);
  shim.exports = (...args: Parameters<typeof createArchiver>) => (zips++, createArchiver(...args));
  shim.loaded = true;
  cache[archiverPath] = shim;
  delete cache[writerPath];
  ({ streamReportWorkbook } = await import('../../../renderer/reports/stream/streamWorkbook'));
});

afterAll(() => {
  for (const [path, entry] of [[writerPath, saved.writer], [archiverPath, saved.archiver]] as const) {
    if (entry) cache[path] = entry;
    else delete cache[path];
  }
});

async function translate(lang: 'en' | 'fr' | 'es') {
  const i18n = i18next.createInstance();
  await i18n.init({ ...i18nOptions(lang), initAsync: false });
  const fixed = i18n.getFixedT(lang);
  return (key: string, options?: Record<string, unknown>) => fixed(key, options ?? {});
}

describe('the app’s streaming writer, read back by SheetJS', () => {
  it.each([
    ['the hand-made workspace', 'fr', () => reportWorkspace()],
    ['a 2,000-policy demo', 'en', () => generateDemoWorkspace({ policies: 2000, seed: 5 })],
  ] as const)('%s (%s): every sheet, every row and value', async (_, lang, make) => {
    const workspace = make();
    const now = new Date();
    const model = buildReport(workspace, builtinCatalog(), { scope: { kind: 'all' }, preset: 'congress', lang, t: await translate(lang), now });
    const seen: number[] = [];
    const before = zips;
    const blob = await streamReportWorkbook(model, { onProgress: ({ done, total }) => seen.push(done / total), pauseEvery: 100 });
    expect(zips, 'written through the fflate zip').toBe(before + 1);
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    // Progress goes up to the end of the rows, never back.
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((share, i) => i === 0 || share >= seen[i - 1]!)).toBe(true);
    const read = readBack(new Uint8Array(await blob.arrayBuffer()));
    const expected = expectedCongress(workspace, lang, now);
    expect(read.book.SheetNames).toEqual(expected.map((s) => s.name));
    for (const sheet of expected) expect(comparable(read.rows(sheet.name)), sheet.name).toEqual(sheet.rows);
    for (const sheet of read.book.SheetNames) expect(read.xml(sheet), sheet).not.toMatch(/<f[\s>]/);
  }, 120_000);
});
