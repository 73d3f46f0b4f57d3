import { expect, test } from '@playwright/test';
import { shot } from './shots';

test('the interface switches to French and Spanish at once and remembers the choice', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Add policy' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.getByRole('button', { name: 'Ajouter une politique' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Ville ou territoire' })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'Amérique latine' }).first()).toBeVisible();
  await expect(page.getByText('12 politiques')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await shot(page, 'register-fr');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Ajouter une politique' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Langue' }).selectOption('es');
  await expect(page.getByRole('button', { name: 'Añadir política' })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'América Latina' }).first()).toBeVisible();
  await expect(page.getByText('12 políticas')).toBeVisible();
  await shot(page, 'register-es');
});

test('the first start follows the browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-MX' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Añadir política' })).toBeVisible();
  await context.close();
});

test('sizes and counts are written the French and Spanish way', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await page.getByRole('button', { name: 'Espace de travail et sauvegardes' }).click();
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  const table = page.getByRole('table');
  // The 12 demo policies make a backup of a few kilobytes: "ko" with a narrow no-break space, not "KB".
  const size = table.getByRole('cell', { name: /^\d+ ko$/ }).first();
  await expect(size).toBeVisible();
  expect(await size.evaluate((cell) => cell.textContent)).toMatch(/^\d+\u202fko$/);
  await shot(page, 'workspace-fr');
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('es');
  await expect(table.getByRole('cell', { name: /^\d+ kB$/ }).first()).toBeVisible();
});
