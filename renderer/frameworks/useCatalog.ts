import { useEffect, useState } from 'react';
import type { FrameworkCatalog } from '../../shared/frameworks/catalog';
import { indexFor, type SearchIndex } from '../../shared/search/searchIndex';
import { useServices } from '../app/services';

export interface CatalogState {
  catalog: FrameworkCatalog;
  index: SearchIndex;
}

/**
 * The installed catalogue (from the one CatalogSource) with its search index, or null while the index of a new
 * catalogue is being built. The build waits for the next task so the view paints first; `indexFor` keeps one
 * index per catalogue, shared with the mapping pickers and suggestions.
 */
export function useCatalog(): CatalogState | null {
  const { catalog } = useServices();
  const [state, setState] = useState<CatalogState | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => live && setState({ catalog, index: indexFor(catalog) }), 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [catalog]);
  return state?.catalog === catalog ? state : null;
}
