// freshDb installs fake-indexeddb, which must come before Dexie is loaded.
import { freshDb, putLinksWithPolicies } from './freshDb';
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../shared/frameworks/builtin';
import { parseRow } from '../../../shared/import/plan';
import { type Link } from '../../../shared/model/link';
import { search } from '../../../shared/search/search';
import { indexFor } from '../../../shared/search/searchIndex';
import { computeStats, rootResolver } from '../../../shared/stats';
import { CatalogSource } from '../../../renderer/frameworks/catalogSource';
import { applyOfficialText, applyRevision } from '../../../renderer/frameworks/frameworkUpdates';
import { installFrameworks } from '../../../renderer/frameworks/installFrameworks';
import { testLink } from '../testLink';

const link = (policyId: string, itemId: string): Link => testLink(policyId, itemId);

const policy = (id: string) => ({ id, city: 'Nantes', region: 'europe' as const, groups: [] });

/** Made-up revision: X.5 disappears, XI.2 is renumbered XI.7 (the same one tests/e2e/revision.spec.ts loads). */
function revisedCharter() {
  const charter = builtinPacks().find((p) => p.framework.id === 'charter')!;
  return {
    ...charter,
    framework: { ...charter.framework, version: '2026-draft' },
    items: charter.items.filter((i) => i.id !== 'charter:X.5').map((i) => (i.id === 'charter:XI.2' ? { ...i, id: 'charter:XI.7', code: 'XI.7' } : i)),
  };
}

describe('the one catalogue source', () => {
  it('after a revision, the dashboard figures count links to the new items and the import refuses removed codes', async () => {
    const db = freshDb();
    await installFrameworks(db);
    await putLinksWithPolicies(db, [link('p1', 'charter:XI.2'), link('p2', 'charter:X.5'), link('p3', 'charter:I')]);
    const source = await CatalogSource.open(db);
    const before = source.catalog;
    let told = 0;
    const unsubscribe = source.subscribe(() => told++);

    await applyRevision(db, revisedCharter(), new Map([['charter:XI.2', 'charter:XI.7']]));
    await source.reload();
    expect(told).toBe(1);
    expect(source.catalog).not.toBe(before); // a new object, so memos keyed on it (dashboard, pickers) follow
    expect(source.catalog.has('charter:XI.7')).toBe(true);
    expect(source.catalog.has('charter:X.5')).toBe(false);

    // What useDashboardData computes: the moved link counts for article XI.
    const links = await db.links.toArray();
    const policies = ['p1', 'p2', 'p3'].map(policy);
    const stats = computeStats({ policies, links, rootOf: rootResolver(source.catalog) });
    expect(links.map((l) => l.itemId).sort()).toEqual(['charter:I', 'charter:XI.7']);
    expect(stats.byCharterArticle.XI).toBe(1);
    expect(stats.byCharterArticle.I).toBe(1);
    // The built-in packs do not know the new item: counting with them would lose the moved link.
    expect(computeStats({ policies, links, rootOf: rootResolver(before) }).byCharterArticle.XI).toBe(0);

    // What useImportPlan checks codes against: the removed action is refused, the new one accepted.
    const row = parseRow(['Water tariffs', 'X.5, XI.7'], ['Title', 'Charter'], ['title', 'codes:charter'], source.catalog.has);
    expect(row.itemIds).toEqual(['charter:XI.7']);
    expect(row.problems.map((p) => p.value)).toEqual(['X.5']);

    unsubscribe();
    await source.reload();
    expect(told).toBe(1);
  });

  it('after official text is attached, the reloaded catalogue and its one search index have it', async () => {
    const db = freshDb();
    await installFrameworks(db);
    const source = await CatalogSource.open(db);
    const word = 'aqueducts';
    expect(search(indexFor(source.catalog), word, { frameworks: ['charter'] })).toEqual([]);

    const attached = await applyOfficialText(db, { frameworkId: 'charter', source: 'Test source', version: '2011', entries: [{ code: 'XI', text: { en: `The city keeps its ${word} in public hands.` } }] });
    expect(attached.ok).toBe(true);
    await source.reload();
    expect(search(indexFor(source.catalog), word, { frameworks: ['charter'] })[0]?.id).toBe('charter:XI');
    // Every feature that asks for the index of the current catalogue gets the same one, built once.
    expect(indexFor(source.catalog)).toBe(indexFor(source.catalog));
  });
});
