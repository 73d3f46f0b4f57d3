// freshDb installs fake-indexeddb, which must come before Dexie is loaded.
import { freshDb } from './freshDb';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HrmapDatabase } from '../../../renderer/db/database';
import { partsOfRow } from '../../../renderer/db/policyRows';
import { i18nOptions } from '../../../shared/i18n/catalogues';
import { linkId, type Link } from '../../../shared/model/link';
import { newPolicy, type Policy } from '../../../shared/model/policy';

beforeAll(() => i18next.init({ ...i18nOptions('en'), initAsync: false }));

const at = '2026-03-01T00:00:00.000Z';
const link = (policyId: string, itemId: string, rationale = ''): Link => ({
  id: linkId(policyId, itemId), policyId, itemId, strength: 'primary', rationale, author: 'A', createdAt: at, updatedAt: at,
});
const policy = (id: string, title = `Policy ${id}`): Policy => newPolicy(id, at, { title });
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
const keys = (db: HrmapDatabase) => db.policyRows.toCollection().primaryKeys();
async function withPolicies(name: string, ...ids: string[]): Promise<HrmapDatabase> {
  const db = freshDb(name);
  await db.policies.bulkPut(ids.map((id) => policy(id)));
  return db;
}

describe('a policy and its links stored as one row', () => {
  it('keeps one row per policy whose key lists its items, rewritten as links come and go', async () => {
    const db = await withPolicies('rows', 'p1', 'p2', 'p3');
    expect(await keys(db)).toEqual([['p1'], ['p2'], ['p3']]);
    await db.links.bulkPut([link('p1', 'sdg:6.1'), link('p1', 'charter:XI'), link('p2', 'udhr:25')]);
    expect(await keys(db)).toEqual([['p1', 'charter:XI', 'sdg:6.1'], ['p2', 'udhr:25'], ['p3']]);

    // Adding to a policy keeps its other links; the row moves to its new key (no stale row is left).
    await db.links.bulkPut([link('p1', 'sdg:11.1', 'housing')]);
    expect(await keys(db)).toEqual([['p1', 'charter:XI', 'sdg:11.1', 'sdg:6.1'], ['p2', 'udhr:25'], ['p3']]);
    // Changing a link's fields keeps the key.
    await db.links.bulkPut([link('p1', 'charter:XI', 'water')]);
    expect((await db.links.get('p1|charter:XI'))?.rationale).toBe('water');
    expect(await db.policyRows.count()).toBe(3);

    // Deleting the last link of a policy keeps the policy's row; ids that do not exist are ignored.
    await db.links.bulkDelete(['p2|udhr:25', 'p9|udhr:1', 'not-a-link-id']);
    expect(await keys(db)).toEqual([['p1', 'charter:XI', 'sdg:11.1', 'sdg:6.1'], ['p2'], ['p3']]);
    expect(await db.links.count()).toBe(3);
    expect(await db.policies.count()).toBe(3);
    // One read gives what the two views give apart.
    expect(await db.rows.policiesAndLinks()).toEqual({ policies: await db.policies.toArray(), links: await db.links.toArray() });
    expect((await db.rows.policiesAndLinks()).links.map((l) => l.id)).toEqual(['p1|charter:XI', 'p1|sdg:11.1', 'p1|sdg:6.1']);
  });

  it('writing a policy keeps its links and key; deleting it deletes its links', async () => {
    const db = await withPolicies('rows-policy', 'p1', 'p2');
    await db.links.bulkPut([link('p1', 'sdg:6.1'), link('p1', 'udhr:25')]);
    await db.policies.bulkPut([{ ...policy('p1'), title: 'Water for all' }]);
    expect(await db.policies.get('p1')).toEqual({ ...policy('p1'), title: 'Water for all' });
    expect((await db.links.ofPolicy('p1')).map((l) => l.id)).toEqual(['p1|sdg:6.1', 'p1|udhr:25']);
    expect(await keys(db)).toEqual([['p1', 'sdg:6.1', 'udhr:25'], ['p2']]);

    await db.policies.bulkDelete(['p1', 'nobody']);
    expect(await keys(db)).toEqual([['p2']]);
    expect(await db.links.toArray()).toEqual([]);
    expect(await db.policies.bulkGet(['p1', 'p2'])).toEqual([undefined, policy('p2')]);
  });

  it('refuses a link to a policy that is not there, and writes nothing of that step', async () => {
    const db = await withPolicies('rows-orphan', 'p1');
    await expect(db.links.bulkPut([link('p1', 'sdg:6.1'), link('ghost', 'sdg:6.1')])).rejects.toThrow('The policy ghost is no longer in the register');
    expect(await keys(db)).toEqual([['p1']]);
    // A policy and its links written in one step are fine, and so is deleting a policy with its links.
    await db.rows.write({ policies: [['p2', policy('p2')]], putLinks: [link('p2', 'udhr:1')] });
    expect(await db.links.ofPolicy('p2')).toEqual([link('p2', 'udhr:1')]);
    await db.rows.write({ policies: [['p2', null]], deleteLinks: ['p2|udhr:1'] });
    await expect(db.rows.write({ policies: [['p1', null]], putLinks: [link('p1', 'udhr:1')] })).rejects.toThrow('The policy p1 is no longer');
    expect(await keys(db)).toEqual([['p1']]);
  });

  it('a policy id that is a prefix of another (p1, p10) keeps its own row', async () => {
    const db = await withPolicies('rows-prefix', 'p1', 'p10', 'p1|x');
    await db.links.bulkPut([link('p1', 'sdg:6.1'), link('p10', 'sdg:6.1'), link('p1|x', 'sdg:6.1')]);
    expect((await db.links.ofPolicy('p1')).map((l) => l.id)).toEqual(['p1|sdg:6.1']);
    expect((await db.policies.get('p1'))?.id).toBe('p1');
    await db.links.bulkDelete(['p1|sdg:6.1']);
    expect(byId(await db.links.toArray()).map((l) => l.id)).toEqual(['p1|x|sdg:6.1', 'p10|sdg:6.1']);
  });

  it('reads by id, policy, item and framework, the same whether few or many policies are asked for', async () => {
    const db = freshDb('rows-read');
    const policies: Policy[] = [];
    const links: Link[] = [];
    for (let i = 0; i < 2_500; i++) {
      const p = `pol-${String(i).padStart(4, '0')}`;
      policies.push(policy(p));
      links.push(link(p, 'sdg:6.1'), link(p, i % 2 ? 'charter:XI' : 'udhr:25'));
    }
    await db.rows.write({ policies: policies.map((p) => [p.id, p] as const), putLinks: links });
    expect(await db.links.count()).toBe(5_000);
    expect(byId(await db.links.toArray())).toEqual(byId(links));
    expect(await db.policies.toArray()).toEqual(policies);
    expect(await db.policies.firstPage(3)).toEqual(policies.slice(0, 3));

    // Few policies are read by key range, many (more than 2,000) from one scan of the keys: same answer.
    const few = ['pol-0003', 'pol-0004'];
    expect(byId(await db.links.ofPolicies(few))).toEqual(byId(links.filter((l) => few.includes(l.policyId))));
    const many = policies.map((p) => p.id).slice(0, 2_100);
    expect(byId(await db.links.ofPolicies(many))).toEqual(byId(links.filter((l) => many.includes(l.policyId))));
    expect(await db.policies.bulkGet([...many, 'none'])).toEqual([...policies.slice(0, 2_100), undefined]);

    const ids = ['pol-0010|udhr:25', 'pol-0010|charter:XI', 'pol-0011|charter:XI'];
    expect((await db.links.bulkGet(ids)).map((l) => l?.id)).toEqual(['pol-0010|udhr:25', undefined, 'pol-0011|charter:XI']);
    expect((await db.links.ofItem('charter:XI')).length).toBe(1_250);
    expect((await db.links.ofFramework('udhr')).map((l) => l.itemId)).toEqual(Array(1_250).fill('udhr:25'));
    expect(await db.links.ofItem('sdg:6')).toEqual([]);
  });

  it('within one transaction, rows read or written once are remembered and stay true through later writes', async () => {
    const db = await withPolicies('rows-tx', 'p1', 'p2');
    await db.links.bulkPut([link('p1', 'sdg:6.1'), link('p2', 'udhr:25')]);
    await db.transaction('rw', db.policyRows, async () => {
      expect((await db.links.ofPolicy('p1')).map((l) => l.itemId)).toEqual(['sdg:6.1']);
      await db.links.bulkPut([link('p1', 'charter:XI')]);
      await db.links.bulkDelete(['p1|sdg:6.1']);
      await db.policies.bulkPut([{ ...policy('p1'), title: 'Renamed' }]);
      expect((await db.links.ofPolicies(['p1', 'p2', 'p3'])).map((l) => l.id)).toEqual(['p1|charter:XI', 'p2|udhr:25']);
      expect((await db.policies.get('p1'))?.title).toBe('Renamed');
      await db.rows.clear();
      await db.rows.addNew([policy('p3')], [link('p3', 'sdg:1.1')]);
      expect((await db.links.ofPolicies(['p1', 'p3'])).map((l) => l.id)).toEqual(['p3|sdg:1.1']);
    });
    expect(await keys(db)).toEqual([['p3', 'sdg:1.1']]);
    // A transaction that fails leaves nothing remembered behind: the next one reads the table.
    await expect(
      db.transaction('rw', db.policyRows, async () => {
        await db.links.bulkPut([link('p3', 'udhr:1')]);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect((await db.links.ofPolicy('p3')).map((l) => l.id)).toEqual(['p3|sdg:1.1']);
  });

  it('filling an empty store refuses repeated ids, links without their policy, and a store that is not empty', async () => {
    const db = freshDb('rows-add');
    await expect(db.rows.addNew([policy('p1')], [link('p1', 'sdg:6.1'), link('p1', 'sdg:6.1')])).rejects.toThrow('“p1|sdg:6.1” is there more than once among the links: nothing was written.');
    await expect(db.rows.addNew([policy('p1'), policy('p1')], [])).rejects.toThrow('“p1” is there more than once among the policies: nothing was written.');
    await expect(db.rows.addNew([policy('p1')], [link('p2', 'sdg:6.1')])).rejects.toThrow('The policy p2 is no longer in the register');
    await db.rows.addNew([policy('p1')], [link('p1', 'sdg:6.1')]);
    await expect(db.rows.addNew([policy('p2')], [])).rejects.toThrow('The workspace already holds policies: nothing was written.');
    expect(await keys(db)).toEqual([['p1', 'sdg:6.1']]);
  });

  it('a stored row of the wrong shape is read so that checking it against the schema reports it', () => {
    const row = { policy: policy('p1'), links: [link('p1', 'sdg:6.1')] };
    expect(partsOfRow(row)).toEqual(row);
    expect(partsOfRow({ policy: policy('p1'), links: 'broken' })).toEqual({ policy: policy('p1'), links: ['broken'] });
    expect(partsOfRow({ id: 'p1', title: 'a bare policy' })).toEqual({ policy: { id: 'p1', title: 'a bare policy' }, links: [] });
    expect(partsOfRow(null)).toEqual({ policy: null, links: [] });
  });
});
