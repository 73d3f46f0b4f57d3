import demo from '../../resources/demo/demo.hrmap.json';
import { workspaceSchema } from '../../shared/workspace/format';
import type { HrmapDatabase } from './database';

const SEEDED = 'seeded';

/**
 * Fills a brand-new database with the demo workspace, once. A user who deleted every demo policy
 * does not get them back: the marker stays.
 */
export async function seedIfNew(db: HrmapDatabase): Promise<boolean> {
  return db.transaction('rw', db.policyRows, db.meta, async () => {
    if (await db.meta.get(SEEDED)) return false;
    const workspace = workspaceSchema.parse(demo);
    await db.rows.addNew(workspace.policies, []);
    await db.meta.put({ key: SEEDED, value: new Date().toISOString() });
    return true;
  });
}
