import { cityKey, NO_REGION, type CharterArticle, type RegionKey, type StatsInput } from './stats';

/** One bar or cell of the dashboard: the policies behind a figure. */
export type StatsSelection =
  | { kind: 'charterArticle'; article: CharterArticle }
  | { kind: 'sdgGoal'; goal: string }
  | { kind: 'group'; group: string }
  | { kind: 'region'; region: RegionKey }
  /** The campaign's bar for a region: its mapped policies that name a city (the cities the bar counts). */
  | { kind: 'campaignRegion'; region: RegionKey }
  | { kind: 'regionArticle'; region: RegionKey; article: CharterArticle }
  | { kind: 'unmapped' };

/**
 * The ids of the policies counted in one figure of `computeStats`, in register order, so that clicking a bar shows
 * exactly the policies the bar counts. Uses the same rules: a root resolves an item to its article or goal.
 */
export function policyIdsFor(input: StatsInput, selection: StatsSelection): string[] {
  const regionOf = (p: StatsInput['policies'][number]): RegionKey => p.region || NO_REGION;
  switch (selection.kind) {
    case 'group':
      return input.policies.filter((p) => p.groups.includes(selection.group)).map((p) => p.id);
    case 'region':
      return input.policies.filter((p) => regionOf(p) === selection.region).map((p) => p.id);
    case 'campaignRegion': {
      const linked = new Set(input.links.map((l) => l.policyId));
      return input.policies.filter((p) => regionOf(p) === selection.region && linked.has(p.id) && cityKey(p.city) !== '').map((p) => p.id);
    }
    case 'unmapped': {
      const linked = new Set(input.links.map((l) => l.policyId));
      return input.policies.filter((p) => !linked.has(p.id)).map((p) => p.id);
    }
    default: {
      const root = selection.kind === 'sdgGoal' ? `sdg:${selection.goal}` : `charter:${selection.article}`;
      const hits = new Set<string>();
      const rootCache = new Map<string, boolean>();
      for (const link of input.links) {
        let hit = rootCache.get(link.itemId);
        if (hit === undefined) {
          hit = input.rootOf(link.itemId) === root;
          rootCache.set(link.itemId, hit);
        }
        if (hit) hits.add(link.policyId);
      }
      return input.policies
        .filter((p) => hits.has(p.id) && (selection.kind !== 'regionArticle' || regionOf(p) === selection.region))
        .map((p) => p.id);
    }
  }
}
