import type { Page } from '@playwright/test';
import type { WorkspaceFile } from '../../shared/workspace/format';

const CHUNK = 5_000;

declare global {
  interface Window {
    __benchFirstRow?: number;
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
  await page.evaluate(clearStores, ['policies', 'links', 'changes']);
  for (let i = 0; i < workspace.policies.length; i += CHUNK) await page.evaluate(putRows, { store: 'policies', rows: workspace.policies.slice(i, i + CHUNK) });
  for (let i = 0; i < workspace.links.length; i += CHUNK * 4) await page.evaluate(putRows, { store: 'links', rows: workspace.links.slice(i, i + CHUNK * 4) });
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
