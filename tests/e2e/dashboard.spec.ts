import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { putLinks } from './idb';
import { shot, shotPath } from './shots';

const demo = JSON.parse(readFileSync('resources/demo/demo.hrmap.json', 'utf8')) as {
  policies: { id: string; title: string; city: string; groups: string[] }[];
  links: unknown[];
};

/** Mappings added to the demo register for these tests: policy id -> framework items. */
const MAPPINGS: Record<string, string[]> = {
  'demo-001': ['charter:XI.1', 'sdg:6.1', 'sdg:6.2'],
  'demo-002': ['charter:II', 'sdg:16.7'],
  'demo-003': ['charter:I', 'charter:XI'],
  'demo-004': ['sdg:11.1'],
};
const title = (id: string) => demo.policies.find((p) => p.id === id)!.title;

/** Writes links straight into the app's IndexedDB (as a mapping session would), then reloads. */
async function openWithMappings(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible();
  await putLinks(page, Object.entries(MAPPINGS).flatMap(([policyId, items]) => items.map((itemId) => [policyId, itemId] as const)));
  await page.reload();
  await page.getByRole('button', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Coverage dashboard' })).toBeVisible();
}

/** Moves over a chart until its tooltip names the wanted bar, and clicks there: what a person does with a mouse. */
async function clickBar(page: Page, chartTitle: string, tooltip: RegExp): Promise<void> {
  const card = page.locator('.dashboard-card', { has: page.getByRole('heading', { name: chartTitle }) });
  const box = (await card.locator('canvas').first().boundingBox())!;
  for (const yShare of [0.8, 0.7, 0.6]) {
    for (let x = box.x + 30; x < box.x + box.width - 10; x += 8) {
      await page.mouse.move(x, box.y + box.height * yShare);
      const tip = card.locator('.ag-charts-tooltip');
      if ((await tip.isVisible()) && tooltip.test((await tip.textContent()) ?? '')) {
        await page.mouse.click(x, box.y + box.height * yShare);
        return;
      }
    }
  }
  throw new Error(`no bar with a tooltip like ${tooltip} in ${chartTitle}`);
}

test('the dashboard shows the demo figures and clicking a bar filters the register', async ({ page }) => {
  await openWithMappings(page);
  const figure = (label: string) => page.locator('.figure-card', { has: page.getByText(label, { exact: true }) }).locator('dd');
  const cities = new Set(demo.policies.map((p) => p.city.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim()).filter(Boolean));
  await expect(figure('Policies')).toHaveText(String(demo.policies.length));
  await expect(figure('Mapped policies')).toHaveText(String(Object.keys(MAPPINGS).length));
  await expect(figure('Cities and territories')).toHaveText(String(cities.size));
  await expect(page.getByText(/^Nothing mapped to: Art\. III, /)).toBeVisible();
  await expect(page.getByRole('button', { name: /Africa, Charter article XI: 1 policy/ })).toBeVisible();
  await expect(page.getByText(`${Object.keys(MAPPINGS).length} cities and territories with at least one mapped policy`)).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Progress towards 10 cities and territories' })).toHaveAttribute('aria-valuenow', '4');
  await page.setViewportSize({ width: 1440, height: 1900 });
  await shot(page, 'dashboard-en');
  await page.setViewportSize({ width: 1440, height: 900 });

  await clickBar(page, 'Policies per Charter article', /Charter article XI/);
  await expect(page.getByRole('status').filter({ hasText: 'Showing 2 policies from the dashboard: Charter article XI' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(title('demo-001')) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(title('demo-003')) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(title('demo-002')) })).toHaveCount(0);
  await shot(page, 'dashboard-register-filter');
  await page.getByRole('button', { name: 'Show all policies' }).click();
  await expect(page.getByRole('row', { name: new RegExp(title('demo-002')) })).toBeVisible();

  await page.getByRole('button', { name: 'Dashboard' }).click();
  const unmapped = demo.policies.length - Object.keys(MAPPINGS).length;
  await page.getByRole('button', { name: `Show the ${unmapped} unmapped policies` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Showing ${unmapped} policies from the dashboard: Policies mapped to nothing` })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(title('demo-001')) })).toHaveCount(0);
});

test('a heat-map cell and the keyboard list filter the register too', async ({ page }) => {
  await openWithMappings(page);
  await page.getByRole('button', { name: /Latin America, Charter article II: 1 policy/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 policy from the dashboard' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(title('demo-002')) })).toBeVisible();
  await page.getByRole('button', { name: 'Dashboard' }).click();
  const sdgCard = page.locator('.dashboard-card', { has: page.getByRole('heading', { name: 'Policies per SDG' }) });
  await sdgCard.getByText('Show the figures as a list').click();
  await sdgCard.getByRole('button', { name: /Sustainable Development Goal 6: .*: 1 policy/ }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 policy from the dashboard: Sustainable Development Goal 6' })).toBeVisible();

  // A campaign bar counts cities with a mapped policy, and shows those mapped policies, not the whole region
  // (Europe has three demo policies, in Barcelona, Grigny and Vienna; only Barcelona's is mapped).
  await page.getByRole('button', { name: 'Dashboard' }).click();
  const campaignCard = page.locator('.dashboard-card', { has: page.getByRole('heading', { name: 'Cities and territories with a mapped policy, per region' }) });
  await campaignCard.getByText('Show the figures as a list').click();
  await campaignCard.getByRole('button', { name: 'Europe: mapped policies: 1 city or territory' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 policy from the dashboard: Europe: mapped policies' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(title('demo-004')) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(title('demo-012')) })).toHaveCount(0);
});

test('figures update live when the register changes, and milestones are a setting', async ({ page }) => {
  await openWithMappings(page);
  await page.getByRole('button', { name: 'Register' }).click();
  await page.getByRole('button', { name: 'Add policy' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Dashboard' }).click();
  const policies = page.locator('.figure-card', { has: page.getByText('Policies', { exact: true }) }).locator('dd');
  await expect(policies).toHaveText(String(demo.policies.length + 1));

  const input = page.getByRole('textbox', { name: 'Milestones' });
  await input.fill('3, 50');
  await page.getByRole('button', { name: 'Save milestones' }).click();
  await expect(page.getByText('Milestones saved.')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Progress towards 3 cities and territories' })).toBeVisible();
  await expect(page.getByText('Next milestone: 50 (46 to go)')).toBeVisible();
  await input.fill('lots');
  await page.getByRole('button', { name: 'Save milestones' }).click();
  await expect(page.getByRole('alert')).toContainText('“lots” is not a list of whole numbers');
  await page.reload();
  await page.getByRole('button', { name: 'Dashboard' }).click();
  await expect(page.getByRole('progressbar', { name: 'Progress towards 50 cities and territories' })).toBeVisible();
});

test('a chart exports as a PNG file', async ({ page }) => {
  await openWithMappings(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export “Policies per Charter article” as PNG' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('hrmap-policies-per-charter-article.png');
  const bytes = readFileSync((await file.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(5_000);
});

test('the dashboard reads in French and Spanish', async ({ page }) => {
  await openWithMappings(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Tableau de bord de la couverture' })).toBeVisible();
  await expect(page.getByText(/^Rien n’est rattaché à : Art\. III, /)).toBeVisible();
  await page.setViewportSize({ width: 1440, height: 1900 });
  await shot(page, 'dashboard-fr');
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('es');
  await expect(page.getByRole('heading', { name: 'Panel de cobertura' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exportar «Políticas por artículo de la Carta» como PNG' })).toBeVisible();
  await shot(page, 'dashboard-es');
});

test('the heat map exports as a PNG file too', async ({ page }) => {
  await openWithMappings(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export “Policies per UCLG region and Charter article” as PNG' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('hrmap-policies-per-uclg-region-and-charter-article.png');
  const bytes = readFileSync((await file.path())!);
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  await import('node:fs').then((fs) => fs.writeFileSync(shotPath('dashboard-heatmap-export'), bytes));
});
