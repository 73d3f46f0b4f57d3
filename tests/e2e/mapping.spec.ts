import { expect, test, type Locator, type Page } from '@playwright/test';

const WATER = 'Water tariff relief for low-income households';

async function openFresh(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('gridcell', { name: WATER })).toBeVisible();
}

function row(page: Page, title: string | RegExp): Locator {
  return page.getByRole('row', { name: title instanceof RegExp ? title : new RegExp(title) });
}

function cell(page: Page, title: string, colId: string): Locator {
  return row(page, title).locator(`[col-id="${colId}"]`);
}

test('map a policy through the cell editor and the panel; reload; undo and redo', async ({ page }) => {
  await openFresh(page);
  // Cell editor: focus the Charter cell, type to search, pick with the keyboard.
  const charter = cell(page, WATER, 'fw:charter');
  await charter.click();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('combobox', { name: 'Search Charter' });
  await expect(editor).toBeFocused();
  const editorGroup = page.getByRole('group', { name: 'Charter items of this policy' });
  await editor.fill('XI');
  await expect(editorGroup.getByRole('option').first()).toContainText('XI');
  await page.screenshot({ path: 'docs/screenshots/mapping-editor.png' });
  await editor.press('Enter');
  await expect(editorGroup.locator('.chip')).toHaveText(['XI×']);
  await editor.press('Enter');
  await expect(charter.locator('.chip')).toHaveText(['XI']);

  // Panel: add SDG target 6.1 with the search picker.
  const panel = page.getByRole('complementary', { name: 'Mapping of the selected policy' });
  await expect(panel.getByRole('heading', { name: WATER })).toBeVisible();
  const picker = panel.getByRole('combobox', { name: 'Add a link' });
  await picker.fill('SDG 6.1');
  await expect(panel.getByRole('option').first()).toContainText('6.1');
  await picker.press('Enter');
  await expect(cell(page, WATER, 'fw:sdg').locator('.chip')).toHaveText(['6.1']);
  await expect(cell(page, WATER, 'links')).toHaveText('2');
  await page.screenshot({ path: 'docs/screenshots/mapping-panel.png' });

  await page.reload();
  await expect(cell(page, WATER, 'fw:charter').locator('.chip')).toHaveText(['XI']);
  await expect(cell(page, WATER, 'fw:sdg').locator('.chip')).toHaveText(['6.1']);

  // Undo both (the history survived the reload), then redo them.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cell(page, WATER, 'fw:sdg').locator('.chip')).toHaveCount(0);
  await page.locator('.ag-root').click({ position: { x: 5, y: 5 } }).catch(() => undefined);
  await cell(page, WATER, 'city').click();
  await page.keyboard.press('Control+z');
  await expect(cell(page, WATER, 'fw:charter').locator('.chip')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(cell(page, WATER, 'fw:charter').locator('.chip')).toHaveText(['XI']);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(cell(page, WATER, 'fw:sdg').locator('.chip')).toHaveText(['6.1']);
  await page.reload();
  await expect(cell(page, WATER, 'fw:sdg').locator('.chip')).toHaveText(['6.1']);
  await page.screenshot({ path: 'docs/screenshots/mapping-grid.png' });
});
