import i18next from 'i18next';
import type { FrameworkPack } from '../../shared/model/framework';
import type { Link } from '../../shared/model/link';
import { attachOfficialText, officialTextRecord, type OfficialTextImport, type OfficialTextResult } from '../../shared/frameworks/officialText';
import { planRevision, type Correspondence, type RevisionPlan } from '../../shared/frameworks/revision';
import type { HrmapDatabase } from '../db/database';
import { installedPack } from './installFrameworks';

/** Where links waiting for review after a revision are kept (meta table), per framework. */
export const reviewKey = (frameworkId: string) => `revisionReview:${frameworkId}`;

/**
 * Loads a new version of an installed framework with its correspondence table, in one transaction: the items
 * are replaced, every link follows the table, and links without a counterpart are removed from the links
 * table but kept whole in the meta table for the analyst to review. Nothing is written if the table is wrong.
 */
export async function applyRevision(db: HrmapDatabase, newPack: FrameworkPack, table: Correspondence, now = new Date().toISOString()): Promise<RevisionPlan> {
  return db.transaction('rw', [db.frameworks, db.items, db.policyRows, db.meta], async () => {
    const id = newPack.framework.id;
    const current = await installedPack(db, id);
    if (!current) throw new Error(i18next.t('search:revision.problems.notInstalled', { detail: id }));
    const { row: installed, pack: oldPack } = current;
    const links: Link[] = await db.links.ofFramework(id);
    const plan = planRevision(oldPack, newPack, table, links, now);

    await db.items.bulkDelete(oldPack.items.map((i) => i.id));
    await db.items.bulkPut(newPack.items);
    await db.frameworks.put({ ...newPack.framework, installedAt: now, revisedFrom: installed.version });
    await db.links.write(
      [...plan.kept, ...plan.moved.map((m) => m.after)],
      [...plan.moved.map((m) => m.before.id), ...plan.merged.map((m) => m.before.id), ...plan.unmatched.map((l) => l.id)],
    );
    const waiting = ((await db.meta.get(reviewKey(id)))?.value as Link[] | undefined) ?? [];
    await db.meta.put({ key: reviewKey(id), value: [...waiting, ...plan.unmatched] });
    return plan;
  });
}

/**
 * Attaches imported official wording to the installed items, all or nothing, keeping where it came from: each
 * item's `officialSource` per language, and the import in its framework's `officialTexts` (saved in workspace files).
 */
export async function applyOfficialText(db: HrmapDatabase, data: OfficialTextImport, now = new Date().toISOString()): Promise<OfficialTextResult<number>> {
  return db.transaction('rw', db.items, db.frameworks, async () => {
    const items = await db.items.where('frameworkId').equals(data.frameworkId).toArray();
    const result = attachOfficialText(items, data);
    if (!result.ok) return result;
    await db.items.bulkPut(result.value);
    const framework = await db.frameworks.get(data.frameworkId);
    if (framework) {
      const officialTexts = [...(framework.officialTexts ?? []), officialTextRecord(data, result.value.length, now)];
      await db.frameworks.put({ ...framework, officialTexts });
    }
    return { ok: true, value: result.value.length };
  });
}
