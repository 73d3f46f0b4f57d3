import { builtinCrosswalk, builtinPacks } from '../../shared/frameworks/builtin';
import { FrameworkCatalog } from '../../shared/frameworks/catalog';
import type { CrosswalkEntry, Framework, FrameworkItem, FrameworkPack } from '../../shared/model/framework';
import { hashText } from '../../shared/random/prng';
import type { FrameworkRow, HrmapDatabase } from '../db/database';

export interface InstallReport {
  installed: string[];
  upgraded: string[];
}

/**
 * Puts the built-in packs into the `frameworks` and `items` tables on first start, and again when a pack's
 * version or content changes (an app upgrade: a new framework version, or summaries we reworded), all in one
 * transaction: a failure leaves the previous frameworks whole.
 * Official wording a user attached to an item (`officialText`, with its `officialSource`) and the framework's
 * record of those imports survive the upgrade; a framework the user revised (applyRevision) is not touched.
 */
export async function installFrameworks(db: HrmapDatabase, packs: FrameworkPack[] = builtinPacks()): Promise<InstallReport> {
  const report: InstallReport = { installed: [], upgraded: [] };
  await db.transaction('rw', db.frameworks, db.items, async () => {
    for (const pack of packs) {
      const existing = await db.frameworks.get(pack.framework.id);
      const contentHash = packFingerprint(pack);
      // A revision the user loaded stays: putting the built-in version back would strand its moved links.
      if (existing && ((existing.version === pack.framework.version && existing.contentHash === contentHash) || existing.revisedFrom !== undefined)) continue;
      const previous = new Map((await db.items.where('frameworkId').equals(pack.framework.id).toArray()).map((i) => [i.id, i]));
      const items: FrameworkItem[] = pack.items.map((item) => {
        const { officialText, officialSource } = previous.get(item.id) ?? {};
        if (!officialText || item.officialText) return item;
        return officialSource ? { ...item, officialText, officialSource } : { ...item, officialText };
      });
      await db.items.bulkDelete([...previous.keys()].filter((id) => !items.some((i) => i.id === id)));
      await db.items.bulkPut(items);
      const officialTexts = existing?.officialTexts;
      await db.frameworks.put({ ...pack.framework, installedAt: new Date().toISOString(), contentHash, ...(officialTexts ? { officialTexts } : {}) });
      (existing ? report.upgraded : report.installed).push(pack.framework.id);
    }
  });
  return report;
}

/** The framework a row describes, without what only this database records (install time, revision, fingerprint). */
export function frameworkOfRow(row: FrameworkRow): Framework {
  const { installedAt: _installedAt, revisedFrom: _revisedFrom, officialTexts: _officialTexts, contentHash: _contentHash, ...framework } = row;
  return framework;
}

/** One installed framework as a pack (its row and items), or undefined when it is not installed. */
export async function installedPack(db: HrmapDatabase, id: string): Promise<{ row: FrameworkRow; pack: FrameworkPack } | undefined> {
  const row = await db.frameworks.get(id);
  if (!row) return undefined;
  return { row, pack: { format: 'hrmap-framework-pack', framework: frameworkOfRow(row), items: await db.items.where('frameworkId').equals(id).toArray() } };
}

/** A fingerprint of what a pack installs (its framework record and items), to notice a pack that changed. */
function packFingerprint(pack: FrameworkPack): string {
  return hashText(JSON.stringify([pack.framework, pack.items])).toString(36);
}

/** The frameworks as installed in this database (built-in and imported, with attached official text). */
export async function loadCatalog(db: HrmapDatabase, crosswalk: CrosswalkEntry[] = builtinCrosswalk()): Promise<FrameworkCatalog> {
  return new FrameworkCatalog(await loadPacks(db), crosswalk);
}

/** The installed frameworks as packs, Charter, UDHR and SDGs first (what the report worker is sent). */
export async function loadPacks(db: HrmapDatabase): Promise<FrameworkPack[]> {
  const [frameworks, items] = await db.transaction('r', db.frameworks, db.items, () => Promise.all([db.frameworks.toArray(), db.items.toArray()]));
  const packs: FrameworkPack[] = frameworks.map((row) => ({
    format: 'hrmap-framework-pack',
    framework: frameworkOfRow(row),
    items: items.filter((i) => i.frameworkId === row.id),
  }));
  const order = ['charter', 'udhr', 'sdg'];
  packs.sort((a, b) => rank(order, a.framework.id) - rank(order, b.framework.id));
  return packs;
}

function rank(order: string[], id: string): number {
  const at = order.indexOf(id);
  return at < 0 ? order.length : at;
}
