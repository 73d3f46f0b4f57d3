import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Where the e2e screenshots go: test-results/screenshots by default, so a test run leaves the tree clean;
 * `DOCS_SCREENSHOTS=1 npm run test:e2e` refreshes the committed ones in docs/screenshots.
 */
export function shotPath(name: string): string {
  const path = join(process.env['DOCS_SCREENSHOTS'] ? 'docs/screenshots' : 'test-results/screenshots', `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: shotPath(name) });
}
