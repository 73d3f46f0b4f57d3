import { RIGHTS_HOLDER_GROUPS, type RightsHolderGroup } from '../model/groups';
import type { Link } from '../model/link';
import { REGIONS, type Policy, type RegionId } from '../model/policy';
import { foldText } from '../model/policyEdit';

/** The twelve articles of the Global Charter-Agenda, in order; item ids are `charter:I` … `charter:XII`. */
export const CHARTER_ARTICLES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;
export type CharterArticle = (typeof CHARTER_ARTICLES)[number];

/** The seventeen SDGs; item ids are `sdg:1` … `sdg:17`. */
export const SDG_GOALS = Array.from({ length: 17 }, (_, i) => String(i + 1)) as readonly string[];

/** Policies with no region are counted under this key, so totals by region add up to the total. */
export const NO_REGION = 'unassigned';
export type RegionKey = RegionId | typeof NO_REGION;
export const REGION_KEYS: readonly RegionKey[] = [...REGIONS, NO_REGION];

/** "10, 100, 1000 Human Rights Cities and Territories by 2030". The list is a user setting; this is its default. */
export const DEFAULT_MILESTONES: readonly number[] = [10, 100, 1000];
export const CAMPAIGN_YEAR = 2030;

/** What the figures are computed from: the register's rows and links, and where each item sits in its framework. */
export interface StatsInput {
  policies: readonly Pick<Policy, 'id' | 'city' | 'region' | 'groups'>[];
  links: readonly Pick<Link, 'policyId' | 'itemId'>[];
  /**
   * The id of the top-level item an item belongs to (`charter:XI.2` -> `charter:XI`, `sdg:6.1` -> `sdg:6`),
   * or undefined for an item the catalogue does not know. `rootResolver(catalog)` builds one from a FrameworkCatalog.
   */
  rootOf: (itemId: string) => string | undefined;
}

export interface StatsOptions {
  /** Campaign milestones (any order, duplicates ignored); DEFAULT_MILESTONES when absent or empty. */
  milestones?: readonly number[];
}

export interface RegionFigures {
  policies: number;
  /** Distinct city or territory names of the region's policies. */
  cities: number;
  /** Distinct cities of the region with at least one mapped policy (the campaign's count). */
  mappedCities: number;
}

export interface Milestone {
  target: number;
  reached: boolean;
  /** Cities still needed; 0 once reached. */
  remaining: number;
}

export interface Stats {
  policies: number;
  /** Policies with at least one link to any framework item. */
  mappedPolicies: number;
  /** Links that point at a policy of the register (links to deleted policies are not counted). */
  links: number;
  /** Distinct city or territory names (case-, accent- and spacing-insensitive; blank names are not cities). */
  cities: number;
  byRegion: Record<RegionKey, RegionFigures>;
  /** Policies mapped to the article itself or to any of its action-plan items; each policy counts once per article. */
  byCharterArticle: Record<CharterArticle, number>;
  /** Policies mapped to the goal or any of its targets; each policy counts once per goal. */
  bySdgGoal: Record<string, number>;
  /** Policies naming each rights-holder group (unknown ids are ignored). */
  byGroup: Record<RightsHolderGroup, number>;
  /** Policies naming no rights-holder group. */
  withoutGroup: number;
  /** Heat map: policies per UCLG region and Charter article. */
  regionByCharterArticle: Record<RegionKey, Record<CharterArticle, number>>;
  /** What nothing is mapped to, in framework order. */
  gaps: { charterArticles: CharterArticle[]; sdgGoals: string[]; groups: RightsHolderGroup[] };
  campaign: {
    /**
     * Distinct cities and territories with at least one mapped policy. A city whose policies are all unmapped
     * is in `cities` above but not here: the campaign counts cities that have started mapping their policies.
     */
    cities: number;
    byRegion: Record<RegionKey, number>;
    /** Smallest milestone not reached yet; null once all are reached. */
    nextMilestone: number | null;
    milestones: Milestone[];
    year: number;
  };
}

