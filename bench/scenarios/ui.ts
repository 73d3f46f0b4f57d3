import type { Page } from '@playwright/test';
import type { WorkspaceFile } from '../../shared/workspace/format';
import { buildRenderer, chromiumMissing, launchChromium, serveRenderer } from '../lib/browser';
import { demoWorkspace } from '../lib/data';
import { figure, unavailable, type Outcome } from '../lib/figures';
import { median } from '../lib/sample';
import type { Scenario, ScenarioContext } from '../lib/scenario';

const FIGURES = ['ui.first_rows_ms', 'ui.quick_filter_ms', 'ui.bulk_link_1k_ms', 'ui.search_keystroke_ms'] as const;
const CHUNK = 5_000;

declare global {
  interface Window {
    __benchFirstRow?: number;
  }
}

/**
 * The app in Chromium (the built renderer over http://127.0.0.1, Debian's chromium driven by Playwright),
 * with the generated workspace already in IndexedDB. Every time is taken inside the page with
 * performance.now(), up to the frame after the DOM showed the result, so Playwright's round trips are not in it.
 */
export const uiScenario: Scenario = {
  id: 'ui',
  figures: FIGURES,
  async run(context) {
    const missing = chromiumMissing();
    if (missing) return FIGURES.map((name) => unavailable(name, missing));
    const workspace = demoWorkspace(context.size);
    buildRenderer(context.log);
    const served = await serveRenderer(context.port);
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } })).newPage();
      await page.addInitScript(watchFirstRow);
      return await measure(page, served.url, workspace, context);
    } finally {
      await browser.close();
      served.stop();
    }
  },
};

async function measure(page: Page, url: string, workspace: WorkspaceFile, { size, log }: ScenarioContext): Promise<Outcome[]> {
  const n = workspace.policies.length;
  // The app creates its database (its current schema, seeded) on the first visit; then a same-origin page
  // that does not run the app (the server's 404) fills it, so nothing of the app holds it open meanwhile.
  await page.goto(url);
  await page.waitForFunction(() => window.__benchFirstRow !== undefined, undefined, { timeout: 60_000 });
  await page.goto(new URL('__bench_fill__', url).href);
  log(`filling IndexedDB with ${n} policies and ${workspace.links.length} links`);
  await page.evaluate(clearStores, ['policies', 'links', 'changes']);
  for (let i = 0; i < workspace.policies.length; i += CHUNK) await page.evaluate(putRows, { store: 'policies', rows: workspace.policies.slice(i, i + CHUNK) });
  for (let i = 0; i < workspace.links.length; i += CHUNK * 4) await page.evaluate(putRows, { store: 'links', rows: workspace.links.slice(i, i + CHUNK * 4) });

  const outcomes: Outcome[] = [];
  const firstRows: number[] = [];
  for (let run = 0; run < size.warmup + size.runs; run++) {
    await page.goto(url);
    const at = await page.waitForFunction(() => window.__benchFirstRow, undefined, { timeout: 60_000 });
    if (run >= size.warmup) firstRows.push(Number(await at.jsonValue()));
  }
  const filter = page.getByRole('searchbox', { name: 'Filter policies' });
  await filter.waitFor();
  const countText = await page.locator('.counts').innerText();
  if (!countText.replace(/\D/g, '').startsWith(String(n))) throw new Error(`the register shows "${countText}", not the ${n} generated policies`);
  outcomes.push(figure('ui.first_rows_ms', median(firstRows), 'ms', n));

  // Quick filter: a city's name typed into the box, until the "x of y shown" count changes on screen.
  const cities = [...new Set(workspace.policies.map((p) => p.city))].slice(0, size.warmup + size.runs);
  const filterTimes: number[] = [];
  for (const [run, city] of cities.entries()) {
    const ms = await page.evaluate(typeAndWaitForCount, city.toLowerCase());
    if (run >= size.warmup) filterTimes.push(ms);
    await page.evaluate(typeAndWaitForCount, '');
  }
  outcomes.push(figure('ui.quick_filter_ms', median(filterTimes), 'ms', n));

  outcomes.push(unavailable('ui.bulk_link_1k_ms', 'the mapping grid (bulk add link) has not landed yet'));
  outcomes.push(unavailable('ui.search_keystroke_ms', 'the "Search frameworks" panel has not landed yet'));
  return outcomes;
}

// ---- In the page (serialised by Playwright: no imports, no closures) ----

/** Init script: notes when the first grid row is in the DOM, one frame later (when it has been painted). */
function watchFirstRow(): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.ag-row [role="gridcell"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (window.__benchFirstRow = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function clearStores(stores: string[]): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('hrmap');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const present = stores.filter((s) => db.objectStoreNames.contains(s));
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(present, 'readwrite');
    for (const s of present) tx.objectStore(s).clear();
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

async function putRows({ store, rows }: { store: string; rows: unknown[] }): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('hrmap');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    const objects = tx.objectStore(store);
    for (const row of rows) objects.put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** Sets the quick filter as typing does (React sees an input event) and times it until the count text changes and is painted. */
function typeAndWaitForCount(text: string): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('input[type="search"][aria-label="Filter policies"]');
  const counts = document.querySelector('.counts');
  if (!input || !counts) throw new Error('the register has no "Filter policies" box or count');
  const before = counts.textContent;
  if (input.value === text) return Promise.resolve(0);
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`the count did not change after filtering "${text}"`)), 30_000);
    const observer = new MutationObserver(() => {
      if (counts.textContent === before) return;
      observer.disconnect();
      clearTimeout(timeout);
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    });
    observer.observe(counts, { childList: true, characterData: true, subtree: true });
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const start = performance.now();
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
