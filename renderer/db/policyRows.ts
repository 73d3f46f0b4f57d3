import Dexie, { type IndexableTypeArrayReadonly, type Table } from 'dexie';
import i18next from 'i18next';
import type { Link } from '../../shared/model/link';
import type { Policy } from '../../shared/model/policy';

/**
 * How policies and links are stored: one row per policy holding the policy and all its links, under the key
 * `[policyId, ...itemIds]` (item ids sorted). Chromium's IndexedDB pays about 60 µs per request whatever the
 * row's size, so an import of 20,000 policies with 100,000 links writes 20,000 rows (policies and their links
 * had a table each until v6: twice the requests, a second more); and the keys alone say which policies link to
 * an item, so that only their rows are read.
 */
export interface PolicyRow {
  policy: Policy;
  /** Sorted by item id, as the key lists them. */
  links: Link[];
}

export type PolicyRowKey = [string, ...string[]];

/** What one write changes: policies put or deleted (null: the row goes, links and all), links put or deleted by id. */
export interface RowChanges {
  policies?: Iterable<readonly [string, Policy | null]>;
  putLinks?: Iterable<Link>;
  deleteLinks?: Iterable<string>;
}

/** What a write will do: rows to delete (their old keys) and rows to put under their keys. */
export interface RowWrite {
  staleKeys: PolicyRowKey[];
  rows: PolicyRow[];
  keys: PolicyRowKey[];
}

export interface WriteProgress {
  /** Rows (policies) per bulk write; all at once when not given. */
  chunkRows?: number;
  onWritten?: (rows: number) => void;
}

/**
 * Up to this many policies, their rows are read by key range, one request each (tens of microseconds); more, from
 * one scan of every key (about 0.1 s at 20,000 policies) and a read of the rows found: an import of thousands of
 * new policies then costs one scan instead of a request per policy.
 */
const RANGE_READS_UP_TO = 2_000;

/** The policy and item of a link id (`policy|item`; the item id never holds a `|`). */
export function splitLinkId(id: string): { policyId: string; itemId: string } | null {
  const at = id.lastIndexOf('|');
  return at > 0 ? { policyId: id.slice(0, at), itemId: id.slice(at + 1) } : null;
}

/** Links in the order a row's key lists them: by item id. */
export const sortedByItem = (links: Iterable<Link>): Link[] => [...links].sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));

/** One policy and its links as a row and its key: links sorted by item, as the key lists them. */
export function policyRowOf(policy: Policy, links: Iterable<Link>): { row: PolicyRow; key: PolicyRowKey } {
  const sorted = sortedByItem(links);
  return { row: { policy, links: sorted }, key: [policy.id, ...sorted.map((l) => l.itemId)] };
}

/**
 * The policy and links a stored row holds, for reading a database that may be damaged: anything missing or of the
 * wrong shape is returned as it is, so that checking it against the schema reports it.
 */
export function partsOfRow(row: unknown): { policy: unknown; links: unknown[] } {
  const parts = typeof row === 'object' && row !== null ? (row as Partial<Record<keyof PolicyRow, unknown>>) : {};
  const links = parts.links === undefined ? [] : Array.isArray(parts.links) ? parts.links : [parts.links];
  return { policy: parts.policy ?? row, links };
}

/**
 * Policies and their links as rows and keys, in the policies' order. A repeated id or a link to a policy not
 * among them is an error.
 */
export function policyRowsOf(policies: Policy[], links: Link[]): { rows: PolicyRow[]; keys: PolicyRowKey[] } {
  const byPolicy = new Map<string, Map<string, Link>>();
  for (const policy of policies) {
    if (byPolicy.has(policy.id)) throw new Error(i18next.t('common:errors.repeatedPolicy', { id: policy.id }));
    byPolicy.set(policy.id, new Map());
  }
  for (const link of links) {
    const set = byPolicy.get(link.policyId);
    if (!set) throw new Error(i18next.t('common:errors.noPolicy', { id: link.policyId }));
    if (set.has(link.itemId)) throw new Error(i18next.t('common:errors.repeatedLink', { id: link.id }));
    set.set(link.itemId, link);
  }
  const rows: PolicyRow[] = [];
  const keys: PolicyRowKey[] = [];
  for (const policy of policies) {
    const { row, key } = policyRowOf(policy, byPolicy.get(policy.id)!.values());
    rows.push(row);
    keys.push(key);
  }
  return { rows, keys };
}

