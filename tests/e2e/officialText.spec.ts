import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { putLinks } from './idb';
import { shot } from './shots';

/** Wording of our own standing in for an official text the user has the right to use. */
const OFFICIAL_XI = 'Test wording for article XI: the city keeps its cisterns and aqueducts in public hands.';
const CSV = `code;en;fr\nXI;"${OFFICIAL_XI}";Texte d’essai pour l’article XI.\nXI.2;Test wording for action XI.2.;\n`;

async function importOfficialText(page: Page, name: string, content: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog', { name: 'Import official wording' }).getByRole('button', { name: 'Choose a file and import…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
}

test('official wording imported from a CSV shows in the item view, the search and the report; a bad file changes nothing', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: 'Frameworks' }).click();
  await page.getByRole('button', { name: 'Import official text…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import official wording' });
  await dialog.getByRole('textbox', { name: 'Source' }).fill('Test source');
  await dialog.getByRole('textbox', { name: 'Version' }).fill('2011');

  // One unknown code: refused, with the code named, and nothing attached.
  await importOfficialText(page, 'bad.csv', `${CSV}XIV;Nothing\n`);
  await expect(dialog.getByRole('alert')).toHaveText('bad.csv was not imported, nothing changed: 1 problem.');
  await expect(dialog.getByText('Unknown code: XIV')).toBeVisible();

  await importOfficialText(page, 'charter-official.csv', CSV);
  await expect(dialog.getByRole('status')).toHaveText('Official wording attached to 2 Charter items from charter-official.csv.');
  await shot(page, 'official-text-dialog');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The search index was rebuilt: a word only the official wording has finds the article.
  const box = page.getByRole('combobox', { name: 'Search frameworks' });
  await box.fill('aqueducts');
  await box.press('Enter');
  const item = page.getByRole('region', { name: 'Item' });
  await expect(item.getByRole('heading', { level: 2 })).toHaveText(/^XI\s/);
  await expect(item.getByRole('heading', { name: 'Official wording' })).toBeVisible();
  await expect(item.getByText(OFFICIAL_XI)).toBeVisible();
  // The source and version given in the dialog are kept and shown with the wording.
  await expect(item.getByText('Source: Test source, version 2011')).toBeVisible();
  await shot(page, 'official-text-item');

  // The mapping picker reads the same catalogue: it finds the article by the official wording too.
  await page.getByRole('navigation').getByRole('button', { name: 'Register' }).click();
  await page.getByRole('gridcell', { name: 'Water tariff relief for low-income households' }).click();
  const panel = page.getByRole('complementary', { name: 'Mapping of the selected policy' });
  await panel.getByRole('combobox', { name: 'Add a link' }).fill('aqueducts');
  await expect(panel.getByRole('option').first()).toContainText('Right to clean water');

  // It survives a reload (it is in IndexedDB), and the report's Frameworks sheet carries it beside our summary.
  await putLinks(page, [['demo-001', 'charter:XI']]);
  await page.reload();
  await page.getByRole('button', { name: 'Export report' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Export an Excel report' }).getByRole('button', { name: 'Export', exact: true }).click();
  const book = XLSX.read(await readFile((await (await download).path())!));
  const frameworks = XLSX.utils.sheet_to_json<(string | null)[]>(book.Sheets['Frameworks']!, { header: 1, defval: null });
  const official = frameworks[0]!.indexOf('Official text');
  expect(official).toBeGreaterThan(0);
  const xi = frameworks.find((row) => row.includes('XI'))!;
  expect(xi[official]).toBe(OFFICIAL_XI);
  expect(xi[frameworks[0]!.indexOf('Official text source')]).toBe('Test source, version 2011');
});
