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
const listeners = new WeakMap<HrmapDatabase, Set<() => void>>();

function load(db: HrmapDatabase): Promise<CatalogState> {
  const promise = loadCatalog(db).then((catalog) => ({ catalog, index: indexFor(catalog) }));
  loaded.set(db, promise);
  return promise;
}

/**
 * Reads the installed frameworks again (after official wording was attached) and rebuilds the search index;
 * every mounted useCatalog gets the new state.
 */
export async function reloadCatalog(db: HrmapDatabase): Promise<CatalogState> {
  const state = await load(db);
  for (const listener of listeners.get(db) ?? []) listener();
  return state;
}

/** Loads the installed frameworks once per database and builds the search index once; null while loading. */
export function useCatalog(db: HrmapDatabase): CatalogState | null {
  const [state, setState] = useState<CatalogState | null>(null);
  useEffect(() => {
    let live = true;
    const update = () => void (loaded.get(db) ?? load(db)).then((value) => live && setState(value));
    const set = listeners.get(db) ?? new Set();
    listeners.set(db, set);
    set.add(update);
    update();
    return () => {
      live = false;
      set.delete(update);
    };
  }, [db]);
  return state;
}
