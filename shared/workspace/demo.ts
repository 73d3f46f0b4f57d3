import type { Link, LinkStrength } from '../model/link';
import { linkId } from '../model/link';
import { REGIONS, type Policy, type PolicyStatus } from '../model/policy';
import { foldText } from '../model/policyEdit';
import { createPrng, type Prng } from '../random/prng';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type WorkspaceFile } from './format';
import { DEMO_PLACES } from './demoPlaces';
import {
  DEMO_ACTORS,
  DEMO_AUTHORS,
  DEMO_FOLLOW_UPS,
  DEMO_RATIONALES,
  DEMO_THEMES,
  DEMO_TITLE_SUFFIXES,
  type DemoTheme,
} from './demoThemes';

export interface DemoOptions {
  policies?: number;
  seed?: number | string;
  /** Keeps only links to items that exist (pass the catalogue's `has`); all are kept without it. */
  exists?: (itemId: string) => boolean;
  /** Framework versions to record in the file (the catalogue's frameworks). */
  frameworks?: { id: string; version: string }[];
}

export const DEFAULT_DEMO_POLICIES = 20_000;
/** A fixed clock: the same seed gives byte-identical files. */
const EPOCH = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;

/** Share of policies not mapped yet, by status: planned ones are often entered before anyone maps them. */
const UNMAPPED_SHARE = { planned: 0.2, other: 0.06 } as const;
/** Share of a place's policies typed with one of its spelling variants. */
const VARIANT_SHARE = 0.2;

/**
 * A realistic generated workspace for demos, tests and benchmarks: real cities and territories of every UCLG
 * region, policies across sectors and statuses with descriptions composed from phrase banks, and about five
 * links per policy to items that fit the policy's theme. As in a real register, some policies are not mapped
 * yet (about one in eight: more of the planned ones, and every policy of a few newcomer cities), and some city
 * names are typed in more than one way (case, accents, spacing). Deterministic for a given seed.
 */
export function generateDemoWorkspace(options: DemoOptions = {}): WorkspaceFile {
  const count = Math.max(0, Math.floor(options.policies ?? DEFAULT_DEMO_POLICIES));
  const random = createPrng(options.seed ?? 1);
  const exists = options.exists ?? (() => true);
  const themes = DEMO_THEMES.map((theme) => ({
    ...theme,
    charter: theme.charter.filter(exists),
    udhr: theme.udhr.filter(exists),
    sdg: theme.sdg.filter(exists),
  }));
  const seen = new Set<string>();
  const policies: Policy[] = [];
  const links: Link[] = [];
  for (let i = 0; i < count; i++) {
    // Every region appears even in a small demo: the first seven policies take one region each.
    const place = i < REGIONS.length ? random.pick(DEMO_PLACES.filter((p) => p.region === REGIONS[i])) : random.pick(DEMO_PLACES);
    const theme = random.pick(themes);
    const policy = makePolicy(random, `demo-${String(i + 1).padStart(6, '0')}`, place, theme, seen);
    policies.push(policy);
    const unmapped = place.newcomer || random.chance(policy.status === 'planned' ? UNMAPPED_SHARE.planned : UNMAPPED_SHARE.other);
    if (!unmapped) links.push(...makeLinks(random, policy, theme));
  }
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    name: 'Demo workspace',
    savedAt: new Date(EPOCH + 300 * DAY).toISOString(),
    frameworks: options.frameworks ?? [],
    settings: {},
    policies,
    links,
    changes: [],
  };
}

function makePolicy(random: Prng, id: string, place: (typeof DEMO_PLACES)[number], theme: DemoTheme, seen: Set<string>): Policy {
  let title = random.pick(theme.titles) + random.pick(DEMO_TITLE_SUFFIXES);
  // Same title in the same city would read as a duplicate (the import treats it as one): number the later ones.
  const key = (t: string) => `${foldText(t)}|${foldText(place.city)}`;
  for (let n = 2; seen.has(key(title)); n++) title = `${title.replace(/ \(\d+\)$/, '')} (${n})`;
  seen.add(key(title));
  const status = pickStatus(random);
  const startYear = yearFor(random, status);
  const city = place.variants && random.chance(VARIANT_SHARE) ? random.pick(place.variants) : place.city;
  const sentences = [
    `${random.pick(DEMO_ACTORS)} of ${place.city} ${random.pick(theme.aims)}.`,
    ...random.sample(theme.measures, random.int(1, 2)),
    random.pick(DEMO_FOLLOW_UPS),
  ];
  const created = new Date(EPOCH + random.int(0, 200) * DAY + random.int(0, DAY - 1)).toISOString();
  const updated = new Date(Date.parse(created) + random.int(0, 90) * DAY).toISOString();
  return {
    id,
    title,
    city,
    country: place.country,
    region: place.region,
    sector: theme.sector,
    status,
    startYear,
    description: sentences.join(' '),
    groups: random.sample(theme.groups, random.int(1, Math.min(3, theme.groups.length))),
    createdAt: created,
    updatedAt: updated,
  };
}

function pickStatus(random: Prng): PolicyStatus | '' {
  const r = random.next();
  if (r < 0.42) return 'in-progress';
  if (r < 0.7) return 'completed';
  if (r < 0.9) return 'planned';
  if (r < 0.97) return 'suspended';
  return '';
}

function yearFor(random: Prng, status: PolicyStatus | ''): number | null {
  if (random.chance(0.04)) return null;
  switch (status) {
    case 'completed':
      return random.int(2008, 2024);
    case 'planned':
      return random.int(2025, 2028);
    default:
      return random.int(2014, 2025);
  }
}

/** About five and a half links: one or two Charter items, one or two UDHR articles, two or three SDG targets. */
function makeLinks(random: Prng, policy: Policy, theme: DemoTheme): Link[] {
  const chosen = [
    ...random.sample(theme.charter, random.int(1, 2)),
    ...random.sample(theme.udhr, random.int(1, 2)),
    ...random.sample(theme.sdg, random.int(2, 3)),
  ];
  const author = random.pick(DEMO_AUTHORS);
  return chosen.map((itemId, index) => {
    const strength: LinkStrength = index === 0 || random.chance(0.25) ? 'primary' : 'secondary';
    return {
      id: linkId(policy.id, itemId),
      policyId: policy.id,
      itemId,
      strength,
      rationale: random.pick(DEMO_RATIONALES),
      author,
      createdAt: policy.updatedAt,
      updatedAt: policy.updatedAt,
    };
  });
}
