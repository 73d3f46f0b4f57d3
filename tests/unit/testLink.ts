import { linkId, type Link } from '../../shared/model/link';

/** A link as the app stores it, with fixed times and author, for tests that need a few of them. */
export function testLink(policyId: string, itemId: string, fields: Partial<Link> = {}): Link {
  return { id: linkId(policyId, itemId), policyId, itemId, strength: 'primary', rationale: '', author: 'ana', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', ...fields };
}
