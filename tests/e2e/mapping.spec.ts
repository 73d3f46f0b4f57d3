import { expect, test, type Locator, type Page } from '@playwright/test';
import { putLinks } from './idb';
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

/** The mapping panel and the picker in it that adds a link. */
function panelOf(page: Page) {
  const panel = page.getByRole('complementary', { name: 'Mapping of the selected policy' });
  return { panel, picker: panel.getByRole('combobox', { name: 'Add a link' }), link: (code: string) => panel.getByRole('listitem').filter({ has: page.locator('.chip', { hasText: new RegExp(`^${code.replace('.', '\\.')}$`) }) }) };
}

/** Opens the framework cell editor of WATER's row in `colId` with the keyboard. */
async function openEditor(page: Page, colId: string, framework: string) {
  await cell(page, WATER, colId).click();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('combobox', { name: `Search ${framework}` });
  await expect(editor).toBeFocused();
  return { editor, group: page.getByRole('group', { name: `${framework} items of this policy` }) };
}

test('map a policy through the cell editor and the panel; reload; undo and redo', async ({ page }) => {
  await openFresh(page);
  const { panel, picker, link } = panelOf(page);
  const charterChips = cell(page, WATER, 'fw:charter').locator('.chip');
  const sdgChips = cell(page, WATER, 'fw:sdg').locator('.chip');

  // Charter XI through the cell editor: type to search, pick with the keyboard; the panel lists it with its title.
  let { editor, group } = await openEditor(page, 'fw:charter', 'Charter');
  await editor.fill('XI');
  await expect(group.getByRole('option').first()).toContainText('XI');
  await shot(page, 'mapping-editor');
  await editor.press('Enter');
  await expect(group.locator('.chip')).toHaveText(['XI×']);
  await editor.press('Enter');
  await expect(charterChips).toHaveText(['XI']);
  await expect(panel.getByRole('heading', { name: WATER })).toBeVisible();
  await expect(link('XI')).toContainText('Right to clean water and to food');

  // SDG 6.1 through the panel's search picker; the grid shows its chip.
  await picker.fill('SDG 6.1');
  await expect(panel.getByRole('option').first()).toContainText('6.1');
  await picker.press('Enter');
  await expect(sdgChips).toHaveText(['6.1']);
  await expect(cell(page, WATER, 'links')).toHaveText('2');
  await shot(page, 'mapping-panel');

  // Each the other way round: XI leaves by Backspace in the editor and comes back through the panel ...
  ({ editor, group } = await openEditor(page, 'fw:charter', 'Charter'));
  await editor.press('Backspace');
  await expect(group.locator('.chip')).toHaveCount(0);
  await editor.press('Enter');
  await expect(charterChips).toHaveCount(0);
  await expect(panel).toContainText('Not mapped to any Charter item yet.');
  await picker.fill('Charter XI');
  await expect(panel.getByRole('option').first()).toContainText('XI');
  await picker.press('Enter');
  await expect(charterChips).toHaveText(['XI']);
  // ... and 6.1 leaves from the panel and comes back through the SDG cell editor.
  await panel.getByRole('button', { name: 'Remove link 6.1' }).click();
  await expect(sdgChips).toHaveCount(0);
  ({ editor, group } = await openEditor(page, 'fw:sdg', 'SDG'));
  await editor.fill('6.1');
  await expect(group.getByRole('option').first()).toContainText('6.1');
  await editor.press('Enter');
  await editor.press('Enter');
  await expect(sdgChips).toHaveText(['6.1']);
  await expect(link('6.1')).toContainText('Safe and affordable drinking water for all');
  await expect(cell(page, WATER, 'links')).toHaveText('2');

  await page.reload();
  await expect(charterChips).toHaveText(['XI']);
  await expect(sdgChips).toHaveText(['6.1']);

  // The history survived the reload. Back three steps: 6.1 added in the editor, 6.1 removed in the panel, XI re-added.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(sdgChips).toHaveCount(0);
  await cell(page, WATER, 'city').click();
  await page.keyboard.press('Control+z');
  await expect(sdgChips).toHaveText(['6.1']);
  await page.keyboard.press('Control+z');
  await expect(charterChips).toHaveCount(0);
  // Forward again by each redo key and the button.
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByText('Redone: add a link')).toBeVisible();
  await expect(charterChips).toHaveText(['XI']);
  await page.keyboard.press('Control+y');
  await expect(page.getByText('Redone: remove a link')).toBeVisible();
  await expect(sdgChips).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(sdgChips).toHaveText(['6.1']);
  await page.reload();
  await expect(charterChips).toHaveText(['XI']);
  await expect(sdgChips).toHaveText(['6.1']);
  await shot(page, 'mapping-grid');
});

