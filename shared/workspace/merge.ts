import { linkId, type Link } from '../model/link';
import { POLICY_FIELDS, type Policy, type PolicyField } from '../model/policy';
import { duplicateKey } from '../import/plan';
import type { WorkspaceChange, WorkspaceFile } from './format';

/** Fields a merge compares and a person may choose between (groups too). */
export const MERGE_FIELDS: (PolicyField | 'groups')[] = [...POLICY_FIELDS, 'groups'];
export type MergeField = (typeof MERGE_FIELDS)[number];

/** The same policy edited on both sides: which fields differ, with both values. */
export interface MergeConflict {
  mine: Policy;
  theirs: Policy;
  fields: MergeField[];
}

/** What a person may choose between when the same link differs on both sides. */
export const LINK_MERGE_FIELDS = ['strength', 'rationale'] as const;
export type LinkMergeField = (typeof LINK_MERGE_FIELDS)[number];

/** The same link (same policy, same item) with another strength or rationale in the colleague's file. */
export interface LinkConflict {
  mine: Link;
  /** The colleague's link, its policy id translated to ours. */
  theirs: Link;
  fields: LinkMergeField[];
}

export interface MergePlan {
  /** Policies only the colleague's file has. */
  added: Policy[];
  /** Links of the colleague's file that this workspace lacks (policy ids translated to ours). */
  links: Link[];
  conflicts: MergeConflict[];
  linkConflicts: LinkConflict[];
  /** Policies present on both sides with the same values. */
  same: number;
}

export type Side = 'mine' | 'theirs';
/** Choices per policy id and field; a field with no choice keeps ours. */
export type MergeChoices = Record<string, Partial<Record<MergeField, Side>>>;
/** Choices per link id and field; a field with no choice keeps ours. */
export type LinkChoices = Record<string, Partial<Record<LinkMergeField, Side>>>;
export type MergeOp = WorkspaceChange['ops'][number];

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Compares a colleague's workspace with ours. A policy is the same policy when it has the same id, or else the
 * same title and city (accents and case ignored). New policies and links are added; a policy edited on both
 * sides becomes a conflict to resolve field by field, and so does a link whose strength or rationale differs.
 * Nothing of ours is ever overwritten without a choice.
 */
export function planMerge(mine: { policies: Policy[]; links: Link[] }, theirs: WorkspaceFile): MergePlan {
  const byId = new Map(mine.policies.map((p) => [p.id, p]));
  const byKey = new Map(mine.policies.map((p) => [duplicateKey(p.title, p.city), p]));
  const ourLinks = new Map(mine.links.map((l) => [l.id, l]));
  const seen = new Set<string>();
  const ourId = new Map<string, string>();
  const plan: MergePlan = { added: [], links: [], conflicts: [], linkConflicts: [], same: 0 };
  for (const policy of theirs.policies) {
    const match = byId.get(policy.id) ?? byKey.get(duplicateKey(policy.title, policy.city));
    if (!match) {
      plan.added.push(policy);
      byId.set(policy.id, policy);
      ourId.set(policy.id, policy.id);
      continue;
    }
    ourId.set(policy.id, match.id);
    const fields = MERGE_FIELDS.filter((f) => !sameValue(match[f], policy[f]));
    if (fields.length) plan.conflicts.push({ mine: match, theirs: policy, fields });
    else plan.same++;
  }
  for (const link of theirs.links) {
    const policyId = ourId.get(link.policyId);
    if (!policyId) continue;
    const id = linkId(policyId, link.itemId);
    if (seen.has(id)) continue; // two of their policies are one of ours: the first one's link counts
    seen.add(id);
    const theirs = { ...link, id, policyId };
    const ours = ourLinks.get(id);
    if (!ours) {
      plan.links.push(theirs);
      continue;
    }
    const fields = LINK_MERGE_FIELDS.filter((f) => ours[f] !== theirs[f]);
    if (fields.length) plan.linkConflicts.push({ mine: ours, theirs, fields });
  }
  return plan;
}

/**
 * The change-log operations of a merge once every conflict has its choices (a field with no choice keeps ours).
 * One entry, so one undo takes the whole merge back.
 */
export function mergeOps(plan: MergePlan, choices: MergeChoices, now: string, linkChoices: LinkChoices = {}): MergeOp[] {
  const ops: MergeOp[] = plan.added.map((p) => ({ table: 'policies', id: p.id, before: null, after: p }));
  for (const conflict of plan.conflicts) {
    const after = withTheirs(conflict, choices[conflict.mine.id], now);
    if (after) ops.push({ table: 'policies', id: after.id, before: conflict.mine, after });
  }
  for (const link of plan.links) ops.push({ table: 'links', id: link.id, before: null, after: link });
  for (const conflict of plan.linkConflicts) {
    const after = withTheirs(conflict, linkChoices[conflict.mine.id], now);
    if (after) ops.push({ table: 'links', id: after.id, before: conflict.mine, after });
  }
  return ops;
}

/** Our row with the colleague's value in each field chosen "theirs", stamped `now`; null when none is chosen. */
function withTheirs<T extends { updatedAt: string }, F extends keyof T>(conflict: { mine: T; theirs: T; fields: readonly F[] }, chosen: Partial<Record<F, Side>> | undefined, now: string): T | null {
  const taken = conflict.fields.filter((f) => chosen?.[f] === 'theirs');
  if (!taken.length) return null;
  const after: T = { ...conflict.mine, updatedAt: now };
  for (const f of taken) after[f] = conflict.theirs[f];
  return after;
}
