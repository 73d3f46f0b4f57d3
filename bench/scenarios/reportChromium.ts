import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import XLSX from 'xlsx';
import type { WorkspaceFile } from '../../shared/workspace/format';
import { figure, unavailable, type Outcome } from '../lib/figures';
import { rendererRss, sampleRendererPeak } from '../lib/processTree';
import { withFilledRegister } from '../lib/register';
import { median } from '../lib/sample';
import type { Scenario, ScenarioContext } from '../lib/scenario';

const FIGURES = ['report.chromium_congress_ms', 'report.chromium_tail_ms', 'report.chromium_rss_before_mb', 'report.chromium_peak_mb'] as const;

declare global {
  interface Window {
    __benchExport?: Promise<{ ms: number; tailMs: number }>;
  }
}

/**
 * The Congress dossier exported from the app in Chromium (the built renderer, the workspace already in
 * IndexedDB): from the click on Export until the dialog says the file is saved (the worker builds the model,
 * streams the workbook and hands it to the download), timed inside the page. Also the time the progress bar
 * spends at 97 % or more (what is left after the rows: the workbook's closing parts and the download), and
 * the resident memory of Chromium's renderer process (the page and its worker), before and at its peak.
 */
export const reportChromiumScenario: Scenario = {
  id: 'report_chromium',
  figures: FIGURES,
  browser: true,
  run: (context) => withFilledRegister(context, FIGURES, (page, url, workspace) => measure(page, url, workspace, context), { acceptDownloads: true }),
};

async function measure(page: Page, url: string, workspace: WorkspaceFile, { size, log }: ScenarioContext): Promise<Outcome[]> {
  const n = workspace.policies.length;
  const times: number[] = [];
  const tails: number[] = [];
  const before: number[] = [];
  const peaks: number[] = [];
  let spent = 0;
  for (let run = 0; run < size.warmup + size.runs && (run <= size.warmup || spent < size.budgetMs); run++) {
    // A fresh page each time, so one export's garbage is not the next one's memory.
    await page.goto(url);
    await page.waitForFunction(() => window.__benchFirstRow !== undefined, undefined, { timeout: 120_000 });
    // The whole register is loaded (the grid fills in after its first rows), and the scope is all of it.
    await page.waitForFunction((count) => (document.querySelector('.counts')?.textContent ?? '').replace(/\D/g, '').startsWith(String(count)), n, { timeout: 120_000 });
    await page.getByRole('button', { name: 'Export report' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export an Excel report' });
    // Checked once the dialog has read the register (the label then has the count): the dialog picks its
    // default scope at that moment, from the rows the grid holds, which may still be its first page.
    await dialog.getByRole('radio', { name: `All policies (${n.toLocaleString('en-US')})` }).check();
    const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
    await exportButton.waitFor();
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('.report-dialog button[type="submit"]')?.disabled);
    await page.evaluate(armExportWatch);
    const rssBefore = rendererRss();
    const memory = sampleRendererPeak();
    const download = page.waitForEvent('download', { timeout: 600_000 });
    await exportButton.click();
    const result = await page.evaluate(() => window.__benchExport!);
    const peak = memory.stop();
    const file = await download;
    await checkDownload(await readFile((await file.path())!), workspace);
    log(`export ${run + 1}: ${Math.round(result.ms)} ms, ${Math.round(result.tailMs)} ms at 97 % or more, renderer peak ${peak === null ? '?' : Math.round(peak)} MB`);
    if (run < size.warmup) continue;
    times.push(result.ms);
    tails.push(result.tailMs);
    spent += result.ms;
    if (peak !== null) peaks.push(peak);
    if (rssBefore.length) before.push(Math.max(...rssBefore));
  }
  const outcomes: Outcome[] = [figure('report.chromium_congress_ms', median(times), 'ms', n), figure('report.chromium_tail_ms', median(tails), 'ms', n)];
  if (peaks.length && before.length) {
    outcomes.push(figure('report.chromium_rss_before_mb', median(before), 'MB', n), figure('report.chromium_peak_mb', Math.max(...peaks), 'MB', n));
  } else {
    for (const name of ['report.chromium_rss_before_mb', 'report.chromium_peak_mb']) outcomes.push(unavailable(name, 'no Chromium renderer process found under /proc'));
  }
  return outcomes;
}

/** The download is the whole dossier: every sheet, one Policies row per policy and one Links row per link. */
async function checkDownload(data: Buffer, workspace: WorkspaceFile): Promise<void> {
  const book = XLSX.read(data, { dense: true });
  const rows = (name: string) => XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name]!, { header: 1 }).length;
  const expected = { Policies: workspace.policies.length + 1, Links: workspace.links.length + 1 };
  for (const [sheet, count] of Object.entries(expected)) {
    if (rows(sheet) === count) continue;
    const kept = join(tmpdir(), `hrmap-bench-export-${process.pid}.xlsx`);
    await writeFile(kept, data);
    throw new Error(`the exported ${sheet} sheet has ${rows(sheet)} rows, not ${count} (the file is kept at ${kept})`);
  }
}

// ---- In the page (serialised by Playwright: no imports, no closures) ----

/** From the click on Export until the dialog says "Report saved"; also from the bar's first value at 0.97 or more. */
function armExportWatch(): void {
  const dialog = document.querySelector('.report-dialog')!;
  window.__benchExport = new Promise((resolve, reject) => {
    let start = 0;
    let tail = 0;
    const timeout = setTimeout(() => reject(new Error('the export did not finish within 10 minutes')), 600_000);
    document.addEventListener('click', () => (start = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const bar = dialog.querySelector('progress');
      if (!tail && bar && bar.value >= 0.97) tail = performance.now();
      const status = dialog.querySelector('[role="status"], [role="alert"]');
      if (!start || !status) return;
      observer.disconnect();
      clearTimeout(timeout);
      const end = performance.now();
      if (!/^Report saved/.test(status.textContent ?? '')) reject(new Error(`the export ended with: ${status.textContent}`));
      else resolve({ ms: end - start, tailMs: tail ? end - tail : 0 });
    });
    observer.observe(dialog, { childList: true, subtree: true, attributes: true, attributeFilter: ['value'] });
  });
}
