import type { GridApi } from 'ag-grid-community';
import type { FrameworkItem } from '../../shared/model/framework';
import { linkId, type Link } from '../../shared/model/link';
import { newPolicy, POLICY_STATUSES, REGIONS, type Policy } from '../../shared/model/policy';
import type { Services } from '../app/services';
import type { RegisterRow } from './registerRows';

/**
 * Hooks `npm run bench` drives in Chromium, on `window.__hrmapBench`. Only compiled in when the renderer is
 * built with VITE_HRMAP_BENCH=1 (see RegisterView); a normal build has none of this.
 *
 *   1. await __hrmapBench.generate(20000, 100000)   // replaces the database content, no undo entry
 *   2. reload; wait for __hrmapBench.firstRowsMs    // ms from navigation start to the first rows rendered
 *   3. await __hrmapBench.quickFilter('water')      // ms until the filtered rows are painted
 *   4. await __hrmapBench.bulkLink(1000, 'sdg:6.1') // ms to link 1,000 selected policies, saved and shown
 */
export interface BenchHooks {
  firstRowsMs: number | null;
  generate(policyCount: number, linkCount: number): Promise<void>;
  load(policies: Policy[], links: Link[]): Promise<void>;
  quickFilter(text: string): Promise<number>;
  bulkLink(count: number, itemId: string): Promise<number>;
  displayedRows(): number;
}

declare global {
  interface Window {
    __hrmapBench?: BenchHooks;
  }
}

let firstRowsMs: number | null = null;

/** Called when the grid first shows rows. */
export function markFirstRows(): void {
  if (firstRowsMs === null) firstRowsMs = performance.now();
  if (window.__hrmapBench) window.__hrmapBench.firstRowsMs = firstRowsMs;
}

const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export function registerBenchHooks(ctx: {
  services: Services;
  api: () => GridApi<RegisterRow> | null;
  setQuickFilter: (text: string) => void;
}): () => void {
  const { services } = ctx;
  const hooks: BenchHooks = {
    firstRowsMs,
    async generate(policyCount, linkCount) {
      const { policies, links } = generateWorkspace(policyCount, linkCount, services.catalog.items);
      await hooks.load(policies, links);
    },
    async load(policies, links) {
      const db = services.db;
      await db.transaction('rw', [db.policies, db.links, db.changes, db.dismissals], async () => {
        await Promise.all([db.policies.clear(), db.links.clear(), db.changes.clear(), db.dismissals.clear()]);
        await db.policies.bulkAdd(policies);
        await db.links.bulkAdd(links);
      });
    },
    async quickFilter(text) {
      const api = ctx.api();
      if (!api) throw new Error('grid not ready');
      const start = performance.now();
      api.setGridOption('quickFilterText', text);
      ctx.setQuickFilter(text);
      await painted();
      return performance.now() - start;
    },
    async bulkLink(count, itemId) {
      const api = ctx.api();
      if (!api) throw new Error('grid not ready');
      const nodes = [];
      for (let i = 0; i < count; i++) {
        const node = api.getDisplayedRowAtIndex(i);
        if (node) nodes.push(node);
      }
      api.setNodesSelected({ nodes, newValue: true });
      const ids = nodes.flatMap((n) => (n.data ? [n.data.id] : []));
      const start = performance.now();
      await services.links.addToPolicies(ids, itemId);
      await painted();
      return performance.now() - start;
    },
    displayedRows: () => ctx.api()?.getDisplayedRowCount() ?? 0,
  };
  window.__hrmapBench = hooks;
  return () => {
    if (window.__hrmapBench === hooks) delete window.__hrmapBench;
  };
}

const CITIES = ['Dakar', 'Porto Alegre', 'Gwangju', 'Barcelona', 'Mexico City', 'Montréal', 'Gaziantep', 'Kazan', 'Nairobi', 'Lyon', 'Bogotá', 'Seoul', 'Vienna', 'Utrecht', 'Durban'];
const TOPICS = ['water tariff', 'housing', 'school meals', 'public transport', 'participatory budget', 'health centres', 'street lighting', 'migrant reception', 'open data', 'green spaces', 'waste collection', 'elderly care', 'youth employment', 'disability access', 'culture vouchers'];

/** A deterministic workspace of the given size: plausible policies, each with distinct links. */
export function generateWorkspace(policyCount: number, linkCount: number, items: readonly FrameworkItem[]): { policies: Policy[]; links: Link[] } {
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const now = '2026-01-01T00:00:00.000Z';
  const policies: Policy[] = [];
  for (let i = 0; i < policyCount; i++) {
    const topic = pick(TOPICS);
    policies.push(
      newPolicy(`bench-${i}`, now, {
        title: `${topic[0]!.toUpperCase()}${topic.slice(1)} programme ${i}`,
        city: pick(CITIES),
        region: pick(REGIONS),
        status: pick(POLICY_STATUSES),
        sector: topic,
        startYear: 2000 + Math.floor(rand() * 26),
        description: `The city runs a ${topic} programme for residents, with a yearly public report.`,
      }),
    );
  }
  const links: Link[] = [];
  const perPolicy = Math.ceil(linkCount / Math.max(policyCount, 1));
  for (let i = 0; i < policyCount && links.length < linkCount; i++) {
    const chosen = new Set<string>();
    while (chosen.size < Math.min(perPolicy, items.length) && links.length + chosen.size < linkCount) chosen.add(pick(items).id);
    for (const itemId of chosen) {
      const policyId = `bench-${i}`;
      links.push({ id: linkId(policyId, itemId), policyId, itemId, strength: 'primary', rationale: '', author: 'bench', createdAt: now, updatedAt: now });
    }
  }
  return { policies, links };
}
