/** A local policy, programme or by-law of a city or territory: one row of the register. */
export interface Policy {
  id: string;
  title: string;
  city: string;
  country: string;
  region: RegionId | '';
  sector: string;
  status: PolicyStatus | '';
  startYear: number | null;
  description: string;
  /** Rights-holder group ids (see shared/model/groups.ts). */
  groups: string[];
  createdAt: string;
  updatedAt: string;
}

/** The UCLG world regions (its regional sections). Ids are stable; names are translated in the catalogues. */
export const REGIONS = [
  'africa',
  'asia-pacific',
  'eurasia',
  'europe',
  'latin-america',
  'mewa',
  'north-america',
] as const;
export type RegionId = (typeof REGIONS)[number];

export const POLICY_STATUSES = ['planned', 'in-progress', 'completed', 'suspended'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

/** The fields a user edits, in register order. */
export const POLICY_FIELDS = [
  'title',
  'city',
  'country',
  'region',
  'sector',
  'status',
  'startYear',
  'description',
] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}

export function isPolicyStatus(value: unknown): value is PolicyStatus {
  return typeof value === 'string' && (POLICY_STATUSES as readonly string[]).includes(value);
}

/** A blank policy with fresh timestamps; `id` is supplied by the caller so tests and generators stay deterministic. */
export function newPolicy(id: string, now: string, fields: Partial<Policy> = {}): Policy {
  return {
    id,
    title: '',
    city: '',
    country: '',
    region: '',
    sector: '',
    status: 'planned',
    startYear: null,
    description: '',
    groups: [],
    ...fields,
    createdAt: fields.createdAt ?? now,
    updatedAt: fields.updatedAt ?? now,
  };
}