/** The key a stored row is under (its links are stored sorted, as the key lists them). */
export const keyOfRow = (row: PolicyRow): PolicyRowKey => [row.policy.id, ...row.links.map((l) => l.itemId)];

/** Dexie types a list of out-of-line keys as one-part keys; IndexedDB takes our array keys as they are. */
const outbound = (keys: PolicyRowKey[]) => keys as unknown as IndexableTypeArrayReadonly;

const sameKey = (a: PolicyRowKey, b: PolicyRowKey) => a.length === b.length && a.every((part, i) => part === b[i]);

/** Every key of one policy's row lies in this range: arrays sort after strings, so `[p, []]` is above `[p, …items]`. */
export const policyRange = (policyId: string): [PolicyRowKey, [string, never[]]] => [[policyId], [policyId, []]];

/**
 * The stored rows of policies and their links (the `policyRows` table), read and written by policy. The policy
 * and link views (policyTable.ts, linkTable.ts) go through it; call it inside a transaction over `policyRows` to
 * make it part of that transaction, as with any Dexie table.
 */
export class PolicyRows {
  /**
   * The rows read or written in each open transaction, by policy (null: none): a step that reads a policy to
   * plan a change and then writes it reads it once. Only this class writes the table, so the remembered rows
   * stay true until the transaction ends.
   */
  private readonly seen = new WeakMap<IDBTransaction, Map<string, PolicyRow | null>>();

  constructor(readonly table: () => Table<PolicyRow, PolicyRowKey>) {}

  all(): Promise<PolicyRow[]> {
    return this.table().toArray();
  }

  /** Every policy and every link, in one read of the table (reading `policies` and `links` apart reads it twice). */
  async policiesAndLinks(): Promise<{ policies: Policy[]; links: Link[] }> {
    const rows = await this.all();
    return { policies: rows.map((row) => row.policy), links: rows.flatMap((row) => row.links) };
  }

  /** The first rows in key order (by policy id). */
  first(size: number): Promise<PolicyRow[]> {
    return this.table().limit(size).toArray();
  }

  count(): Promise<number> {
    return this.table().count();
  }

  keys(): Promise<PolicyRowKey[]> {
    return this.table().toCollection().primaryKeys();
  }

  /** The rows whose keys pass `holds`: only those are read. */
  async whereKey(holds: (key: PolicyRowKey) => boolean): Promise<PolicyRow[]> {
    const keys = (await this.keys()).filter(holds);
    if (!keys.length) return [];
    return ((await this.table().bulkGet(keys)).filter(Boolean) as PolicyRow[]);
  }

  /** The rows of these policies, by policy id. */
  async of(policyIds: Iterable<string>): Promise<Map<string, PolicyRow>> {
    const seen = this.seenInTransaction();
    const result = new Map<string, PolicyRow>();
    const wanted: string[] = [];
    for (const id of new Set(policyIds)) {
      const known = seen?.get(id);
      if (known === undefined) wanted.push(id);
      else if (known) result.set(id, known);
    }
    if (!wanted.length) return result;
    const table = this.table();
    let rows: PolicyRow[];
    if (wanted.length <= RANGE_READS_UP_TO) {
      const found = await Promise.all(wanted.map((id) => table.where(':id').between(...policyRange(id)).toArray()));
      rows = found.flat();
    } else {
      const ids = new Set(wanted);
      rows = await this.whereKey((key) => ids.has(key[0]));
    }
    for (const row of rows) result.set(row.policy.id, row);
    if (seen) for (const id of wanted) seen.set(id, result.get(id) ?? null);
    return result;
  }

  /**
   * Writes policies and links: each touched policy's row is read, changed and written back under its new key
   * (or deleted with its policy). It is one transaction, nested in the caller's when there is one, so a row never
   * loses its old key without getting its new one.
   */
  async write(changes: RowChanges, progress: WriteProgress = {}): Promise<void> {
    const table = this.table();
    await table.db.transaction('rw', table, async () => {
      // Every chunk at once: IndexedDB runs the requests in order.
      await Promise.all(this.chunkWrites(await this.plan(changes), progress).map((queue) => queue()));
    });
  }

