import type { HrmapDatabase } from './database';

/** Suggestions the analyst dismissed for a policy; they are not suggested again for it. */
export async function dismissedFor(db: HrmapDatabase, policyId: string): Promise<string[]> {
  const rows = await db.dismissals.where('policyId').equals(policyId).toArray();
  return rows.map((r) => r.itemId);
}

export async function dismiss(db: HrmapDatabase, policyId: string, itemId: string, at = new Date().toISOString()): Promise<void> {
  await db.dismissals.put({ policyId, itemId, at });
}
