export type LinkStrength = 'primary' | 'secondary';

/** A policy mapped to a framework item. One link per policy and item. */
export interface Link {
  /** `${policyId}|${itemId}`: one link per pair by construction. */
  id: string;
  policyId: string;
  itemId: string;
  strength: LinkStrength;
  rationale: string;
  author: string;
  createdAt: string;
  updatedAt: string;
}

export function linkId(policyId: string, itemId: string): string {
  return `${policyId}|${itemId}`;
}