const ARTICLE_BIT = new Map<string, number>(CHARTER_ARTICLES.map((code, i) => [`charter:${code}`, i]));
const GOAL_BIT = new Map<string, number>(SDG_GOALS.map((code, i) => [`sdg:${code}`, i]));
const GROUP_INDEX = new Map<string, number>(RIGHTS_HOLDER_GROUPS.map((g, i) => [g, i]));
const REGION_INDEX = new Map<string, number>(REGION_KEYS.map((r, i) => [r, i]));

/** Where a root item is counted: 0..11 a Charter article, 100..116 an SDG goal, -1 neither (UDHR, imported packs, unknown). */
function bucketOf(root: string | undefined): number {
  if (root === undefined) return -1;
  const article = ARTICLE_BIT.get(root);
  if (article !== undefined) return article;
  const goal = GOAL_BIT.get(root);
  return goal === undefined ? -1 : 100 + goal;
}

/** The key under which a city name is counted: folded, trimmed, inner spaces collapsed; '' for no city. */
export function cityKey(city: string): string {
  return foldText(city).trim().replace(/\s+/g, ' ');
}

/** Sorted, distinct, positive whole milestones; the defaults when none are valid. */
export function normalizeMilestones(milestones: readonly number[] | undefined): number[] {
  const valid = [...new Set((milestones ?? []).filter((m) => Number.isInteger(m) && m > 0))].sort((a, b) => a - b);
  return valid.length ? valid : [...DEFAULT_MILESTONES];
}

/**
 * Every figure of the dashboard, the Summary sheet and `hrmap stats`, in one pass over policies and links.
 * Per policy it keeps two bit masks (Charter articles, SDG goals), so a policy mapped to five targets of one goal
 * counts once for that goal; roots are resolved once per distinct item. Linear in policies + links.
 */
