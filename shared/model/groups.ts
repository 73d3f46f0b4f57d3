/**
 * Rights-holder groups a policy can serve, after the groups used in the indexes of the UN human-rights
 * mechanisms. Ids are stable (stored in workspaces and files); names live in the message catalogues.
 */
export const RIGHTS_HOLDER_GROUPS = [
  'all-residents',
  'women-girls',
  'children-youth',
  'older-persons',
  'disabilities',
  'migrants',
  'refugees',
  'idps',
  'indigenous',
  'minorities',
  'lgbti',
  'poverty',
  'homeless',
  'human-rights-defenders',
] as const;
export type RightsHolderGroup = (typeof RIGHTS_HOLDER_GROUPS)[number];

export function isRightsHolderGroup(value: unknown): value is RightsHolderGroup {
  return typeof value === 'string' && (RIGHTS_HOLDER_GROUPS as readonly string[]).includes(value);
}
