import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generateDemoWorkspace } from '../../shared/workspace/demo';
import type { Link } from '../../shared/model/link';
import { putLinks, readLinks, readPolicies } from './idb';
import { shot } from './shots';

/** The id of the register's first demo policy, read from the app's IndexedDB. */
async function firstPolicyId(page: Page): Promise<string> {
  return (await readPolicies(page))[0]!.id;
}

/** One link as stored in the app's IndexedDB. */
async function readLink(page: Page, id: string): Promise<Link | undefined> {
  return (await readLinks(page)).find((link) => link.id === id);
}

async function openWorkspaceView(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByText('12 policies')).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Workspace and backups' }).click();
  await expect(page.getByRole('heading', { name: 'Workspace and backups', level: 1 })).toBeVisible();
}

test('save the workspace to a file, open an edited copy in its place, then restore the backup taken before', async ({ page }) => {
  await openWorkspaceView(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save workspace' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^hrmap-workspace-\d{4}-\d{2}-\d{2}\.hrmap\.json$/);
  const dir = await mkdtemp(join(tmpdir(), 'hrmap-e2e-'));
  const saved = join(dir, 'saved.hrmap.json');
  await file.saveAs(saved);
  const data = JSON.parse(await readFile(saved, 'utf8'));
  expect(data).toMatchObject({ format: 'hrmap-workspace', version: 1 });
  expect(data.policies).toHaveLength(12);

  // A colleague's copy with two policies only, one renamed.
  data.policies = data.policies.slice(0, 2);
  data.policies[0].title = 'Renamed in the other copy';
  data.links = data.links.filter((l: { policyId: string }) => data.policies.some((p: { id: string }) => p.id === l.policyId));
  const edited = join(dir, 'edited.hrmap.json');
  await writeFile(edited, JSON.stringify(data));

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open workspace…' }).click();
  await (await chooser).setFiles(edited);
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('Replace this workspace (12 policies) with “edited.hrmap.json” (2 policies)?');
  await confirm.getByRole('button', { name: 'Replace' }).click();

  await page.getByRole('navigation').getByRole('button', { name: 'Register' }).click();
  await expect(page.getByText('2 policies')).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'Renamed in the other copy' })).toBeVisible();

  // The workspace that was replaced is in the backups; restoring it brings the 12 policies back.
  await page.getByRole('navigation').getByRole('button', { name: 'Workspace and backups' }).click();
  const table = page.getByRole('table', { name: 'Automatic backups' });
  const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: '12', exact: true }) }).first();
  await expect(row).toBeVisible();
  await shot(page, 'workspace-backups');
  await row.getByRole('button', { name: /Restore the backup of/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/restored\. Undo reverts the restore\./)).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Register' }).click();
  await expect(page.getByText('12 policies')).toBeVisible();
});

test('a damaged workspace file is refused with a message', async ({ page }) => {
  await openWorkspaceView(page);
  const dir = await mkdtemp(join(tmpdir(), 'hrmap-e2e-'));
  const bad = join(dir, 'future.hrmap.json');
  await writeFile(bad, JSON.stringify({ format: 'hrmap-workspace', version: 7, policies: [], links: [] }));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open workspace…' }).click();
  await (await chooser).setFiles(bad);
  await expect(page.getByRole('alert')).toContainText('future.hrmap.json cannot be opened');
  await expect(page.getByRole('alert')).toContainText('newer HRMap');
});