  /**
   * The first half of write(): reads the touched policies' rows and works out what to write (nothing is written).
   * A link to a policy that is not there, and stays so, is refused: every row holds its policy.
   */
  async plan(changes: RowChanges): Promise<RowWrite> {
    const policies = new Map(changes.policies ?? []);
    const links = new Map<string, Map<string, Link | null>>();
    const note = (policyId: string, itemId: string, link: Link | null) => {
      let set = links.get(policyId);
      if (!set) links.set(policyId, (set = new Map()));
      set.set(itemId, link);
    };
    for (const id of changes.deleteLinks ?? []) {
      const part = splitLinkId(id);
      if (part) note(part.policyId, part.itemId, null);
    }
    for (const link of changes.putLinks ?? []) note(link.policyId, link.itemId, link);
    const planned: RowWrite = { staleKeys: [], rows: [], keys: [] };
    const touched = new Set([...policies.keys(), ...links.keys()]);
    if (!touched.size) return planned;
    const current = await this.of(touched);
    for (const id of touched) {
      const before = current.get(id);
      const policy = policies.has(id) ? policies.get(id)! : (before?.policy ?? null);
      const changed = links.get(id);
      const beforeKey = before && keyOfRow(before);
      if (!policy) {
        if (changed && [...changed.values()].some(Boolean)) throw new Error(i18next.t('common:errors.noPolicy', { id }));
        if (beforeKey) planned.staleKeys.push(beforeKey);
        continue;
      }
      let kept = before?.links ?? [];
      if (changed) {
        const set = new Map(kept.map((l) => [l.itemId, l]));
        for (const [itemId, link] of changed) link ? set.set(itemId, link) : set.delete(itemId);
        kept = [...set.values()];
      }
      const next = policyRowOf(policy, kept);
      if (beforeKey && !sameKey(beforeKey, next.key)) planned.staleKeys.push(beforeKey);
      planned.rows.push(next.row);
      planned.keys.push(next.key);
    }
    return planned;
  }

  /**
   * The second half of write(): steps that each queue one chunk when called (the stale keys' deletion first), so
   * that a caller may queue them a few at a time (the import); each chunk reports its rows when written. Call
   * them in order, inside the transaction.
   */
  chunkWrites(planned: RowWrite, progress: WriteProgress = {}): Array<() => Promise<unknown>> {
    const seen = this.seenInTransaction();
    if (seen) {
      for (const key of planned.staleKeys) seen.set(key[0], null);
      for (const row of planned.rows) seen.set(row.policy.id, row);
    }
    const table = this.table();
    const writes: Array<() => Promise<unknown>> = planned.staleKeys.length ? [() => table.bulkDelete(planned.staleKeys)] : [];
    const chunk = progress.chunkRows ?? planned.rows.length;
    for (let i = 0; i < planned.rows.length; i += chunk) {
      const part = planned.rows.slice(i, i + chunk);
      const keys = outbound(planned.keys.slice(i, i + chunk));
      writes.push(() => table.bulkPut(part, keys).then(() => progress.onWritten?.(part.length)));
    }
    return writes;
  }

  /**
   * Fills an empty table (a new database, or one just cleared in the same transaction) with policies and their
   * links. A repeated id or a link to a policy not among them is an error, and nothing is written.
   */
  async addNew(policies: Policy[], links: Link[]): Promise<void> {
    const { rows, keys } = policyRowsOf(policies, links);
    const table = this.table();
    this.forgetSeen();
    if (await table.count()) throw new Error(i18next.t('common:errors.notEmpty'));
    if (rows.length) await table.bulkAdd(rows, outbound(keys));
  }

  clear(): Promise<void> {
    this.forgetSeen();
    return this.table().clear();
  }

  private seenInTransaction(): Map<string, PolicyRow | null> | null {
    const idb = Dexie.currentTransaction?.idbtrans;
    if (!idb) return null;
    let seen = this.seen.get(idb);
    if (!seen) this.seen.set(idb, (seen = new Map()));
    return seen;
  }

  /** After a write that did not say row by row what it changed (clear, addNew): read again from the table. */
  private forgetSeen(): void {
    const idb = Dexie.currentTransaction?.idbtrans;
    if (idb) this.seen.delete(idb);
  }
}
