import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { putLinks } from './idb';
import { shot } from './shots';

type Item = { id: string; code: string; parentId: string | null; order: number };
const charter = JSON.parse(readFileSync('resources/frameworks/charter.json', 'utf8')) as { framework: { version: string }; items: Item[] };
const demo = JSON.parse(readFileSync('resources/demo/demo.hrmap.json', 'utf8')) as { policies: { id: string; title: string }[] };
const title = (id: string) => demo.policies.find((p) => p.id === id)!.title;

/** A made-up revision: action X.5 is gone, XI.2 is renumbered XI.7. */
const revised = {
  ...charter,
  framework: { ...charter.framework, version: '2026-draft' },
  items: charter.items.filter((i) => i.id !== 'charter:X.5').map((i) => (i.id === 'charter:XI.2' ? { ...i, id: 'charter:XI.7', code: 'XI.7' } : i)),
};

async function choose(page: Page, button: string, name: string, content: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog', { name: 'Load a new version of a framework' }).getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });
}

test('a Charter revision moves mappings along the correspondence table and sets the rest aside for review', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible();
  await putLinks(page, [
    ['demo-001', 'charter:XI.2'],
    ['demo-002', 'charter:X.5'],
    ['demo-003', 'charter:I'],
  ]);
  await page.reload();
  await page.getByRole('navigation').getByRole('button', { name: 'Frameworks' }).click();
  await page.getByRole('button', { name: 'Load a new version…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Load a new version of a framework' });

  await choose(page, 'Choose the new version (pack)…', 'charter-2026.json', JSON.stringify(revised));
  await expect(dialog.getByText('charter-2026.json: charter version 2026-draft, 75 items')).toBeVisible();
  // A table naming an item the new version lacks is refused before anything is planned.
  await choose(page, 'Choose the correspondence table…', 'wrong.csv', 'old,new\ncharter:XI.2,charter:XI.99\n');
  await expect(dialog.getByRole('alert')).toHaveText('wrong.csv cannot be used:');
  await expect(dialog.getByText('The table names an item the new version does not have: charter:XI.99')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Apply the new version' })).toBeDisabled();

  await choose(page, 'Choose the correspondence table…', 'table.csv', 'old,new\ncharter:XI.2,charter:XI.7\n');
  await expect(dialog.getByRole('status')).toContainText(
    'From version 2011 to 2026-draft: 1 links keep their item, 1 move to a new item, 0 fold into another link of the same policy, 1 have no counterpart',
  );
  await expect(dialog.getByText(`${title('demo-002')}: charter:X.5`)).toBeVisible();
  await shot(page, 'framework-revision');
  await dialog.getByRole('button', { name: 'Apply the new version' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Charter is now version 2026-draft, in every view.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Without a page reload the new items are everywhere, the moved mapping with them, and the set-aside one is listed.
  const notice = page.getByText('1 mapping set aside by a framework revision is waiting for review');
  await expect(notice).toBeVisible();
  const box = page.getByRole('combobox', { name: 'Search frameworks' });
  await box.fill('Charter XI.7');
  await box.press('Enter');
  const item = page.getByRole('region', { name: 'Item' });
  await expect(item.getByRole('heading', { level: 2 })).toHaveText(/^XI\.7\s/);
  await expect(item.getByText(title('demo-001'))).toBeVisible();
  await box.fill('Charter X.5');
  await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).not.toContainText('Exact reference');

  // The dashboard counts the moved mapping under its article (it reads the installed catalogue, not the built-in packs),
  // and the removed action's mapping no longer counts.
  await page.getByRole('navigation').getByRole('button', { name: 'Dashboard' }).click();
  const charterCard = page.locator('.dashboard-card', { has: page.getByRole('heading', { name: 'Policies per Charter article' }) });
  await charterCard.getByText('Show the figures as a list').click();
  await expect(charterCard.getByRole('button', { name: /^Charter article XI: .*: 1 policy$/ })).toBeVisible();
  await expect(charterCard.getByRole('button', { name: /^Charter article X: .*: 0 policies$/ })).toBeVisible();
  await charterCard.getByRole('button', { name: /^Charter article XI: / }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 policy from the dashboard: Charter article XI' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(title('demo-001')) })).toBeVisible();

  // The report names the new item: it is built from the installed frameworks, not the built-in packs.
  await page.getByRole('button', { name: 'Show all policies' }).click();
  await page.getByRole('button', { name: 'Export report' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Export an Excel report' }).getByRole('button', { name: 'Export', exact: true }).click();
  const book = XLSX.read(await readFile((await (await download).path())!));
  const links = XLSX.utils.sheet_to_json<(string | null)[]>(book.Sheets['Links']!, { header: 1, defval: null });
  const moved = links.find((row) => row[0] === 'demo-001')!;
  expect(moved).toContain('XI.7');
  expect(moved).toContain('Progressive (tiered) water tariffs');
  await page.keyboard.press('Escape');
  await page.getByRole('navigation').getByRole('button', { name: 'Frameworks' }).click();

  await notice.click();
  await expect(page.getByText(`${title('demo-002')}: charter:X.5`)).toBeVisible();
  await page.getByRole('button', { name: 'Mark all as reviewed' }).click();
  await expect(notice).toBeHidden();

  // The next start keeps the revision (the built-in 2011 pack is not put back).
  await page.reload();
  await page.getByRole('navigation').getByRole('button', { name: 'Frameworks' }).click();
  await box.fill('Charter XI.7');
  await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toContainText('Exact reference');
});