test('merge a colleague’s file: new policies added, a policy and a link conflict resolved field by field', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('12 policies')).toBeVisible();
  // A mapped policy first, so both copies hold the same link.
  const mapped = await firstPolicyId(page);
  await putLinks(page, [[mapped, 'sdg:6.1']]);
  await openWorkspaceView(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save workspace' }).click();
  const dir = await mkdtemp(join(tmpdir(), 'hrmap-e2e-'));
  const saved = join(dir, 'mine.hrmap.json');
  await (await download).saveAs(saved);
  const data = JSON.parse(await readFile(saved, 'utf8'));
  const first = data.policies[0];
  first.status = 'suspended';
  first.sector = 'Edited by a colleague';
  data.policies.push({ ...data.policies[1], id: 'colleague-1', title: 'Night buses for shift workers', city: 'Lima' });
  const link = data.links.find((l: { id: string }) => l.id === `${mapped}|sdg:6.1`);
  link.strength = 'secondary';
  link.rationale = 'Standpipes in every district';
  const theirs = join(dir, 'colleague.hrmap.json');
  await writeFile(theirs, JSON.stringify(data));

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Merge workspace…' }).click();
  await (await chooser).setFiles(theirs);
  const dialog = page.getByRole('dialog', { name: 'Merge “colleague.hrmap.json”' });
  await expect(dialog.getByRole('status')).toContainText('1 new policies, 0 new links, 11 identical policies, 1 edited on both sides.');
  await dialog.getByRole('radio', { name: `Take the colleague’s Sector of “${first.title}”` }).check();
  // The link's strength and rationale differ: each is a choice; only the rationale is taken.
  await expect(dialog.getByText('1 links edited on both sides (strength or rationale).')).toBeVisible();
  const links = dialog.getByRole('table', { name: 'Links edited on both sides' });
  const linkName = `“${first.title}” → Sustainable Development Goals 6.1`;
  await expect(links.getByRole('radio', { name: `Keep this workspace’s Strength of the link ${linkName}` })).toBeChecked();
  await links.getByRole('radio', { name: `Take the colleague’s Rationale of the link ${linkName}` }).check();
  await dialog.getByRole('heading').first().scrollIntoViewIfNeeded();
  await shot(page, 'workspace-merge');
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByText(/Merged: 1 policies and 0 links added, 1 policies and 1 links updated/)).toBeVisible();

  const stored = await readLink(page, `${mapped}|sdg:6.1`);
  expect(stored).toMatchObject({ strength: 'primary', rationale: 'Standpipes in every district' });
  await page.getByRole('navigation').getByRole('button', { name: 'Register' }).click();
  await expect(page.getByText('13 policies')).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(first.title) });
  await expect(row.getByRole('gridcell', { name: 'Edited by a colleague' })).toBeVisible();
  // The status was not chosen, so ours stays.
  await expect(row.getByRole('gridcell', { name: 'Suspended' })).toHaveCount(0);
});

test('a snapshot that cannot be written is reported on every screen, with a retry', async ({ page }) => {
  // A backup database from elsewhere, at a version ours does not know and without our store: every write fails.
  await page.addInitScript(() => {
    const request = indexedDB.open('hrmap-backups', 1000);
    request.onsuccess = () => request.result.close();
  });
  await page.goto('/');
  await expect(page.getByText('12 policies')).toBeVisible();
  // The window is hidden (switching away): the pending snapshot is written, and fails.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  const alert = page.getByRole('alert').filter({ hasText: 'The automatic backup failed' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('no snapshot of them was taken');
  await shot(page, 'backup-failed');
  await alert.getByRole('button', { name: 'Try the backup again' }).click();
  await expect(alert).toBeVisible();
});

test('a sample workspace of 300 policies opens in place of the register, after a backup', async ({ page }) => {
  // The same generator and seed as the app, counted here on their own: most policies are mapped, not all. (Every
  // item the generator maps to is a built-in one, tests/unit/shared/workspace/demo.test.ts checks, so no filter.)
  const sample = generateDemoWorkspace({ policies: 300, seed: 7 });
  const mapped = new Set(sample.links.map((l) => l.policyId)).size;
  expect(mapped).toBeLessThan(300);
  await openWorkspaceView(page);
  await page.getByRole('button', { name: 'Open a sample workspace (300 policies, most of them mapped)…' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('Replace this workspace (12 policies) with “Sample workspace” (300 policies)?');
  await confirm.getByRole('button', { name: 'Replace' }).click();
  // Exact: the button that opened it says "300 policies, most of them mapped"; the register's count says just this.
  await expect(page.getByText('300 policies', { exact: true })).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Dashboard' }).click();
  const figure = (label: string) => page.locator('.figure-card', { has: page.getByText(label, { exact: true }) }).locator('dd');
  await expect(figure('Policies')).toHaveText('300');
  await expect(figure('Mapped policies')).toHaveText(String(mapped));
  await page.setViewportSize({ width: 1440, height: 1900 });
  await shot(page, 'dashboard-sample');
  await page.setViewportSize({ width: 1440, height: 900 });
  // The register it replaced is the newest backup.
  await page.getByRole('navigation').getByRole('button', { name: 'Workspace and backups' }).click();
  const table = page.getByRole('table', { name: 'Automatic backups' });
  await expect(table.getByRole('row').filter({ has: page.getByRole('cell', { name: '12', exact: true }) }).first()).toBeVisible();
});
