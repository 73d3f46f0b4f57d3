import type { Page } from '@playwright/test';
import type { Link } from '../../shared/model/link';

// The app keeps a policy's links in one row of the `linkSets` store, under the key [policyId, ...itemIds]
// (renderer/db/linkRows.ts). These helpers read and write that layout with plain IndexedDB, as a second reader.

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
    const tx = db.transaction('linkSets', 'readwrite');
    const store = tx.objectStore('linkSets');
    const at = '2026-02-01T10:00:00.000Z';
    const byPolicy = new Map<string, string[]>();
    for (const [policyId, itemId] of pairs) byPolicy.set(policyId, [...(byPolicy.get(policyId) ?? []), itemId]);
    for (const [policyId, itemIds] of byPolicy) {
      const range = IDBKeyRange.bound([policyId], [policyId, []]);
      const read = store.getAll(range);
      read.onsuccess = () => {
        const links = new Map<string, unknown>();
        for (const row of read.result as { links: { itemId: string }[] }[]) for (const link of row.links) links.set(link.itemId, link);
        for (const itemId of itemIds) {
          links.set(itemId, { id: `${policyId}|${itemId}`, policyId, itemId, strength: 'primary', rationale: '', author: 'e2e', createdAt: at, updatedAt: at });
        }
        const sorted = [...links.keys()].sort();
        store.delete(range);
        store.put({ policyId, links: sorted.map((itemId) => links.get(itemId)) }, [policyId, ...sorted]);
      };
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, links);
}

/** Every link the app has stored, read with plain IndexedDB. */
export async function readLinks(page: Page): Promise<Link[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('hrmap');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<{ links: Link[] }[]>((resolve, reject) => {
      const request = db.transaction('linkSets').objectStore('linkSets').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows.flatMap((row) => row.links);
  });
}
