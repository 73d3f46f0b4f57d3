import { expect, test, type Page } from '@playwright/test';
import { shot } from './shots';

async function openFresh(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'Water tariff relief for low-income households' })).toBeVisible();
}

test('first start shows the seeded demo register', async ({ page }) => {
  await openFresh(page);
  await expect(page.getByText('12 policies')).toBeVisible();
  for (const city of ['Dakar', 'Gwangju', 'Mexico City', 'Montréal', 'Gaziantep', 'Kazan']) {
    await expect(page.getByRole('gridcell', { name: city, exact: true })).toBeVisible();
  }
  await shot(page, 'register');
});

test('add a policy, edit it, reload: it is still there', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Add policy' }).click();
  // The new row opens its title cell for editing at once.
  const editor = page.locator('.ag-cell-inline-editing input');
  await expect(editor).toBeFocused();
  await editor.fill('Free public Wi-Fi in libraries');
  await editor.press('Enter');
  const row = page.getByRole('row', { name: /Free public Wi-Fi in libraries/ });
  await expect(row).toBeVisible();
  await row.locator('[col-id="city"]').dblclick();
  await page.locator('.ag-cell-inline-editing input').fill('Grigny');
  await page.keyboard.press('Enter');
  await expect(page.getByText('13 policies')).toBeVisible();
  await expect(page.getByText('All changes saved')).toBeVisible();

  await page.reload();
  const reloaded = page.getByRole('row', { name: /Free public Wi-Fi in libraries/ });
  await expect(reloaded).toBeVisible();
  await expect(reloaded.getByRole('gridcell', { name: 'Grigny', exact: true })).toBeVisible();
  await expect(page.getByText('13 policies')).toBeVisible();
});

test('a bad year is refused with a message and nothing is saved', async ({ page }) => {
  await openFresh(page);
  const row = page.getByRole('row', { name: /Safe routes to school/ });
  const yearCell = row.locator('[col-id="startYear"]');
  await yearCell.dblclick();
  await page.locator('.ag-cell-inline-editing input').fill('next year');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('“next year” is not a year');
  await expect(yearCell).toHaveText('2026');
  await page.reload();
  await expect(page.getByRole('row', { name: /Safe routes to school/ }).locator('[col-id="startYear"]')).toHaveText('2026');
});

test('delete a policy after confirming; sort and filter', async ({ page }) => {
  await openFresh(page);
  const row = page.getByRole('row', { name: /Open data portal on municipal contracts/ });
  await row.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Delete 1 policy?');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('11 policies')).toBeVisible();
  await page.reload();
  await expect(page.getByText('11 policies')).toBeVisible();
  await expect(page.getByRole('row', { name: /Open data portal/ })).toHaveCount(0);

  await page.getByRole('searchbox', { name: 'Filter policies' }).fill('latin america');
  await expect(page.getByText('3 of 11 shown')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Filter policies' }).fill('');
  await page.getByRole('columnheader', { name: 'Start year' }).click();
  // While the grid re-sorts, the leaving and the arriving row can both carry row-index 0 for a moment.
  const firstYear = page.locator('.ag-row[row-index="0"] [col-id="startYear"]');
  await expect(firstYear).toHaveCount(1);
  await expect(firstYear).toHaveText('2012');
});
