import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { readLinks } from './idb';
import { shot } from './shots';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');

async function openRegister(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible();
  await expect(page.getByText('12 policies')).toBeVisible();
}

async function chooseFile(page: Page, name: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Import policies' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles(typeof name === 'string' ? (name.startsWith('/') ? name : join(FIXTURES, name)) : name);
}

/** A questionnaire workbook of `rows` policies (SheetJS), large enough that exceljs takes seconds to read it. */
function largeWorkbook(name: string, rows: number): { name: string; mimeType: string; buffer: Buffer } {
  const cells: (string | number)[][] = [['Title', 'City', 'Country', 'Region', 'SDG', 'Description']];
  for (let i = 0; i < rows; i++) cells.push([`Policy ${i}`, `City ${i % 300}`, 'France', 'Europe', '6.1; 11.1', `What policy ${i} does, in a sentence.`]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(cells), 'Policies');
  return { name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer };
}

/** The import wizard's file readers (Web Workers) running in the page. */
const spreadsheetWorkers = (page: Page) => page.workers().filter((w) => /spreadsheet\.worker/.test(w.url()));

test('import a French Windows-1252 CSV through the wizard; it is still there after a reload', async ({ page }) => {
  await openRegister(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import policies' });
  await expect(dialog).toBeVisible();
  await chooseFile(page, 'policies-fr-1252-semicolon.csv');
  await expect(dialog.getByText('policies-fr-1252-semicolon.csv: 2 rows')).toBeVisible();
  await expect(dialog.getByText(/Encoding windows-1252, separator “;”/)).toBeVisible();
  // Columns auto-matched from French headers.
  await expect(dialog.getByRole('combobox', { name: 'Import column “Ville” as' })).toHaveValue('city');
  await expect(dialog.getByRole('combobox', { name: 'Import column “ODD” as' })).toHaveValue('codes:sdg');
  await expect(dialog.getByRole('combobox', { name: 'Import column “Titulaires de droits” as' })).toHaveValue('groups');
  // The preview shows values as they will be stored.
  const preview = dialog.getByRole('table', { name: 'Preview: the first rows as they will be stored' });
  const first = preview.getByRole('row').nth(1);
  await expect(first).toContainText('Tarif social de l’eau');
  await expect(first).toContainText('Europe');
  await expect(first).toContainText('In progress');
  await expect(first).toContainText('sdg:6.1 udhr:25 charter:XI.1');
  await expect(dialog.getByRole('status').filter({ hasText: '2 to add, 0 to update, 0 to skip, 6 links' })).toBeVisible();
  await shot(page, 'import-wizard');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Imported: 2 added, 0 updated, 0 skipped, 6 links/)).toBeVisible();
  await expect(page.getByText('14 policies')).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'Saint-Denis', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText('14 policies')).toBeVisible();
});

test('import an xlsx: choose the sheet, see problems with row numbers, fix a column, import', async ({ page }) => {
  await openRegister(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import policies' });
  await chooseFile(page, 'policies.xlsx');
  await expect(dialog.getByRole('combobox', { name: 'Sheet' })).toHaveValue('Policies');
  await expect(dialog.getByText('policies.xlsx: 3 rows')).toBeVisible();
  const preview = dialog.getByRole('table', { name: 'Preview: the first rows as they will be stored' });
  await expect(preview.getByRole('row').nth(1)).toContainText('Night buses');
  await expect(preview.getByRole('row').nth(1)).toContainText('2021');
  await expect(preview.getByRole('row').nth(1)).toContainText('Eurasia');

  // Mapping the Description column as the region makes every row a problem, with its row number.
  await dialog.getByRole('combobox', { name: 'Import column “Description” as' }).selectOption('region');
  await expect(dialog.getByText('Row 2, Description: “Buses run all night on six lines.” is not a UCLG region.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await shot(page, 'import-problems');
  await dialog.getByRole('combobox', { name: 'Import column “Description” as' }).selectOption('description');
  await expect(dialog.getByText(/is not a UCLG region/)).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('15 policies')).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'Night buses', exact: true })).toBeVisible();
});

test('a file that is not a spreadsheet is refused with a message and nothing changes', async ({ page }) => {
  await openRegister(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import policies' });
  await chooseFile(page, 'not-a-spreadsheet.xlsx');
  await expect(dialog.getByRole('alert')).toContainText('This file is not a spreadsheet.');
  await chooseFile(page, 'truncated.xlsx');
  await expect(dialog.getByRole('alert')).toContainText('damaged or incomplete');
  await chooseFile(page, 'old.xls');
  await expect(dialog.getByRole('alert')).toContainText('This is an old Excel file (.xls).');
  // The reader's refusal keeps its detail: the size, rounded up, and the limit.
  const tooLarge = join(mkdtempSync(join(tmpdir(), 'hrmap-e2e-large-')), 'large.csv');
  writeFileSync(tooLarge, Buffer.alloc(50 * 1024 * 1024 + 1, 'a'));
  await chooseFile(page, tooLarge);
  await expect(dialog.getByRole('alert')).toContainText('The file is too large (50.1 MB). Import files of up to 50 MB');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('12 policies')).toBeVisible();
});

