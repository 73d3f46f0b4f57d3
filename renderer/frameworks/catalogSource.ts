import type { FrameworkCatalog } from '../../shared/frameworks/catalog';
import type { HrmapDatabase } from '../db/database';
import { loadCatalog } from './installFrameworks';

/**
 * The one catalogue every feature reads: the frameworks as installed in this database (built-in packs, a
 * user's revision, attached official wording). It is read at start-up and read again after anything changes
 * the installed frameworks (`reload`); subscribers (ServicesProvider) then hand the new catalogue to every
 * view. Features never load their own: a second copy goes stale and builds a second search index
 * (`indexFor` keeps one index per catalogue object).
 */
export class CatalogSource {
  private current: FrameworkCatalog;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly db: HrmapDatabase,
    initial: FrameworkCatalog,
  ) {
    this.current = initial;
  }

  static async open(db: HrmapDatabase): Promise<CatalogSource> {
    return new CatalogSource(db, await loadCatalog(db));
  }

  get catalog(): FrameworkCatalog {
    return this.current;
  }

  /** For useSyncExternalStore: called after every reload; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Reads the installed frameworks again (after official text, a revision) and tells every subscriber. */
  async reload(): Promise<FrameworkCatalog> {
    this.current = await loadCatalog(this.db);
    for (const listener of [...this.listeners]) listener();
    return this.current;
  }
}
