import { expect, test, type Locator, type Page } from '@playwright/test';
import { shot } from './shots';

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
  await shot(page, 'mapping-editor');
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
  await shot(page, 'mapping-panel');

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
  await shot(page, 'mapping-grid');
});

test('bulk-tag three policies as one undoable step; filter the gaps and by item', async ({ page }) => {
  await openFresh(page);
  const titles = ['Participatory budget for neighbourhood councils', 'Safe routes to school', 'Anti-discrimination office'];
  // Select with the keyboard: Space on a focused row toggles it.
  for (const title of titles) {
    await cell(page, title, 'city').click();
    await page.keyboard.press('Space');
  }
  const bulk = page.getByRole('group', { name: 'Selection actions' });
  await expect(bulk).toContainText('3 selected');
  await bulk.getByRole('button', { name: 'Add link…' }).click();
  const picker = bulk.getByRole('combobox', { name: 'Item to add to the 3 selected policies' });
  await expect(picker).toBeFocused();
  await picker.fill('11.1');
  await expect(bulk.getByRole('option').first()).toContainText('11.1');
  await picker.press('Enter');
  await expect(page.getByText('Linked 3 policies to 11.1.')).toBeVisible();
  for (const title of titles) await expect(cell(page, title, 'fw:sdg').locator('.chip')).toHaveText(['11.1']);

  // Gaps: policies mapped to no SDG target at all.
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByRole('combobox', { name: 'Not mapped to' }).selectOption({ label: 'any SDG item' });
  await expect(page.getByText('9 of 12 shown')).toBeVisible();
  for (const title of titles) await expect(row(page, title)).toHaveCount(0);
  await shot(page, 'mapping-gaps');
  await filters.getByRole('combobox', { name: 'Not mapped to' }).selectOption({ label: '(no gap filter)' });
  const mappedTo = filters.getByRole('combobox', { name: 'Mapped to', exact: true });
  await mappedTo.fill('SDG 11');
  await mappedTo.press('Enter');
  await expect(page.getByText('3 of 12 shown')).toBeVisible();
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByText('3 of 12 shown')).toHaveCount(0);

  // One step back removes all three links; redo brings them back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone: add a link to the selection')).toBeVisible();
  for (const title of titles) await expect(cell(page, title, 'fw:sdg').locator('.chip')).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  for (const title of titles) await expect(cell(page, title, 'fw:sdg').locator('.chip')).toHaveText(['11.1']);

  // Set the status of the three, then delete them after confirming; undo restores policies and links.
  await bulk.getByRole('combobox', { name: 'Set status…' }).selectOption({ label: 'Suspended' });
  for (const title of titles) await expect(cell(page, title, 'status')).toHaveText('Suspended');
  await bulk.getByRole('button', { name: 'Delete selected' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('9 policies')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('12 policies')).toBeVisible();
  for (const title of titles) await expect(cell(page, title, 'fw:sdg').locator('.chip')).toHaveText(['11.1']);
});

/** Pastes text at the focused element the way a browser does after Ctrl+V from a spreadsheet. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

test('paste a 3x2 block from a spreadsheet: updates cells under the focus, appends rows, refuses bad cells', async ({ page }) => {
  await openFresh(page);
  // Three rows, two columns (city, country) starting at the first row's city.
  await cell(page, WATER, 'city').click();
  await paste(page, 'Saint-Louis\tSénégal\r\nCuritiba\tBrazil\r\nSuwon\tKorea\r\n');
  await expect(page.getByText('Pasted 3 rows: 3 updated, 0 added.')).toBeVisible();
  await expect(cell(page, WATER, 'city')).toHaveText('Saint-Louis');
  await expect(cell(page, 'Participatory budget for neighbourhood councils', 'country')).toHaveText('Brazil');
  await expect(cell(page, 'Human rights ordinance and annual city report', 'city')).toHaveText('Suwon');

  // Framework codes paste into framework columns; past the last row, new policies are added.
  await cell(page, 'Homeless outreach and housing first', 'title').click();
  await paste(page, 'Homeless outreach and housing first\tX; XI.2\nNight shelters for families\tCharter X.1\nRent guarantee fund\tX.4');
  await expect(page.getByText('Pasted 3 rows: 1 updated, 2 added.')).toBeVisible();
  await expect(page.getByText('14 policies')).toBeVisible();
  await expect(cell(page, 'Homeless outreach and housing first', 'fw:charter').locator('.chip')).toHaveText(['X', 'XI.2']);
  await expect(cell(page, 'Night shelters for families', 'fw:charter').locator('.chip')).toHaveText(['X.1']);

  // A bad cell refuses the whole block, with the reason.
  await cell(page, WATER, 'startYear').click();
  await paste(page, '2020\n2031\nnext year');
  await expect(page.getByRole('alert')).toContainText('Nothing pasted: 1 cell is invalid. Row 3, Start year: “next year” is not a year');
  await expect(cell(page, WATER, 'startYear')).toHaveText('2023');

  // The whole paste is one step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('12 policies')).toBeVisible();
  await expect(cell(page, 'Homeless outreach and housing first', 'fw:charter').locator('.chip')).toHaveCount(0);
  await page.reload();
  await expect(cell(page, WATER, 'city')).toHaveText('Saint-Louis');
  await expect(page.getByText('12 policies')).toBeVisible();
});

test('accept a suggestion (it becomes a link) and dismiss another (not suggested again)', async ({ page }) => {
  await openFresh(page);
  await cell(page, WATER, 'city').click();
  const panel = page.getByRole('complementary', { name: 'Mapping of the selected policy' });
  const suggestions = panel.getByRole('region', { name: 'Suggestions' });
  await expect(suggestions.getByRole('listitem').first()).toContainText('Why');
  await suggestions.getByRole('button', { name: 'Accept Charter XI.2' }).click();
  await expect(cell(page, WATER, 'fw:charter').locator('.chip')).toHaveText(['XI.2']);
  await expect(panel.getByRole('button', { name: 'Remove link XI.2' })).toBeVisible();
  await expect(suggestions.getByRole('button', { name: 'Accept Charter XI.2' })).toHaveCount(0);
  // The accepted article raises related items through the crosswalk.
  await expect(suggestions).toContainText('Related to Charter');
  await shot(page, 'mapping-suggestions');

  const dismissed = suggestions.getByRole('button', { name: /^Dismiss / }).first();
  const label = (await dismissed.getAttribute('aria-label'))!;
  await dismissed.click();
  await expect(suggestions.getByRole('button', { name: label })).toHaveCount(0);
  await page.reload();
  await cell(page, WATER, 'city').click();
  await expect(panel.getByRole('button', { name: 'Remove link XI.2' })).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Suggestions' }).getByRole('listitem').first()).toBeVisible();
  await expect(panel.getByRole('button', { name: label })).toHaveCount(0);
});