export function computeStats(input: StatsInput, options: StatsOptions = {}): Stats {
  const { policies, links } = input;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < policies.length; i++) indexOf.set(policies[i]!.id, i);

  const articleMask = new Int32Array(policies.length);
  const goalMask = new Int32Array(policies.length);
  const linked = new Uint8Array(policies.length);
  // Per distinct item: -1 unknown/other, 0..11 article bit, 100+ goal bit.
  const bitOfItem = new Map<string, number>();
  let linkCount = 0;
  // Links usually come grouped by policy (their ids start with the policy id): one lookup per run of links.
  let lastPolicyId: string | null = null;
  let p: number | undefined;
  for (const link of links) {
    if (link.policyId !== lastPolicyId) {
      lastPolicyId = link.policyId;
      p = indexOf.get(lastPolicyId);
    }
    if (p === undefined) continue;
    linkCount++;
    linked[p] = 1;
    let bit = bitOfItem.get(link.itemId);
    if (bit === undefined) {
      bit = bucketOf(input.rootOf(link.itemId));
      bitOfItem.set(link.itemId, bit);
    }
    if (bit >= 100) goalMask[p]! |= 1 << (bit - 100);
    else if (bit >= 0) articleMask[p]! |= 1 << bit;
  }

  const articleCounts = new Array<number>(CHARTER_ARTICLES.length).fill(0);
  const goalCounts = new Array<number>(SDG_GOALS.length).fill(0);
  const groupCounts = new Array<number>(RIGHTS_HOLDER_GROUPS.length).fill(0);
  const regionPolicies = new Array<number>(REGION_KEYS.length).fill(0);
  const heat = REGION_KEYS.map(() => new Array<number>(CHARTER_ARTICLES.length).fill(0));
  const regionCities = REGION_KEYS.map(() => new Set<string>());
  const regionMappedCities = REGION_KEYS.map(() => new Set<string>());
  const cities = new Set<string>();
  const mappedCities = new Set<string>();
  const cityKeys = new Map<string, string>();
  let mappedPolicies = 0;
  let withoutGroup = 0;
  const seenGroups = new Uint8Array(RIGHTS_HOLDER_GROUPS.length);

  for (let i = 0; i < policies.length; i++) {
    const policy = policies[i]!;
    const r = REGION_INDEX.get(policy.region || NO_REGION) ?? REGION_INDEX.get(NO_REGION)!;
    regionPolicies[r]!++;
    let key = cityKeys.get(policy.city);
    if (key === undefined) {
      key = cityKey(policy.city);
      cityKeys.set(policy.city, key);
    }
    if (key) {
      cities.add(key);
      regionCities[r]!.add(key);
    }
    if (linked[i]) {
      mappedPolicies++;
      if (key) {
        mappedCities.add(key);
        regionMappedCities[r]!.add(key);
      }
    }
    const articles = articleMask[i]!;
    if (articles) {
      const row = heat[r]!;
      for (let b = 0; b < CHARTER_ARTICLES.length; b++) {
        if (articles & (1 << b)) {
          articleCounts[b]!++;
          row[b]!++;
        }
      }
    }
    const goals = goalMask[i]!;
    if (goals) for (let b = 0; b < SDG_GOALS.length; b++) if (goals & (1 << b)) goalCounts[b]!++;

    seenGroups.fill(0);
    let named = 0;
    for (const group of policy.groups) {
      const g = GROUP_INDEX.get(group);
      if (g === undefined || seenGroups[g]) continue;
      seenGroups[g] = 1;
      groupCounts[g]!++;
      named++;
    }
    if (!named) withoutGroup++;
  }

  const byArticle = <T>(values: (i: number) => T) =>
    Object.fromEntries(CHARTER_ARTICLES.map((code, i) => [code, values(i)])) as Record<CharterArticle, T>;
  const byRegionKey = <T>(values: (i: number) => T) =>
    Object.fromEntries(REGION_KEYS.map((key, i) => [key, values(i)])) as Record<RegionKey, T>;

  const milestones = normalizeMilestones(options.milestones);
  const campaignCities = mappedCities.size;
  return {
    policies: policies.length,
    mappedPolicies,
    links: linkCount,
    cities: cities.size,
    byRegion: byRegionKey((i) => ({
      policies: regionPolicies[i]!,
      cities: regionCities[i]!.size,
      mappedCities: regionMappedCities[i]!.size,
    })),
    byCharterArticle: byArticle((i) => articleCounts[i]!),
    bySdgGoal: Object.fromEntries(SDG_GOALS.map((code, i) => [code, goalCounts[i]!])),
    byGroup: Object.fromEntries(RIGHTS_HOLDER_GROUPS.map((g, i) => [g, groupCounts[i]!])) as Record<RightsHolderGroup, number>,
    withoutGroup,
    regionByCharterArticle: byRegionKey((r) => byArticle((a) => heat[r]![a]!)),
    gaps: {
      charterArticles: CHARTER_ARTICLES.filter((_, i) => articleCounts[i] === 0),
      sdgGoals: SDG_GOALS.filter((_, i) => goalCounts[i] === 0),
      groups: RIGHTS_HOLDER_GROUPS.filter((_, i) => groupCounts[i] === 0),
    },
    campaign: {
      cities: campaignCities,
      byRegion: byRegionKey((i) => regionMappedCities[i]!.size),
      nextMilestone: milestones.find((m) => m > campaignCities) ?? null,
      milestones: milestones.map((target) => ({
        target,
        reached: campaignCities >= target,
        remaining: Math.max(0, target - campaignCities),
      })),
      year: CAMPAIGN_YEAR,
    },
  };
}

/** Memoised root lookup from anything with FrameworkCatalog's `root` (a catalogue, or a test double built from packs). */
export function rootResolver(catalog: { root(id: string): { id: string } | undefined }): (itemId: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (itemId) => {
    if (cache.has(itemId)) return cache.get(itemId);
    const root = catalog.root(itemId)?.id;
    cache.set(itemId, root);
    return root;
  };
}


/** Where the campaign milestones are kept: a key of the meta table in the app and of `settings` in a workspace file. */
export const MILESTONES_SETTING = 'campaign.milestones';

/** Reads milestones typed by a user ("10, 100, 1000"); null unless every part is a whole number above zero. */
export function parseMilestones(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  if (!parts.length || !parts.every((p) => /^\d+$/.test(p) && Number(p) > 0 && Number(p) <= 1e9)) return null;
  return normalizeMilestones(parts.map(Number));
}

/** Milestones from a stored setting of unknown shape; the defaults when it is missing or damaged. */
export function milestonesFromSetting(value: unknown): number[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'number') ? normalizeMilestones(value) : [...DEFAULT_MILESTONES];
}
