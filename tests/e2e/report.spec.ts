import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import type { Lang } from '../../shared/model/lang';
import type { ReportSource } from '../unit/electron/reportExpected';
import { comparable, type Row } from '../unit/electron/reportRows';
import { putLinks, readLinks, readPolicies } from './idb';
import { shot } from './shots';

async function openRegister(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('gridcell', { name: 'Water tariff relief for low-income households' })).toBeVisible();
}

/** Clicks Export in the dialog, waits for the download and reads the workbook back with SheetJS. */
async function exportAndRead(page: Page, exportLabel: string): Promise<XLSX.WorkBook> {
  const download = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: exportLabel, exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^hrmap-(council|congress|custom)-\d{4}-\d{2}-\d{2}\.xlsx$/);
  return XLSX.read(await readFile((await file.path())!));
}

const rows = (book: XLSX.WorkBook, sheet: string) =>
  XLSX.utils.sheet_to_json<(string | number | null)[]>(book.Sheets[sheet]!, { header: 1, defval: null });

/** Every sheet of the Congress dossier, worked out in Node from the register alone (tests/unit/electron/reportExpected.ts). */
async function expectedCongress(source: ReportSource, lang: Lang, now: Date): Promise<{ name: string; rows: Row[] }[]> {
  const dir = await mkdtemp(join(tmpdir(), 'hrmap-e2e-report-'));
  try {
    await writeFile(join(dir, 'source.json'), JSON.stringify(source));
    const script = 'tests/unit/electron/printExpectedCongress.ts';
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, join(dir, 'source.json'), lang, now.toISOString()], { maxBuffer: 256 * 1024 * 1024 });
    return JSON.parse(stdout) as { name: string; rows: Row[] }[];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The register as the app keeps it in IndexedDB: what the report is made from. */
async function readRegister(page: Page): Promise<ReportSource> {
  const [links, policies] = await Promise.all([readLinks(page), readPolicies(page)]);
  const name = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('hrmap');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const name = await new Promise<{ value?: unknown } | undefined>((resolve, reject) => {
      const request = db.transaction('meta').objectStore('meta').get('workspaceName');
      request.onsuccess = () => resolve(request.result as { value?: unknown } | undefined);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return typeof name?.value === 'string' ? name.value : '';
  });
  return { name, policies, links };
}

