// freshDb installs fake-indexeddb, which must come before Dexie is loaded.
import { freshDb } from './freshDb';
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../shared/frameworks/builtin';
import type { FrameworkPack } from '../../../shared/model/framework';
import { installFrameworks, loadCatalog } from '../../../renderer/frameworks/installFrameworks';

describe('installing the built-in frameworks into IndexedDB', () => {
  it('fills the frameworks and items tables on first start, and does nothing the second time', async () => {
    const db = freshDb();
    expect(await installFrameworks(db)).toEqual({ installed: ['charter', 'udhr', 'sdg'], upgraded: [] });
    expect((await db.frameworks.toArray()).map((f) => f.id).sort()).toEqual(['charter', 'sdg', 'udhr']);
    const total = builtinPacks().reduce((n, p) => n + p.items.length, 0);
    expect(await db.items.count()).toBe(total);
    expect(await db.items.where('frameworkId').equals('sdg').count()).toBe(17 + 169);
    expect(await installFrameworks(db)).toEqual({ installed: [], upgraded: [] });
    expect(await db.items.count()).toBe(total);
  });

  it('upgrades a framework whose pack version changed, keeping official text a user attached', async () => {
    const db = freshDb();
    await installFrameworks(db);
    await db.items.update('udhr:25', { officialText: { en: 'Official wording attached by the user' } });
    const udhr = builtinPacks().find((p) => p.framework.id === 'udhr')!;
    const next: FrameworkPack = {
      ...udhr,
      framework: { ...udhr.framework, version: '1948-r2' },
      items: udhr.items.filter((i) => i.id !== 'udhr:30').map((i) => (i.id === 'udhr:1' ? { ...i, title: { ...i.title, en: 'Article 1: Born free' } } : i)),
    };
    expect(await installFrameworks(db, [next])).toEqual({ installed: [], upgraded: ['udhr'] });
    expect((await db.frameworks.get('udhr'))!.version).toBe('1948-r2');
    expect((await db.items.get('udhr:1'))!.title.en).toBe('Article 1: Born free');
    expect(await db.items.get('udhr:30')).toBeUndefined();
    expect((await db.items.get('udhr:25'))!.officialText).toEqual({ en: 'Official wording attached by the user' });
    expect(await db.items.where('frameworkId').equals('charter').count()).toBeGreaterThan(70);
  });

  it('reinstalls a pack whose content changed under the same version (reworded summaries), keeping official text', async () => {
    const db = freshDb();
    await installFrameworks(db);
    await db.items.update('charter:XI.1', { officialText: { en: 'Official wording attached by the user' } });
    const charter = builtinPacks().find((p) => p.framework.id === 'charter')!;
    const reworded: FrameworkPack = { ...charter, items: charter.items.map((i) => (i.id === 'charter:XI.2' ? { ...i, text: { ...i.text, en: 'A new summary' } } : i)) };
    expect(await installFrameworks(db, [reworded])).toEqual({ installed: [], upgraded: ['charter'] });
    expect((await db.items.get('charter:XI.2'))!.text.en).toBe('A new summary');
    expect((await db.items.get('charter:XI.1'))!.officialText).toEqual({ en: 'Official wording attached by the user' });
    expect(await installFrameworks(db, [reworded])).toEqual({ installed: [], upgraded: [] });
    // A database installed before fingerprints were kept is brought up to date once.
    await db.frameworks.update('charter', { contentHash: undefined });
    expect(await installFrameworks(db, [reworded])).toEqual({ installed: [], upgraded: ['charter'] });
  });

  it('changes nothing when the upgrade fails part-way', async () => {
    const db = freshDb();
    await installFrameworks(db);
    const sdg = builtinPacks().find((p) => p.framework.id === 'sdg')!;
    const broken = { ...sdg, framework: { ...sdg.framework, version: 'next' }, items: [...sdg.items, { ...sdg.items[0]!, id: undefined as unknown as string }] };
    await expect(installFrameworks(db, [broken])).rejects.toThrow();
    expect((await db.frameworks.get('sdg'))!.version).toBe(sdg.framework.version);
    expect(await db.items.where('frameworkId').equals('sdg').count()).toBe(186);
  });

  it('loads the installed frameworks back as a catalogue with the crosswalk', async () => {
    const db = freshDb();
    await installFrameworks(db);
    const catalog = await loadCatalog(db);
    expect(catalog.frameworks.map((f) => f.id)).toEqual(['charter', 'udhr', 'sdg']);
    expect(catalog.children('sdg:6').map((i) => i.code)).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.a', '6.b']);
    expect(catalog.relatedTo('charter:XI').map((e) => e.to)).toContain('udhr:25');
  });
});
