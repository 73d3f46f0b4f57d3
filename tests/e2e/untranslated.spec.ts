import { expect, test, type Page } from '@playwright/test';
import { putLinks } from './idb';
import { shot } from './shots';

const WATER = 'Water tariff relief for low-income households';
const MARKER = 'Pas encore traduit : affiché en anglais';
/** Items whose French title is taken out of the installed catalogue, as an imported pack without French would be. */
const NO_FRENCH = ['sdg:6.1', 'charter:XI', 'charter:XI.2'];

/** Deletes the French title of some installed items straight in IndexedDB; the app reads the catalogue at start. */
async function dropFrenchTitles(page: Page, ids: string[]): Promise<void> {
  await page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('hrmap');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('items', 'readwrite');
    const store = tx.objectStore('items');
    for (const id of wanted) {
      const item = await new Promise<{ title: Record<string, string> }>((resolve, reject) => {
        const get = store.get(id);
        get.onsuccess = () => resolve(get.result);
        get.onerror = () => reject(get.error);
      });
      delete item.title['fr'];
      store.put(item);
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, ids);
}

test('a framework item without a French title is shown in English with the marker everywhere it appears', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('gridcell', { name: WATER })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await putLinks(page, [['demo-001', 'sdg:6.1'], ['demo-001', 'charter:XI.1']]);
  await dropFrenchTitles(page, NO_FRENCH);
  await page.reload();

  // Register: the chip is marked, and its title says why it is in English.
  const row = page.getByRole('row', { name: new RegExp(WATER) });
  const sdgChip = row.locator('[col-id="fw:sdg"] .chip');
  await expect(sdgChip).toHaveText('6.1');
  await expect(sdgChip).toHaveClass(/untranslated/);
  await expect(sdgChip).toHaveAttribute('title', `6.1 · Safe and affordable drinking water for all (pas encore traduit : affiché en anglais)`);
  // A translated item next to it is not marked.
  await expect(row.locator('[col-id="fw:charter"] .chip')).not.toHaveClass(/untranslated/);

  // Mapping panel: the link, a suggestion and a picker option carry the marker.
  await row.locator('[col-id="city"]').click();
  const panel = page.getByRole('complementary', { name: 'Rattachements de la politique sélectionnée' });
  const link = panel.locator('.link-row', { hasText: 'Safe and affordable drinking water for all' });
  await expect(link.locator('.untranslated-flag')).toHaveText(MARKER);
  await expect(link.locator('.link-title')).toHaveAttribute('lang', 'en');
  await expect(panel.locator('.link-row', { hasText: 'XI.1' }).locator('.untranslated-flag')).toHaveCount(0);
  const suggestion = panel.locator('.suggestion', { hasText: 'Progressive (tiered) water tariffs' });
  await expect(suggestion.locator('.untranslated-flag')).toHaveText(MARKER);
  const picker = panel.getByRole('combobox', { name: 'Ajouter un lien' });
  await picker.fill('XI');
  const option = panel.getByRole('option', { name: /Right to clean water and to food/ });
  await expect(option.locator('.untranslated-flag')).toHaveText(MARKER);
  await shot(page, 'untranslated-picker-fr');
  await picker.fill('');
  await link.scrollIntoViewIfNeeded();
  await shot(page, 'untranslated-panel-fr');

  // Search and item view: the result, and the related item in the item view.
  await page.getByRole('button', { name: 'Référentiels' }).click();
  await page.getByRole('combobox', { name: 'Rechercher dans les référentiels' }).fill('XI');
  const result = page.getByRole('option', { name: /Right to clean water and to food/ });
  await expect(result.locator('.untranslated-flag')).toHaveText(MARKER);
  await result.click();
  await expect(page.getByRole('heading', { name: /Right to clean water and to food/ })).toBeVisible();
  const related = page.getByRole('button', { name: `ODD 6.1 : Safe and affordable drinking water for all (pas encore traduit : affiché en anglais)` });
  await expect(related.locator('.untranslated-flag')).toHaveText(MARKER);
  await expect(page.getByRole('button', { name: /^ODD 6\.2 : / }).locator('.untranslated-flag')).toHaveCount(0);
  await shot(page, 'untranslated-search-fr');

  // Dashboard: the article's long label (bar tooltips, the list of figures, the register filter).
  await page.getByRole('button', { name: 'Tableau de bord' }).click();
  const card = page.locator('.dashboard-card', { has: page.getByRole('heading', { name: 'Politiques par article de la Charte' }) });
  await card.getByText('Afficher les chiffres sous forme de liste').click();
  await expect(card.getByRole('button', { name: /^Article XI de la Charte : Right to clean water and to food \(pas encore traduit : affiché en anglais\) : / })).toBeVisible();
  await expect(card.getByRole('button', { name: /^Article X de la Charte : Droit au logement/ })).toBeVisible();
});