test('bulk-tag three policies as one undoable step; filter the gaps and by item', async ({ page }) => {
  await openFresh(page);
  // A policy mapped to the Charter only: it is a gap for the SDGs, not for the Charter.
  await cell(page, WATER, 'city').click();
  const { picker: panelPicker } = panelOf(page);
  await panelPicker.fill('Charter XI');
  await expect(page.getByRole('complementary').getByRole('option').first()).toContainText('XI');
  await panelPicker.press('Enter');
  await expect(cell(page, WATER, 'fw:charter').locator('.chip')).toHaveText(['XI']);
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
  // The picker is gone and focus is back on the button that opened it, not on the page.
  await expect(picker).toHaveCount(0);
  await expect(bulk.getByRole('button', { name: 'Add link…' })).toBeFocused();
  for (const title of titles) await expect(cell(page, title, 'fw:sdg').locator('.chip')).toHaveText(['11.1']);

  // Gaps: policies mapped to no SDG target at all, whatever else they are mapped to.
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByRole('combobox', { name: 'Not mapped to' }).selectOption({ label: 'any SDG item' });
  await expect(page.getByText('9 of 12 shown')).toBeVisible();
  for (const title of titles) await expect(row(page, title)).toHaveCount(0);
  await expect(cell(page, WATER, 'fw:charter').locator('.chip')).toHaveText(['XI']);
  await shot(page, 'mapping-gaps');
  await filters.getByRole('combobox', { name: 'Not mapped to' }).selectOption({ label: 'any Charter item' });
  await expect(page.getByText('11 of 12 shown')).toBeVisible();
  await expect(row(page, WATER)).toHaveCount(0);
  for (const title of titles) await expect(row(page, title)).toHaveCount(1);
  await filters.getByRole('combobox', { name: 'Not mapped to' }).selectOption({ label: '(no gap filter)' });
  const mappedTo = filters.getByRole('combobox', { name: 'Mapped to', exact: true });
  // The pointer is still where "Add link…" was, under where the list drops down: a list item that appears
  // under it becomes the active one. Keep it out of the way; this step is about the keyboard.
  await page.mouse.move(700, 880);
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

  // Set the status of the three from the menu: moving through it with the arrows applies nothing; Enter does.
  const setStatus = bulk.getByRole('button', { name: 'Set status…' });
  await setStatus.focus();
  await page.keyboard.press('ArrowDown');
  const statusMenu = bulk.getByRole('menu', { name: 'Set status…' });
  await expect(statusMenu.getByRole('menuitem', { name: 'Planned' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(statusMenu.getByRole('menuitem', { name: 'Completed' })).toBeFocused();
  await expect(cell(page, titles[1]!, 'status')).toHaveText('Planned');
  await page.keyboard.press('Escape');
  await expect(statusMenu).toHaveCount(0);
  await expect(setStatus).toBeFocused();
  await expect(cell(page, titles[1]!, 'status')).toHaveText('Planned');
  await page.keyboard.press('ArrowUp');
  await expect(statusMenu.getByRole('menuitem', { name: 'Suspended' })).toBeFocused();
  await page.keyboard.press('Enter');
  for (const title of titles) await expect(cell(page, title, 'status')).toHaveText('Suspended');
  await expect(setStatus).toBeFocused();
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
  // Rows in the register's own layout: title, city, country, region, sector, status, start year, Charter.
  await paste(
    page,
    [
      'Homeless outreach and housing first\tVienna\tAustria\tEurope\tHousing\tIn progress\t2021\tX; XI.2',
      'Night shelters for families\tVienna\tAustria\tEurope\tHousing\tPlanned\t2027\tCharter X.1',
      'Rent guarantee fund\t\t\t\t\t\t\tX.4',
    ].join('\n'),
  );
  await expect(page.getByText('Pasted 3 rows: 1 updated, 2 added.')).toBeVisible();
  await expect(page.getByText('14 policies')).toBeVisible();
  await expect(cell(page, 'Homeless outreach and housing first', 'fw:charter').locator('.chip')).toHaveText(['X', 'XI.2']);
  await expect(cell(page, 'Night shelters for families', 'fw:charter').locator('.chip')).toHaveText(['X.1']);
  await expect(cell(page, 'Night shelters for families', 'status')).toHaveText('Planned');

  // A bad cell refuses the whole block, with the reason.
  await cell(page, WATER, 'startYear').click();
  await paste(page, '2020\n2031\nnext year');
  await expect(page.getByRole('alert')).toContainText('Nothing pasted: 1 cell is invalid. Row 3, Start year: “next year” is not a year');
  await expect(cell(page, WATER, 'startYear')).toHaveText('2023');
  // Many bad cells: the first three are named, the others counted.
  await paste(page, 'soon\nlater\n2020\nnever\nsometime\nnext year');
  await expect(page.getByRole('alert')).toHaveText(
    'Nothing pasted: 5 cells are invalid. Row 1, Start year: “soon” is not a year between 1900 and 2100; ' +
      'Row 2, Start year: “later” is not a year between 1900 and 2100; Row 4, Start year: “never” is not a year between 1900 and 2100; and 2 more cells.',
  );
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

test('keyboard first: F6 goes round toolbar, grid and panel; Alt+M reaches the panel; Tab leaves a row at its end', async ({ page }) => {
  await openFresh(page);
  const { panel, picker } = panelOf(page);
  const inGrid = page.locator('.grid-host :focus');
  await page.keyboard.press('F6');
  await expect(page.getByRole('button', { name: 'Add policy' })).toBeFocused();
  await page.keyboard.press('F6');
  await expect(cell(page, WATER, 'title')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(cell(page, WATER, 'city')).toBeFocused();
  // The panel's picker: map the focused row without a mouse.
  await page.keyboard.press('F6');
  await expect(picker).toBeFocused();
  await expect(panel.getByRole('heading', { name: WATER })).toBeVisible();
  await page.keyboard.type('SDG 6.1');
  await expect(panel.getByRole('option').first()).toContainText('6.1');
  await page.keyboard.press('Enter');
  await expect(cell(page, WATER, 'fw:sdg').locator('.chip')).toHaveText(['6.1']);
  // Back to the same cell, and round to the toolbar again.
  await page.keyboard.press('Shift+F6');
  await expect(cell(page, WATER, 'city')).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(page.getByRole('button', { name: 'Add policy' })).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(picker).toBeFocused();

  // Tab goes along the row and, at its last cell, on to the panel; Shift+Tab at its first cell goes back up.
  await page.keyboard.press('F6');
  await page.keyboard.press('F6');
  await expect(cell(page, WATER, 'city')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(cell(page, WATER, 'country')).toBeFocused();
  // Ctrl+→ and Ctrl+← go to the ends of the row (Home and End go to the first and last row).
  await page.keyboard.press('Control+ArrowRight');
  await expect(cell(page, WATER, 'updatedAt')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(inGrid).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Close panel' })).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await page.keyboard.press('Control+ArrowLeft');
  await page.keyboard.press('Shift+Tab');
  await expect(inGrid).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Filters' }).locator(':focus')).toHaveCount(1);

  // In the panel: strength, rationale and suggestions are all a Tab away from the picker.
  await page.keyboard.press('Alt+m');
  await expect(picker).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('combobox', { name: 'Strength 6.1' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Edit link 6.1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('textbox', { name: 'Rationale 6.1' })).toBeFocused();
  await page.keyboard.type('Caps the water bill of poor households.');
  await page.keyboard.press('Control+Enter');
  await expect(panel.getByText('Caps the water bill of poor households.')).toBeVisible();
  await page.keyboard.press('Alt+m');
  let steps = 0;
  while (!(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Accept ') ?? false)) && steps++ < 12) await page.keyboard.press('Tab');
  const accept = panel.getByRole('region', { name: 'Suggestions' }).getByRole('button', { name: /^Accept / }).first();
  await expect(accept).toBeFocused();
  const code = (await accept.getAttribute('aria-label'))!.replace(/^Accept \w+ /, '');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: `Remove link ${code}` })).toBeVisible();

  // Closed, the panel opens again on Alt+M, with focus in its picker.
  await panel.getByRole('button', { name: 'Close panel' }).press('Enter');
  await expect(panel).toHaveCount(0);
  await page.keyboard.press('Alt+m');
  await expect(picker).toBeFocused();
  await expect(page.getByText('Keys: F6 next area')).toBeVisible();
});

test('columns: hide one from the Columns menu with the keyboard, widen another; both survive a reload; reset', async ({ page }) => {
  await openFresh(page);
  const columns = page.getByRole('button', { name: 'Columns' });
  const menu = page.getByRole('menu', { name: 'Columns' });
  const sector = page.getByRole('columnheader', { name: 'Sector' });
  const cityHeader = page.locator('.ag-header-cell[col-id="city"]');
  const width = async () => Math.round((await cityHeader.boundingBox())!.width);
  await expect(sector).toBeVisible();
  const defaultWidth = await width();

  await columns.focus();
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Title' })).toHaveAttribute('aria-disabled', 'true');
  await expect(menu.getByRole('menuitemcheckbox', { name: 'City or territory' })).toBeFocused();
  await page.keyboard.press('s');
  const sectorItem = menu.getByRole('menuitemcheckbox', { name: 'Sector' });
  await expect(sectorItem).toBeFocused();
  await page.keyboard.press('Space');
  await expect(sectorItem).toHaveAttribute('aria-checked', 'false');
  await expect(sector).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(columns).toBeFocused();

  // Widen "City or territory" by its header's resize handle.
  const handle = (await cityHeader.locator('.ag-header-cell-resize').boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2 + 80, handle.y + handle.height / 2, { steps: 8 });
  await page.mouse.up();
  const widened = await width();
  expect(widened).toBeGreaterThan(defaultWidth + 60);
  await shot(page, 'register-columns');

  await page.reload();
  await expect(page.getByRole('gridcell', { name: WATER })).toBeVisible();
  await expect(sector).toHaveCount(0);
  expect(Math.abs((await width()) - widened)).toBeLessThanOrEqual(1);

  // Reset: every column back, at its default width; and so after a reload too.
  await columns.click();
  await menu.getByRole('menuitem', { name: 'Reset columns' }).click();
  await expect(sector).toBeVisible();
  expect(await width()).toBe(defaultWidth);
  await page.reload();
  await expect(page.getByRole('gridcell', { name: WATER })).toBeVisible();
  await expect(sector).toBeVisible();
  expect(await width()).toBe(defaultWidth);
});

test('"Last change" shows the latest change to a policy or to its links, as read at start', async ({ page }) => {
  await openFresh(page);
  // Links saved on 1 February 2026 (putLinks), after the policy itself (15 January).
  await putLinks(page, [['demo-001', 'sdg:6.1']]);
  await page.reload();
  await expect(cell(page, WATER, 'fw:sdg')).toHaveText('6.1');
  const shown = (at: string) => page.evaluate((iso) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)), at);
  // The column is the row's last: go there with the keyboard, which scrolls it into view.
  await cell(page, WATER, 'city').click();
  await page.keyboard.press('Control+ArrowRight');
  await expect(cell(page, WATER, 'updatedAt')).toHaveText(await shown('2026-02-01T10:00:00.000Z'));
  await expect(cell(page, 'Participatory budget for neighbourhood councils', 'updatedAt')).toHaveText(await shown('2026-01-15T09:00:00.000Z'));
});