test('our own French report comes back in with each link’s strength, rationale and author', async ({ page }) => {
  // A generated workspace and its Congress dossier in French, made by the hrmap command line.
  const dir = mkdtempSync(join(tmpdir(), 'hrmap-e2e-report-'));
  const hrmap = (...args: string[]) => execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'electron/cli/hrmap.ts', ...args], { stdio: 'pipe' });
  hrmap('demo', '--policies', '20', '--seed', '3', '--out', join(dir, 'source.hrmap.json'));
  hrmap('report', join(dir, 'source.hrmap.json'), '--preset', 'congress', '--lang', 'fr', '--out', join(dir, 'rapport.xlsx'));
  const source = JSON.parse(readFileSync(join(dir, 'source.hrmap.json'), 'utf8')) as { links: { id: string; strength: string; rationale: string; author: string }[] };

  await openRegister(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import policies' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles(join(dir, 'rapport.xlsx'));
  await expect(dialog.getByRole('combobox', { name: 'Sheet' })).toHaveValue('Politiques');
  await expect(dialog.getByText('The strength, rationale and author of each link are read from the sheet “Liens”.')).toBeVisible();
  await expect(dialog.getByRole('status').filter({ hasText: `20 to add, 0 to update, 0 to skip, ${source.links.length} links` })).toBeVisible();
  await shot(page, 'import-report');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('32 policies')).toBeVisible();

  const stored = await readLinks(page);
  const fields = (l: { id: string; strength: string; rationale: string; author: string }) => ({ id: l.id, strength: l.strength, rationale: l.rationale, author: l.author });
  expect(stored.map(fields).sort((a, b) => a.id.localeCompare(b.id))).toEqual(source.links.map(fields).sort((a, b) => a.id.localeCompare(b.id)));
});

test('a large import is one undoable step, in Chromium’s IndexedDB, even after a reload', async ({ page }) => {
  await openRegister(page);
  const linksBefore = (await readLinks(page)).length;
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import policies' });
  await chooseFile(page, largeWorkbook('questionnaire.xlsx', 1_500));
  await expect(dialog.getByRole('status').filter({ hasText: '1,500 to add' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('1,512 policies')).toBeVisible();
  await shot(page, 'import-large-done');
  // Two links a row (6.1 and 11.1).
  expect((await readLinks(page)).length).toBe(linksBefore + 3_000);

  // The log keeps the imported rows' ids, not copies of them: after a reload, undo still removes every row and
  // redo brings every row back, with its links.
  await page.reload();
  await expect(page.getByText('1,512 policies')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('12 policies', { exact: true })).toBeVisible();
  expect((await readLinks(page)).length).toBe(linksBefore);
  await page.reload();
  await expect(page.getByText('12 policies', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByText('1,512 policies')).toBeVisible();
  const links = await readLinks(page);
  expect(links.length).toBe(linksBefore + 3_000);
  expect(links.filter((l) => l.itemId === 'sdg:6.1').length).toBeGreaterThanOrEqual(1_500);
});

test('a large workbook is read off the page’s thread: the wizard stays responsive, a newer file wins, closing stops the read', async ({ page }) => {
  const big = largeWorkbook('big.xlsx', 30_000);
  await openRegister(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import policies' });
  // The wizard starts a reader as it opens, so exceljs loads while the person looks for the file.
  await expect.poll(() => spreadsheetWorkers(page).length).toBe(1);
  const firstReader = spreadsheetWorkers(page)[0]!;
  const firstClosed = firstReader.waitForEvent('close');

  await chooseFile(page, big);
  const reading = dialog.getByRole('status').filter({ hasText: 'Reading big.xlsx…' });
  await expect(reading).toBeVisible();
  // The page keeps drawing frames while the workbook is read.
  const statusAfterFrames = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        let frames = 0;
        const tick = () => (++frames === 5 ? resolve(document.querySelector('.import-wizard [role=status]')?.textContent ?? '') : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
  );
  expect(statusAfterFrames).toContain('Reading big.xlsx…');

  // A second file chosen meanwhile stops the first read: only the second file's rows ever show.
  await chooseFile(page, 'policies.xlsx');
  await firstClosed;
  await expect(dialog.getByText('policies.xlsx: 3 rows')).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(dialog.getByText(/big\.xlsx/)).toHaveCount(0);
  await expect(reading).toHaveCount(0);

  // The big file again, then Cancel while it is read: the wizard closes at once and its reader is stopped.
  const secondReader = page.waitForEvent('worker', (w) => /spreadsheet\.worker/.test(w.url()));
  await chooseFile(page, big);
  const secondClosed = (await secondReader).waitForEvent('close');
  await expect(reading).toBeVisible();
  await shot(page, 'import-reading');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await secondClosed;
  await expect.poll(() => spreadsheetWorkers(page).length).toBe(0);

  // Opened again, the wizard starts afresh: nothing of the cancelled read arrives, nothing was imported.
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Choose a file…' })).toBeEnabled();
  await expect(dialog.getByText(/big\.xlsx/)).toHaveCount(0);
  await expect(dialog.getByRole('table', { name: 'Preview: the first rows as they will be stored' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('12 policies')).toBeVisible();
});
