import type { BrowserContextOptions, Page } from '@playwright/test';
import { policyRowsOf } from '../../renderer/db/policyRows';
import type { WorkspaceFile } from '../../shared/workspace/format';
import { buildRenderer, chromiumMissing, launchChromium, serveRenderer } from './browser';
import { demoWorkspace } from './data';
import { unavailable, type Outcome } from './figures';
import type { ScenarioContext } from './scenario';

const CHUNK = 5_000;

declare global {
  interface Window {
    __benchFirstRow?: number;
  }
}

/**
 * Runs a Chromium scenario on the built renderer with the generated workspace in IndexedDB: builds and serves
 * the renderer, opens a page (English, 1440x900) that notes its first grid row, fills the register, measures,
 * and closes everything. Without Chromium every figure is reported as not available, with the reason.
 */
export async function withFilledRegister(
  context: ScenarioContext,
  figures: readonly string[],
  measure: (page: Page, url: string, workspace: WorkspaceFile) => Promise<Outcome[]>,
  options: BrowserContextOptions = {},
): Promise<Outcome[]> {
  const missing = chromiumMissing();
  if (missing) return figures.map((name) => unavailable(name, missing));
  const workspace = demoWorkspace(context.size);
  buildRenderer(context.log);
  const served = await serveRenderer(context.port);
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 }, ...options })).newPage();
    // tsx (esbuild) wraps named inner functions in __name(); the page functions run without its helper.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.addInitScript(watchFirstRow);
    await fillRegister(page, served.url, workspace, context.log);
    return await measure(page, served.url, workspace);
  } finally {
    await browser.close();
    served.stop();
  }
}

/**
 * Puts a workspace's policies and links into the app's IndexedDB. The app creates its database (its current
 * schema, seeded) on the first visit; then a same-origin page that does not run the app (the server's 404)
 * fills it, so nothing of the app holds it open meanwhile. Needs `watchFirstRow` as an init script.
 */
export async function fillRegister(page: Page, url: string, workspace: WorkspaceFile, log: (message: string) => void): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__benchFirstRow !== undefined, undefined, { timeout: 60_000 });
  await page.goto(new URL('__bench_fill__', url).href);
  log(`filling IndexedDB with ${workspace.policies.length} policies and ${workspace.links.length} links`);
  await page.evaluate(clearStores, ['policyRows', 'changes']);
  // As the app stores them: one row per policy with its links (renderer/db/policyRows.ts), under out-of-line keys.
  const { rows, keys } = policyRowsOf(workspace.policies, workspace.links);
  for (let i = 0; i < rows.length; i += CHUNK) await page.evaluate(putRows, { store: 'policyRows', rows: rows.slice(i, i + CHUNK), keys: keys.slice(i, i + CHUNK) });
}

// ---- In the page (serialised by Playwright: no imports, no closures) ----

/** Init script: notes when the first grid row is in the DOM, one frame later (when it has been painted). */
export function watchFirstRow(): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.ag-row [role="gridcell"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (window.__benchFirstRow = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
}

export async function clearStores(stores: string[]): Promise<void> {
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

/** Puts rows into one store; `keys`, when given, are the rows' out-of-line keys, in the same order. */
async function putRows({ store, rows, keys }: { store: string; rows: unknown[]; keys?: IDBValidKey[] }): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('hrmap');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    const objects = tx.objectStore(store);
    rows.forEach((row, i) => (keys ? objects.put(row, keys[i]) : objects.put(row)));
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
