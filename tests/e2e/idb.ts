import type { Page } from '@playwright/test';
import type { Link } from '../../shared/model/link';
import type { Policy } from '../../shared/model/policy';

// The app keeps each policy with its links in one row of the `policyRows` store, under the key
// [policyId, ...itemIds] (renderer/db/policyRows.ts). These helpers read and write that layout with plain
// IndexedDB, as a second reader.

/**
 * Writes policy-item links straight into the app's IndexedDB, as a mapping session would have, so a test
 * can start from a mapped register. Each policy must be there. Reload the page afterwards: the app reads them at start.
 */
export async function putLinks(page: Page, links: readonly (readonly [policyId: string, itemId: string])[]): Promise<void> {
  await page.evaluate(async (pairs) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('hrmap');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('policyRows', 'readwrite');
    const store = tx.objectStore('policyRows');
    const at = '2026-02-01T10:00:00.000Z';
    const byPolicy = new Map<string, string[]>();
    for (const [policyId, itemId] of pairs) byPolicy.set(policyId, [...(byPolicy.get(policyId) ?? []), itemId]);
    for (const [policyId, itemIds] of byPolicy) {
      const range = IDBKeyRange.bound([policyId], [policyId, []]);
      const read = store.getAll(range);
      read.onsuccess = () => {
        const [row] = read.result as { policy: unknown; links: { itemId: string }[] }[];
        if (!row) throw new Error(`no policy ${policyId}`);
        const links = new Map(row.links.map((link) => [link.itemId, link as unknown]));
        for (const itemId of itemIds) {
          links.set(itemId, { id: `${policyId}|${itemId}`, policyId, itemId, strength: 'primary', rationale: '', author: 'e2e', createdAt: at, updatedAt: at });
        }
        const sorted = [...links.keys()].sort();
        store.delete(range);
        store.put({ policy: row.policy, links: sorted.map((itemId) => links.get(itemId)) }, [policyId, ...sorted]);
      };
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, links);
}

/** Every row the app has stored, read with plain IndexedDB. */
async function readRows(page: Page): Promise<{ policy: Policy; links: Link[] }[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('hrmap');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<{ policy: Policy; links: Link[] }[]>((resolve, reject) => {
      const request = db.transaction('policyRows').objectStore('policyRows').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows;
  });
}

/** Every link the app has stored, read with plain IndexedDB. */
export async function readLinks(page: Page): Promise<Link[]> {
  return (await readRows(page)).flatMap((row) => row.links);
}

/** Every policy the app has stored, in id order, read with plain IndexedDB. */
export async function readPolicies(page: Page): Promise<Policy[]> {
  return (await readRows(page)).map((row) => row.policy);
}
