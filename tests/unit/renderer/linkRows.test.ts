// freshDb installs fake-indexeddb, which must come before Dexie is loaded.
import { freshDb } from './freshDb';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { linksInRow } from '../../../renderer/db/linkRows';
import { i18nOptions } from '../../../shared/i18n/catalogues';
import { linkId, type Link } from '../../../shared/model/link';

beforeAll(() => i18next.init({ ...i18nOptions('en'), initAsync: false }));

const at = '2026-03-01T00:00:00.000Z';
const link = (policyId: string, itemId: string, rationale = ''): Link => ({
  id: linkId(policyId, itemId), policyId, itemId, strength: 'primary', rationale, author: 'A', createdAt: at, updatedAt: at,
});
const byId = (links: Link[]) => [...links].sort((a, b) => a.id.localeCompare(b.id));

describe('links stored one row per policy', () => {
  it('keeps one row per policy whose key lists its items, rewritten as links come and go', async () => {
    const db = freshDb('linkrows');
    await db.links.bulkPut([link('p1', 'sdg:6.1'), link('p1', 'charter:XI'), link('p2', 'udhr:25')]);
    expect(await db.linkSets.toCollection().primaryKeys()).toEqual([['p1', 'charter:XI', 'sdg:6.1'], ['p2', 'udhr:25']]);

    // Adding to a policy keeps its other links; the row moves to its new key (no stale row is left).
    await db.links.bulkPut([link('p1', 'sdg:11.1', 'housing')]);
    expect(await db.linkSets.toCollection().primaryKeys()).toEqual([['p1', 'charter:XI', 'sdg:11.1', 'sdg:6.1'], ['p2', 'udhr:25']]);
    // Changing a link's fields keeps the key.
    await db.links.bulkPut([link('p1', 'charter:XI', 'water')]);
    expect((await db.links.get('p1|charter:XI'))?.rationale).toBe('water');
    expect(await db.linkSets.count()).toBe(2);

    // Deleting the last link of a policy deletes its row; ids that do not exist are ignored.
    await db.links.bulkDelete(['p2|udhr:25', 'p9|udhr:1', 'not-a-link-id']);
    expect(await db.linkSets.toCollection().primaryKeys()).toEqual([['p1', 'charter:XI', 'sdg:11.1', 'sdg:6.1']]);
    expect(await db.links.count()).toBe(3);
    expect(await db.links.pairs()).toEqual([
      { id: 'p1|charter:XI', policyId: 'p1', itemId: 'charter:XI' },
      { id: 'p1|sdg:11.1', policyId: 'p1', itemId: 'sdg:11.1' },
      { id: 'p1|sdg:6.1', policyId: 'p1', itemId: 'sdg:6.1' },
    ]);
  });

  it('a policy id that is a prefix of another (p1, p10) keeps its own row', async () => {
    const db = freshDb('linkrows-prefix');
    await db.links.bulkPut([link('p1', 'sdg:6.1'), link('p10', 'sdg:6.1'), link('p1|x', 'sdg:6.1')]);
    expect((await db.links.ofPolicy('p1')).map((l) => l.id)).toEqual(['p1|sdg:6.1']);
    await db.links.bulkDelete(['p1|sdg:6.1']);
    expect(byId(await db.links.toArray()).map((l) => l.id)).toEqual(['p1|x|sdg:6.1', 'p10|sdg:6.1']);
  });

  it('reads by id, policy, item and framework, the same whether few or many policies are asked for', async () => {
    const db = freshDb('linkrows-read');
    const links: Link[] = [];
    for (let i = 0; i < 2_500; i++) {
      const p = `pol-${String(i).padStart(4, '0')}`;
      links.push(link(p, 'sdg:6.1'), link(p, i % 2 ? 'charter:XI' : 'udhr:25'));
    }
    await db.links.bulkPut(links);
    expect(await db.links.count()).toBe(5_000);
    expect(byId(await db.links.toArray())).toEqual(byId(links));

    // Few policies are read by key range, many (more than 2,000) from one scan of the keys: same answer.
    const few = ['pol-0003', 'pol-0004'];
    expect(byId(await db.links.ofPolicies(few))).toEqual(byId(links.filter((l) => few.includes(l.policyId))));
    const many = [...new Set(links.map((l) => l.policyId))].slice(0, 2_100);
    expect(byId(await db.links.ofPolicies(many))).toEqual(byId(links.filter((l) => many.includes(l.policyId))));

    const ids = ['pol-0010|udhr:25', 'pol-0010|charter:XI', 'pol-0011|charter:XI'];
    expect((await db.links.bulkGet(ids)).map((l) => l?.id)).toEqual(['pol-0010|udhr:25', undefined, 'pol-0011|charter:XI']);
    expect((await db.links.ofItem('charter:XI')).length).toBe(1_250);
    expect((await db.links.ofFramework('udhr')).map((l) => l.itemId)).toEqual(Array(1_250).fill('udhr:25'));
    expect(await db.links.ofItem('sdg:6')).toEqual([]);

    // Pages of policies, each after the last policy of the one before, cover every link once.
    const seen: Link[] = [];
    for (let after: string | null = null; ; ) {
      const page = await db.links.page(after, 400);
      if (!page.length) break;
      seen.push(...page);
      after = page[page.length - 1]!.policyId;
    }
    expect(byId(seen)).toEqual(byId(links));
  });

  it('within one transaction, rows read or written once are remembered and stay true through later writes', async () => {
    const db = freshDb('linkrows-tx');
    await db.links.bulkPut([link('p1', 'sdg:6.1'), link('p2', 'udhr:25')]);
    await db.transaction('rw', db.linkSets, async () => {
      expect((await db.links.ofPolicy('p1')).map((l) => l.itemId)).toEqual(['sdg:6.1']);
      await db.links.bulkPut([link('p1', 'charter:XI')]);
      await db.links.bulkDelete(['p1|sdg:6.1']);
      expect((await db.links.ofPolicies(['p1', 'p2', 'p3'])).map((l) => l.id)).toEqual(['p1|charter:XI', 'p2|udhr:25']);
      await db.links.clear();
      await db.links.addNew([link('p3', 'sdg:1.1')]);
      expect((await db.links.ofPolicies(['p1', 'p3'])).map((l) => l.id)).toEqual(['p3|sdg:1.1']);
    });
    expect(await db.linkSets.toCollection().primaryKeys()).toEqual([['p3', 'sdg:1.1']]);
    // A transaction that fails leaves nothing remembered behind: the next one reads the table.
    await expect(
      db.transaction('rw', db.linkSets, async () => {
        await db.links.bulkPut([link('p3', 'udhr:1')]);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect((await db.links.ofPolicy('p3')).map((l) => l.id)).toEqual(['p3|sdg:1.1']);
  });

  it('filling an empty store refuses repeated link ids and rows that are there already', async () => {
    const db = freshDb('linkrows-add');
    await expect(db.links.addNew([link('p1', 'sdg:6.1'), link('p1', 'sdg:6.1')])).rejects.toThrow('“p1|sdg:6.1” is there more than once among the links: nothing was written.');
    await db.links.addNew([link('p1', 'sdg:6.1')]);
    await expect(db.links.addNew([link('p1', 'sdg:6.1')])).rejects.toThrow();
    expect(await db.links.count()).toBe(1);
  });

  it('a stored row that is not a set of links is checked as a link, so the check reports it', () => {
    const set = { policyId: 'p1', links: [link('p1', 'sdg:6.1')] };
    expect(linksInRow(set)).toEqual(set.links);
    expect(linksInRow({ policyId: 'p1', links: 'broken' })).toEqual([{ policyId: 'p1', links: 'broken' }]);
    expect(linksInRow(null)).toEqual([null]);
  });
});
