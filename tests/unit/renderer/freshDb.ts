import 'fake-indexeddb/auto'; // before Dexie loads: Dexie reads indexedDB when it is imported
import { afterEach } from 'vitest';
import { HrmapDatabase } from '../../../renderer/db/database';

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
