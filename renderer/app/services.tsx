import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { AutoBackup } from '../backups/backupService';
import type { FrameworkCatalog } from '../../shared/frameworks/catalog';
import type { ChangeLog } from '../db/changeLog';
import type { HrmapDatabase } from '../db/database';
import type { LinkStore } from '../db/linkStore';
import type { PolicyStore } from '../db/policyStore';
import type { CatalogSource } from '../frameworks/catalogSource';
import type { Platform } from '../platform/platform';

/** What every feature may use, created once at start-up (see main.tsx). */
export interface Services {
  platform: Platform;
  db: HrmapDatabase;
  policies: PolicyStore;
  /** Policy-item links (renderer/db/linkStore.ts). */
  links: LinkStore;
  /** The undoable change log every store writes through. */
  changes: ChangeLog;
  /** Debounced automatic snapshots after changes (renderer/backups). */
  autoBackup: AutoBackup;
  /** Where the installed frameworks come from; `reload()` it after changing them (official text, a revision). */
  catalogs: CatalogSource;
  /** The installed frameworks as of now (`catalogs.catalog`): a new object after each reload, so memos follow it. */
  catalog: FrameworkCatalog;
}

const ServicesContext = createContext<Services | null>(null);

/** Provides the services, with `catalog` kept current: every consumer re-renders when the frameworks change. */
export function ServicesProvider({ services, children }: { services: Omit<Services, 'catalog'>; children: ReactNode }) {
  const { catalogs } = services;
  const catalog = useSyncExternalStore(catalogs.subscribe, () => catalogs.catalog);
  const value = useMemo(() => ({ ...services, catalog }), [services, catalog]);
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
