import { useEffect, useState } from 'react';
import type { FrameworkCatalog } from '../../shared/frameworks/catalog';
import { indexFor, type SearchIndex } from '../../shared/search/searchIndex';
import type { HrmapDatabase } from '../db/database';
import { loadCatalog } from './installFrameworks';

export interface CatalogState {
  catalog: FrameworkCatalog;
  index: SearchIndex;
}

const loaded = new WeakMap<HrmapDatabase, Promise<CatalogState>>();

/** Loads the installed frameworks once per database and builds the search index once; null while loading. */
export function useCatalog(db: HrmapDatabase): CatalogState | null {
  const [state, setState] = useState<CatalogState | null>(null);
  useEffect(() => {
    let live = true;
    let promise = loaded.get(db);
    if (!promise) {
      promise = loadCatalog(db).then((catalog) => ({ catalog, index: indexFor(catalog) }));
      loaded.set(db, promise);
    }
    void promise.then((value) => live && setState(value));
    return () => {
      live = false;
    };
  }, [db]);
  return state;
}
