import type { ItemKind } from '../model/framework';
import type { FrameworkCatalog } from './catalog';

/** The kinds worth counting in a summary, under the names reports and the CLI print. */
const COUNTED: Partial<Record<ItemKind, string>> = { article: 'articles', action: 'actions', goal: 'goals', target: 'targets' };

/** How many articles, action items, goals and targets a framework has: {articles: 12, actions: 61}. */
export function frameworkCounts(catalog: FrameworkCatalog, frameworkId: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of catalog.itemsOf(frameworkId)) {
    const name = COUNTED[item.kind];
    if (name) counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}
