import { expect, test } from '@playwright/test';
import { readLinks, readPolicies } from './idb';

/**
 * A database written by an earlier HrmapDatabase (schema v3: one row per link) in Chromium's real IndexedDB,
 * created from a same-origin page that does not run the app (the server's 404), then opened by the app.
 */
test('a register saved before links were grouped by policy opens with every link in place', async ({ page }) => {
  await page.goto('/__old_database__');
  await page.evaluate(async () => {
    const at = '2026-01-15T09:00:00.000Z';
    const policy = {
      id: 'old-1', title: 'Community water points', city: 'Dakar', country: 'Senegal', region: 'africa', sector: 'Water',
      status: 'in-progress', startYear: 2024, description: 'Kept across the upgrade.', groups: [], createdAt: at, updatedAt: at,
    };
    const link = (itemId: string) => ({ id: `old-1|${itemId}`, policyId: 'old-1', itemId, strength: 'primary', rationale: 'before v4', author: 'A', createdAt: at, updatedAt: at });
    await new Promise<void>((resolve, reject) => {
      // Dexie stores schema version n as IndexedDB version n * 10.
      const request = indexedDB.open('hrmap', 30);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('policies', { keyPath: 'id' }).put(policy);
        db.createObjectStore('meta', { keyPath: 'key' }).put({ key: 'seeded', value: at });
        db.createObjectStore('frameworks', { keyPath: 'id' });
        const items = db.createObjectStore('items', { keyPath: 'id' });
        items.createIndex('frameworkId', 'frameworkId');
        items.createIndex('parentId', 'parentId');
        const links = db.createObjectStore('links', { keyPath: 'id' });
        links.createIndex('policyId', 'policyId');
        links.createIndex('itemId', 'itemId');
        for (const itemId of ['charter:XI', 'sdg:6.1', 'udhr:25']) links.put(link(itemId));
        db.createObjectStore('changes', { keyPath: 'seq', autoIncrement: true }).createIndex('undone', 'undone');
        db.createObjectStore('dismissals', { keyPath: ['policyId', 'itemId'] }).createIndex('policyId', 'policyId');
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
  });

  await page.goto('/');
  const row = page.getByRole('row', { name: /Community water points/ });
  await expect(row).toBeVisible();
  await expect(page.getByText('1 policy')).toBeVisible();
  await expect(row.locator('[col-id="fw:charter"]')).toHaveText('XI');
  await expect(row.locator('[col-id="fw:sdg"]')).toHaveText('6.1');
  await expect(row.locator('[col-id="fw:udhr"]')).toHaveText('25');

  expect((await readPolicies(page)).map((p) => p.description)).toEqual(['Kept across the upgrade.']);
  const stored = await readLinks(page);
  expect(stored.map((l) => [l.itemId, l.rationale]).sort()).toEqual([['charter:XI', 'before v4'], ['sdg:6.1', 'before v4'], ['udhr:25', 'before v4']]);
  const stores = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('hrmap');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames];
    db.close();
    return names;
  });
  expect(stores).toContain('policyRows');
  for (const old of ['links', 'linkSets', 'policies']) expect(stores).not.toContain(old);
});
