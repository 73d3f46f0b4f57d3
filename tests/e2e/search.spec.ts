import { expect, test, type Page } from '@playwright/test';
import { shot } from './shots';

async function openSearch(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: 'Frameworks' }).click();
  await expect(page.getByRole('combobox', { name: 'Search frameworks' })).toBeFocused();
}

test('search in English with a typo, move with the keyboard, open an item with its relations', async ({ page }) => {
  await openSearch(page);
  const box = page.getByRole('combobox', { name: 'Search frameworks' });
  await box.fill('right to watr');
  const results = page.getByRole('listbox', { name: 'Results' });
  const first = results.getByRole('option').first();
  await expect(first).toContainText('Right to clean water and to food');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(first.locator('mark', { hasText: /^water$/i }).first()).toBeVisible();

  await box.press('ArrowDown');
  await expect(results.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowUp');
  await box.press('Enter');
  const item = page.getByRole('region', { name: 'Item' });
  await expect(item.getByRole('heading', { level: 2 })).toHaveText(/XI\s+Right to clean water and to food/);
  await expect(item.getByRole('heading', { name: 'Related items (crosswalk)' })).toBeVisible();
  await expect(item.getByRole('button', { name: /^UDHR 25:/ })).toBeVisible();
  await expect(item.getByText('No policy is mapped to this item yet.')).toBeVisible();
  await shot(page, 'search-en');

  // Children and parent are links inside the item view.
  await item.getByRole('button', { name: /^Charter XI\.2:/ }).click();
  await expect(item.getByRole('heading', { level: 2 })).toHaveText(/XI\.2\s+Progressive \(tiered\) water tariffs/);
  await item.getByRole('button', { name: /^Charter XI:/ }).click();
  await expect(item.getByRole('heading', { level: 2 })).toHaveText(/^XI\s/);
});

test('exact references go straight to the item', async ({ page }) => {
  await openSearch(page);
  const box = page.getByRole('combobox', { name: 'Search frameworks' });
  for (const [query, title] of [
    ['Art. 25', 'Article 25: Adequate standard of living'],
    ['11.7', 'Safe, inclusive green and public spaces'],
    ['Charter XI.2', 'Progressive (tiered) water tariffs'],
  ] as const) {
    await box.fill(query);
    const first = page.getByRole('listbox', { name: 'Results' }).getByRole('option').first();
    await expect(first).toContainText(title);
    await expect(first).toContainText('Exact reference');
  }
});

test('search in French without accents and in Spanish with a typo, with filters', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('fr');
  await page.getByRole('navigation').getByRole('button', { name: 'Référentiels' }).click();
  const box = page.getByRole('combobox', { name: 'Rechercher dans les référentiels' });
  await box.fill('securite alimentaire');
  const results = page.getByRole('listbox', { name: 'Résultats' });
  await expect(results.getByRole('option').first()).toBeVisible();
  await expect(results.getByRole('option').filter({ hasText: /alimentaire/ }).first().locator('mark').first()).toHaveText(/sécurité|alimentaire/i);
  await page.getByRole('checkbox', { name: 'ODD' }).check();
  for (const badge of await results.locator('.fw-badge').allTextContents()) expect(badge).toBe('ODD');
  await shot(page, 'search-fr');

  await page.getByRole('combobox', { name: 'Langue', exact: true }).selectOption('es');
  const boxEs = page.getByRole('combobox', { name: 'Buscar en los marcos' });
  await boxEs.fill('vivenda asequible');
  await page.getByRole('checkbox', { name: 'ODS' }).uncheck();
  const resultsEs = page.getByRole('listbox', { name: 'Resultados' });
  await expect(resultsEs.getByRole('option').filter({ hasText: 'Oferta de vivienda asequible y social y regulación del mercado' })).toBeVisible();
  await boxEs.press('Enter');
  await expect(page.getByRole('region', { name: 'Elemento' }).getByRole('heading', { level: 2 })).toBeVisible();
  await shot(page, 'search-es');

  await boxEs.fill('educacion');
  await page.getByRole('combobox', { name: 'Buscar las palabras en' }).selectOption('es');
  await expect(resultsEs.getByRole('option').first().locator('mark').first()).toHaveText(/educación/i);
  await boxEs.fill('zzqqxxw');
  await expect(page.getByText('Nada coincide con «zzqqxxw».', { exact: false })).toBeVisible();
});