test('export the Congress dossier of the whole register and read it back', async ({ page }) => {
  await openRegister(page);
  await page.getByRole('button', { name: 'Export report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export an Excel report' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'All policies (12)' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Congress dossier (all sheets)' })).toBeChecked();
  await shot(page, 'report-dialog-en');

  const book = await exportAndRead(page, 'Export');
  expect(book.SheetNames).toEqual(['Summary', 'Policies', 'Links', 'Matrix', 'By region and city', 'Frameworks']);
  const policies = rows(book, 'Policies');
  expect(policies).toHaveLength(13);
  expect(policies.map((r) => r[1])).toContain('Water tariff relief for low-income households');
  expect(rows(book, 'Summary').find((r) => r[0] === 'Policies')?.[1]).toBe(12);
  await expect(dialog.getByText(/Report saved/)).toBeVisible();
  // Keyboard: Escape closes the dialog and focus can reach the toolbar again.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the worker’s workbook holds every row and value of the register, as worked out again from IndexedDB', async ({ page }) => {
  await openRegister(page);
  // Links to articles, actions, goals and targets, primary and secondary, so every sheet has something to add up.
  const ids = (await readRegister(page)).policies.map((p) => p.id);
  await putLinks(page, [
    [ids[0]!, 'charter:XI'],
    [ids[0]!, 'charter:XI.2'],
    [ids[0]!, 'sdg:6.1'],
    [ids[1]!, 'sdg:6'],
    [ids[1]!, 'sdg:11.1'],
    [ids[2]!, 'udhr:25'],
    [ids[3]!, 'sdg:6.1'],
  ]);
  await openRegister(page);
  const source = await readRegister(page);
  expect(source.links.length).toBeGreaterThanOrEqual(7);
  await page.getByRole('button', { name: 'Export report' }).click();
  await expect(page.getByRole('dialog').getByRole('radio', { name: `All policies (${source.policies.length})` })).toBeChecked();
  const now = new Date();
  const book = await exportAndRead(page, 'Export');
  const expected = await expectedCongress(source, 'en', now);
  expect(book.SheetNames).toEqual(expected.map((s) => s.name));
  for (const sheet of expected) {
    const read = XLSX.utils.sheet_to_json<(string | number | null)[]>(book.Sheets[sheet.name]!, { header: 1, defval: null, blankrows: true, raw: true });
    expect(comparable(read), sheet.name).toEqual(sheet.rows);
  }
});

test('the current filter, the World Council brief and chosen sheets', async ({ page }) => {
  await openRegister(page);
  await page.getByRole('searchbox', { name: 'Filter policies' }).fill('latin america');
  const counts = page.getByText(/\d+ of 12 shown/);
  await expect(counts).toBeVisible();
  const shown = Number(/(\d+) of 12/.exec((await counts.textContent()) ?? '')![1]);
  expect(shown).toBeGreaterThan(1);
  expect(shown).toBeLessThan(12);
  await page.getByRole('button', { name: 'Export report' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('radio', { name: `Policies shown in the register (${shown})` })).toBeChecked();
  await dialog.getByRole('radio', { name: 'World Council brief (Summary and Matrix)' }).check();
  await expect(dialog.getByRole('checkbox', { name: 'Summary' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Links' })).not.toBeChecked();
  const brief = await exportAndRead(page, 'Export');
  expect(brief.SheetNames).toEqual(['Summary', 'Matrix']);
  const matrix = rows(brief, 'Matrix').slice(4);
  expect(matrix).toHaveLength(shown);
  expect(new Set(matrix.map((r) => r[3]))).toEqual(new Set(['Latin America']));

  await dialog.getByRole('radio', { name: 'Choose the sheets' }).check();
  await dialog.getByRole('checkbox', { name: 'Summary' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Matrix' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Policies' }).check();
  await dialog.getByRole('radio', { name: 'One region' }).check();
  await dialog.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Africa' });
  const africa = await exportAndRead(page, 'Export');
  expect(africa.SheetNames).toEqual(['Policies']);
  const regions = rows(africa, 'Policies').slice(1).map((r) => r[4]);
  expect(regions.length).toBeGreaterThan(0);
  expect(new Set(regions)).toEqual(new Set(['Africa']));
});

test('the dialog and the workbook in French and Spanish', async ({ page }) => {
  await openRegister(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await page.getByRole('button', { name: 'Exporter un rapport' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporter un rapport Excel' });
  await expect(dialog.getByRole('radio', { name: 'Dossier du Congrès (toutes les feuilles)' })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Langue du rapport' })).toHaveValue('fr');
  await shot(page, 'report-dialog-fr');
  const fr = await exportAndRead(page, 'Exporter');
  expect(fr.SheetNames).toEqual(['Synthèse', 'Politiques', 'Liens', 'Matrice', 'Par région et ville', 'Référentiels']);
  expect(rows(fr, 'Politiques')[0]![0]).toBe('Identifiant');
  await page.keyboard.press('Escape');

  await page.getByRole('combobox', { name: 'Langue' }).selectOption('es');
  await page.getByRole('button', { name: 'Exportar informe' }).click();
  const es = page.getByRole('dialog', { name: 'Exportar un informe Excel' });
  await es.getByRole('radio', { name: 'Nota para el Consejo Mundial (Resumen y Matriz)' }).check();
  await shot(page, 'report-dialog-es');
  const book = await exportAndRead(page, 'Exportar');
  expect(book.SheetNames).toEqual(['Resumen', 'Matriz']);
});
