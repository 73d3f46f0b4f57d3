import type { Page } from '@playwright/test';

/**
 * Writes policy-item links straight into the app's IndexedDB, as a mapping session would have, so a test
 * can start from a mapped register. Reload the page afterwards: the app reads them at start.
 */
export async function putLinks(page: Page, links: readonly (readonly [policyId: string, itemId: string])[]): Promise<void> {
  await page.evaluate(async (pairs) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('hrmap');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('links', 'readwrite');
    const at = '2026-02-01T10:00:00.000Z';
    for (const [policyId, itemId] of pairs) {
      tx.objectStore('links').put({ id: `${policyId}|${itemId}`, policyId, itemId, strength: 'primary', rationale: '', author: 'e2e', createdAt: at, updatedAt: at });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, links);
}
