import 'fake-indexeddb/auto'; // before Dexie loads: Dexie reads indexedDB when it is imported
import { afterEach } from 'vitest';
import { HrmapDatabase } from '../../../renderer/db/database';
import type { Link } from '../../../shared/model/link';
import { newPolicy } from '../../../shared/model/policy';

/**
 * A new, empty HrmapDatabase (fake-indexeddb) per call, deleted after each test.
 * Import it from a test file: the cleanup hook registers with that file's tests.
 */
const open: HrmapDatabase[] = [];
let n = 0;

export function freshDb(prefix = 'test'): HrmapDatabase {
  const db = new HrmapDatabase(`${prefix}-${Date.now()}-${n++}`);
  open.push(db);
  return db;
}

afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

/** Stores links with a policy for each (a row holds its policy), for tests about the links alone. */
export async function putLinksWithPolicies(db: HrmapDatabase, links: Link[]): Promise<void> {
  const ids = [...new Set(links.map((l) => l.policyId))];
  await db.rows.write({ policies: ids.map((id) => [id, newPolicy(id, '2026-01-01T00:00:00Z', { title: `Policy ${id}` })] as const), putLinks: links });
}
