// freshDb installs fake-indexeddb, which must come before Dexie is loaded.
import { freshDb, putLinksWithPolicies } from './freshDb';
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../shared/frameworks/builtin';
import { type Link } from '../../../shared/model/link';
import { applyOfficialText, applyRevision, reviewKey } from '../../../renderer/frameworks/frameworkUpdates';
import { installFrameworks } from '../../../renderer/frameworks/installFrameworks';
import { readWorkspaceFromDb } from '../../../renderer/workspace/workspaceRepository';
import { readWorkspaceText, stringifyWorkspace } from '../../../shared/workspace/serialize';
import { testLink } from '../testLink';

const link = (policyId: string, itemId: string): Link => testLink(policyId, itemId);

describe('a Charter revision in IndexedDB', () => {
  it('replaces the items, moves links along the table and keeps unmatched links for review', async () => {
    const db = freshDb();
    await installFrameworks(db);
    await putLinksWithPolicies(db, [link('p1', 'charter:XI.2'), link('p2', 'charter:X.5'), link('p3', 'sdg:6.1'), link('p4', 'charter:I')]);
    const charter = builtinPacks().find((p) => p.framework.id === 'charter')!;
    // Made-up revision: X.5 disappears, XI.2 becomes XI.7.
    const revised = {
      ...charter,
      framework: { ...charter.framework, version: '2026-draft' },
      items: charter.items.filter((i) => i.id !== 'charter:X.5').map((i) => (i.id === 'charter:XI.2' ? { ...i, id: 'charter:XI.7', code: 'XI.7' } : i)),
    };
    const plan = await applyRevision(db, revised, new Map([['charter:XI.2', 'charter:XI.7']]));
    expect(plan.moved.map((m) => m.after.id)).toEqual(['p1|charter:XI.7']);
    expect((await db.links.toArray()).map((l) => l.id).sort()).toEqual(['p1|charter:XI.7', 'p3|sdg:6.1', 'p4|charter:I']);
    expect(((await db.meta.get(reviewKey('charter')))!.value as Link[]).map((l) => l.id)).toEqual(['p2|charter:X.5']);
    expect((await db.frameworks.get('charter'))!.version).toBe('2026-draft');
    expect(await db.items.get('charter:XI.2')).toBeUndefined();
    expect(await db.items.get('charter:XI.7')).toBeDefined();

    // The next start installs the built-in packs again: the user's revision stays, with its moved link.
    expect(await installFrameworks(db)).toEqual({ installed: [], upgraded: [] });
    expect((await db.frameworks.get('charter'))!.version).toBe('2026-draft');
    expect(await db.items.get('charter:XI.7')).toBeDefined();
    expect(await db.items.get('charter:XI.2')).toBeUndefined();
  });

  it('writes nothing when the table names an item the new version lacks', async () => {
    const db = freshDb();
    await installFrameworks(db);
    await putLinksWithPolicies(db, [link('p1', 'charter:XI.2')]);
    const charter = builtinPacks().find((p) => p.framework.id === 'charter')!;
    const revised = { ...charter, framework: { ...charter.framework, version: 'x' } };
    await expect(applyRevision(db, revised, new Map([['charter:XI.2', 'charter:XI.99']]))).rejects.toThrow(/unknownNewItem charter:XI.99/);
    expect((await db.frameworks.get('charter'))!.version).toBe(charter.framework.version);
    expect((await db.links.toArray()).map((l) => l.id)).toEqual(['p1|charter:XI.2']);
  });
});

describe('official text in IndexedDB', () => {
  it('is attached to installed items by code, or not at all', async () => {
    const db = freshDb();
    await installFrameworks(db);
    const meta = { frameworkId: 'sdg', source: 'UN', version: 'A/RES/71/313' };
    expect(await applyOfficialText(db, { ...meta, entries: [{ code: '6.1', text: { en: 'Official 6.1' } }, { code: '6.9', text: { en: 'x' } }] })).toEqual({
      ok: false,
      problems: [{ code: 'unknownCode', detail: '6.9' }],
    });
    expect((await db.items.get('sdg:6.1'))!.officialText).toBeUndefined();
    expect((await db.frameworks.get('sdg'))!.officialTexts).toBeUndefined();
    expect(await applyOfficialText(db, { ...meta, entries: [{ code: '6.1', text: { en: 'Official 6.1' } }] }, '2026-02-01T10:00:00.000Z')).toEqual({ ok: true, value: 1 });
    expect((await db.items.get('sdg:6.1'))!.officialText).toEqual({ en: 'Official 6.1' });
    // Where it came from is kept, on the item per language and on the framework per import.
    expect((await db.items.get('sdg:6.1'))!.officialSource).toEqual({ en: { source: 'UN', version: 'A/RES/71/313' } });
    expect((await db.frameworks.get('sdg'))!.officialTexts).toEqual([{ source: 'UN', version: 'A/RES/71/313', languages: ['en'], items: 1, importedAt: '2026-02-01T10:00:00.000Z' }]);

    // Both survive an app upgrade of the built-in pack, and a saved workspace file names the import.
    const sdg = builtinPacks().find((p) => p.framework.id === 'sdg')!;
    await installFrameworks(db, [{ ...sdg, framework: { ...sdg.framework, version: `${sdg.framework.version}-next` } }]);
    expect((await db.items.get('sdg:6.1'))!.officialSource).toEqual({ en: { source: 'UN', version: 'A/RES/71/313' } });
    expect((await db.frameworks.get('sdg'))!.officialTexts).toHaveLength(1);
    const file = readWorkspaceText(stringifyWorkspace(await readWorkspaceFromDb(db, '2026-02-02T10:00:00.000Z')));
    expect(file.ok && file.workspace.frameworks.find((f) => f.id === 'sdg')).toEqual({
      id: 'sdg',
      version: `${sdg.framework.version}-next`,
      officialText: [{ source: 'UN', version: 'A/RES/71/313', languages: ['en'], items: 1, importedAt: '2026-02-01T10:00:00.000Z' }],
    });
    expect(file.ok && file.workspace.frameworks.find((f) => f.id === 'charter')).toEqual({ id: 'charter', version: '2011' });
  });
});
