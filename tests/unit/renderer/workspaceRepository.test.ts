// freshDb installs fake-indexeddb, which must come before Dexie is loaded.
import { freshDb } from './freshDb';
import { describe, expect, it } from 'vitest';
import { readSettings, readWorkspaceFromDb, replaceWorkspaceInDb, writeSetting } from '../../../renderer/workspace/workspaceRepository';
import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { workspaceStats } from '../../../shared/stats';
import { generateDemoWorkspace } from '../../../shared/workspace/demo';
import { readWorkspaceText, stringifyWorkspace } from '../../../shared/workspace/serialize';


describe('workspace <-> IndexedDB', () => {
  it('settings written one at a time keep the others and travel in the workspace file (milestones reach hrmap stats)', async () => {
    const db = freshDb();
    await writeSetting(db, 'backupsToKeep', 7);
    await writeSetting(db, 'campaign.milestones', [25, 250]);
    expect(await readSettings(db)).toEqual({ backupsToKeep: 7, 'campaign.milestones': [25, 250] });
    const saved = await readWorkspaceFromDb(db);
    expect(saved.settings).toEqual({ backupsToKeep: 7, 'campaign.milestones': [25, 250] });
    expect(workspaceStats(saved, builtinCatalog()).campaign.milestones.map((m) => m.target)).toEqual([25, 250]);
  });

  it('a saved workspace opens into another database identically', async () => {
    const source = generateDemoWorkspace({ policies: 200, seed: 8 });
    const policy = source.policies[0]!;
    source.settings = { backupsToKeep: 5 };
    source.changes = [{ at: '2026-01-01T00:00:00.000Z', label: 'history.edit', ops: [{ table: 'policies', id: policy.id, before: null, after: policy }], undone: 0 }];
    const a = freshDb();
    await replaceWorkspaceInDb(a, source);
    const saved = await readWorkspaceFromDb(a, source.savedAt);
    const sortById = <T extends { id: string }>(rows: T[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
    expect(sortById(saved.policies)).toEqual(sortById(source.policies));
    expect(sortById(saved.links)).toEqual(sortById(source.links));
    expect(saved.changes).toEqual(source.changes);
    expect(saved.settings).toEqual({ backupsToKeep: 5 });
    expect(saved.name).toBe('Demo workspace');

    const text = stringifyWorkspace(saved);
    const parsed = readWorkspaceText(text);
    expect(parsed.ok).toBe(true);
    const b = freshDb();
    await b.policies.bulkPut([{ ...policy, id: 'left-over' }]);
    await replaceWorkspaceInDb(b, parsed.ok ? parsed.workspace : source);
    expect(await b.policies.get('left-over')).toBeUndefined();
    expect(await b.policies.count()).toBe(200);
    expect(await b.links.count()).toBe(source.links.length);
  });

  it('a failing open leaves the current workspace as it was', async () => {
    const db = freshDb();
    const current = generateDemoWorkspace({ policies: 20, seed: 1 });
    await replaceWorkspaceInDb(db, current);
    const incoming = generateDemoWorkspace({ policies: 30, seed: 2 });
    // Two links with one id: bulkAdd fails half-way, the transaction must roll everything back.
    incoming.links.push({ ...incoming.links[0]! });
    await expect(replaceWorkspaceInDb(db, incoming)).rejects.toThrow();
    expect(await db.policies.count()).toBe(20);
    expect((await db.policies.get(current.policies[0]!.id))?.title).toBe(current.policies[0]!.title);
    expect(await db.links.count()).toBe(current.links.length);
  });
});
