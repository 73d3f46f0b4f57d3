import { createContext, useContext, type ReactNode } from 'react';
import type { FrameworkCatalog } from '../../shared/frameworks/catalog';
import type { ChangeLog } from '../db/changeLog';
import type { HrmapDatabase } from '../db/database';
import type { LinkStore } from '../db/linkStore';
import type { PolicyStore } from '../db/policyStore';
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
  /** The reference frameworks (built-in packs for now). */
  catalog: FrameworkCatalog;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
