import type { FrameworkCatalog } from '../../shared/frameworks/catalog';
import type { FrameworkItem } from '../../shared/model/framework';
import type { Lang } from '../../shared/model/lang';
import { search } from '../../shared/search/search';
import { indexFor } from '../../shared/search/searchIndex';

/** Finds framework items for what a person typed; every picker (cell editor, panel, bulk bar) asks through this. */
export type ItemSearch = (query: string, options: { frameworks?: readonly string[]; limit?: number }) => FrameworkItem[];

/**
 * The shared search (shared/search: exact code references first, then words in en/fr/es with typos forgiven)
 * over the catalogue, with results as catalogue items.
 */
export function catalogItemSearch(catalog: FrameworkCatalog, lang: Lang): ItemSearch {
  // Built on the first query, not when a picker mounts: opening the register must not wait for it.
  let index: ReturnType<typeof indexFor> | null = null;
  return (query, { frameworks, limit = 20 }) =>
    search((index ??= indexFor(catalog)), query, { lang, frameworks, limit }).flatMap((hit) => {
      const item = catalog.item(hit.id);
      return item ? [item] : [];
    });
}
