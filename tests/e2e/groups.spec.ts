import { expect, test, type Locator, type Page } from '@playwright/test';
import { shot } from './shots';

const WATER = 'Water tariff relief for low-income households';
const BUDGET = 'Participatory budget for neighbourhood councils';

function row(page: Page, title: string): Locator {
  return page.getByRole('row', { name: new RegExp(title) });
}

function groupsCell(page: Page, title: string): Locator {
  return row(page, title).locator('[col-id="groups"]');
}

test('rights-holder groups: chips, the multi-select editor, bulk add and remove, live on the dashboard', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('gridcell', { name: WATER })).toBeVisible();
  await expect(groupsCell(page, WATER).locator('.chip')).toHaveText(['Persons living in poverty']);

  // Edit in place: type to search, Enter adds, Enter on an empty search saves.
  await groupsCell(page, WATER).click();
  await page.keyboard.press('Enter');
  const search = page.getByRole('combobox', { name: 'Search rights-holder groups' });
  await expect(search).toBeFocused();
  await search.fill('migr');
  await expect(page.getByRole('group', { name: 'Rights-holder groups', exact: true }).getByRole('option').first()).toContainText('Migrants');
  await shot(page, 'groups-editor');
  await search.press('Enter');
  await search.press('Enter');
  await expect(groupsCell(page, WATER).locator('.chip')).toHaveText(['Migrants', 'Persons living in poverty']);

  // Bulk: add "Homeless persons" to two selected policies, then remove it from them, each as one step.
  for (const title of [WATER, BUDGET]) await row(page, title).getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Add group…' }).click();
  await page.getByRole('menu', { name: 'Add group…' }).getByRole('menuitem', { name: 'Homeless persons' }).click();
  await expect(page.getByText('“Homeless persons” added to 2 policies.')).toBeVisible();
  await expect(groupsCell(page, BUDGET).locator('.chip')).toHaveText(['All residents', 'Homeless persons']);
  await shot(page, 'groups-column');

  // The dashboard counts the new groups at once.
  await page.getByRole('button', { name: 'Dashboard' }).click();
  const card = page.locator('.dashboard-card', { has: page.getByRole('heading', { name: 'Policies per rights-holder group' }) });
  await card.getByText('Show the figures as a list').click();
  await expect(card.getByRole('button', { name: 'Homeless persons: 3 policies' })).toBeVisible();
  await card.getByRole('button', { name: 'Migrants: 2 policies' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 2 policies from the dashboard: Migrants' })).toBeVisible();
  await expect(row(page, WATER)).toBeVisible();
  await page.getByRole('button', { name: 'Show all policies' }).click();

  for (const title of [WATER, BUDGET]) await row(page, title).getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Remove group…' }).click();
  await page.getByRole('menu', { name: 'Remove group…' }).getByRole('menuitem', { name: 'Homeless persons' }).click();
  await expect(page.getByText('“Homeless persons” removed from 2 policies.')).toBeVisible();
  await expect(groupsCell(page, BUDGET).locator('.chip')).toHaveText(['All residents']);

  // Saved: a reload shows the edit, and undo takes back the last bulk step.
  await page.reload();
  await expect(groupsCell(page, WATER).locator('.chip')).toHaveText(['Migrants', 'Persons living in poverty']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(groupsCell(page, BUDGET).locator('.chip')).toHaveText(['All residents', 'Homeless persons']);
});

test('the register filters by rights-holder group, and remembers it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('gridcell', { name: WATER })).toBeVisible();
  const groupFilter = page.getByRole('group', { name: 'Filters' }).getByRole('combobox', { name: 'Rights-holder group' });
  await expect(groupFilter.getByRole('option')).toHaveCount(15);
  await groupFilter.selectOption({ label: 'Children and youth' });
  await expect(page.getByText('3 of 12 shown')).toBeVisible();
  await expect(row(page, 'Safe routes to school')).toBeVisible();
  await expect(row(page, WATER)).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('3 of 12 shown')).toBeVisible();
  await expect(groupFilter).toHaveValue('children-youth');
  // "All residents" is a group of its own: only the policies that name it.
  await groupFilter.selectOption({ label: 'All residents' });
  await expect(page.getByText('3 of 12 shown')).toBeVisible();
  await expect(row(page, BUDGET)).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByText('12 policies')).toBeVisible();
  await expect(page.getByText('of 12 shown')).toHaveCount(0);
});

test('the groups column filters by name in the interface language', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.getByRole('columnheader', { name: 'Titulaires de droits' })).toBeVisible();
  await page.getByRole('searchbox').first().fill('sans abri');
  await expect(page.getByText('1 sur 12 affichées')).toBeVisible();
  await expect(groupsCell(page, 'Homeless outreach and housing first').locator('.chip')).toHaveText(['Personnes sans abri']);
});

test('groups paste from a spreadsheet by name, in any of the three languages, as one undoable step', async ({ page }) => {
  await page.goto('/');
  await groupsCell(page, WATER).click();
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, 'Femmes et filles; Migrants\nPersonas mayores\n');
  await expect(page.getByText('Pasted 2 rows: 2 updated, 0 added.')).toBeVisible();
  await expect(groupsCell(page, WATER).locator('.chip')).toHaveText(['Women and girls', 'Migrants']);
  await expect(groupsCell(page, BUDGET).locator('.chip')).toHaveText(['Older persons']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(groupsCell(page, BUDGET).locator('.chip')).toHaveText(['All residents']);
});
