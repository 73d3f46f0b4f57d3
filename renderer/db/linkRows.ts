import Dexie, { type IndexableTypeArrayReadonly, type Table } from 'dexie';
import i18next from 'i18next';
import { linkId, type Link } from '../../shared/model/link';

/**
 * How links are stored: one row per policy holding all its links, under the key `[policyId, ...itemIds]`
 * (item ids sorted). Chromium's IndexedDB pays about 60 µs per request whatever the row's size, so an import
 * of 20,000 policies with 100,000 links writes 20,000 link rows instead of 100,000; and the keys alone say
 * which policy links to which item, so the register draws its chips without reading a single row.
 */
export interface LinkSetRow {
  policyId: string;
  links: Link[];
}

export type LinkSetKey = [string, ...string[]];

/** What a write of links will do: rows to delete (their old keys) and rows to put under their keys. */
export interface LinkWrite {
  staleKeys: LinkSetKey[];
  rows: LinkSetRow[];
  keys: LinkSetKey[];
}

export interface WriteProgress {
  /** Rows (policies) per bulk write; all at once when not given. */
  chunkRows?: number;
  onWritten?: (links: number) => void;
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

/**
 * The links a stored row holds, for reading a database that may be damaged: a row that is not a policy's set
 * of links is returned as it is, so that checking it as a link reports it.
 */
export function linksInRow(row: unknown): unknown[] {
  return typeof row === 'object' && row !== null && Array.isArray((row as Partial<LinkSetRow>).links) ? (row as LinkSetRow).links : [row];
}

/** One policy's links as a row and its key: links sorted by item, as the key lists them. */
export function linkSetOf(policyId: string, links: Iterable<Link>): { row: LinkSetRow; key: LinkSetKey } {
  const sorted = [...links].sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
  return { row: { policyId, links: sorted }, key: [policyId, ...sorted.map((l) => l.itemId)] };
}

/** The key a stored row is under (its links are stored sorted, as the key lists them). */
const keyOf = (row: LinkSetRow): LinkSetKey => [row.policyId, ...row.links.map((l) => l.itemId)];

/** Groups links by policy into rows and keys (a later link with the same id replaces an earlier one). */
export function linkSetsOf(links: Iterable<Link>): { rows: LinkSetRow[]; keys: LinkSetKey[] } {
  const byPolicy = new Map<string, Map<string, Link>>();
  for (const link of links) {
    let set = byPolicy.get(link.policyId);
    if (!set) byPolicy.set(link.policyId, (set = new Map()));
    set.set(link.itemId, link);
  }
  const rows: LinkSetRow[] = [];
  const keys: LinkSetKey[] = [];
  for (const [policyId, set] of byPolicy) {
    const { row, key } = linkSetOf(policyId, set.values());
    rows.push(row);
    keys.push(key);
  }
  return { rows, keys };
}

/** Dexie types a list of out-of-line keys as one-part keys; IndexedDB takes our array keys as they are. */
const outbound = (keys: LinkSetKey[]) => keys as unknown as IndexableTypeArrayReadonly;

const sameKey = (a: LinkSetKey, b: LinkSetKey) => a.length === b.length && a.every((part, i) => part === b[i]);

/** Every key of one policy's row lies in this range: arrays sort after strings, so `[p, []]` is above `[p, …items]`. */
const policyRange = (policyId: string): [LinkSetKey, [string, never[]]] => [[policyId], [policyId, []]];

/**
 * The links of a workspace, read and written as links whatever their storage (the `linkSets` table). Call it
 * inside a transaction over `linkSets` to make it part of that transaction, as with any Dexie table.
 */
export class LinkRows {
  /**
   * The rows read or written in each open transaction, by policy (null: none): a step that reads a policy's
   * links to plan a change and then writes them reads them once. Only this class writes the table, so the
   * remembered rows stay true until the transaction ends.
   */
  private readonly seen = new WeakMap<IDBTransaction, Map<string, LinkSetRow | null>>();

  constructor(private readonly sets: () => Table<LinkSetRow, LinkSetKey>) {}

  async toArray(): Promise<Link[]> {
    return (await this.sets().toArray()).flatMap((row) => row.links);
  }

  async count(): Promise<number> {
    return (await this.keys()).reduce((n, key) => n + key.length - 1, 0);
  }

  /** Which policy is linked to which item, from the keys alone. */
  async pairs(): Promise<Array<Pick<Link, 'id' | 'policyId' | 'itemId'>>> {
    return (await this.keys()).flatMap(([policyId, ...itemIds]) => itemIds.map((itemId) => ({ id: linkId(policyId, itemId), policyId, itemId })));
  }

  /** The links of `size` policies at most, in key order, after those of `afterPolicyId` (null: from the start). */
  async page(afterPolicyId: string | null, size: number): Promise<Link[]> {
    const sets = this.sets();
    const from = afterPolicyId === null ? sets.toCollection() : sets.where(':id').above(policyRange(afterPolicyId)[1]);
    return (await from.limit(size).toArray()).flatMap((row) => row.links);
  }

  /** A first few rows whole, for checking that the store reads (start-up check). */
  async sample(rows: number): Promise<LinkSetRow[]> {
    return this.sets().limit(rows).toArray();
  }

  async get(id: string): Promise<Link | undefined> {
    return (await this.bulkGet([id]))[0];
  }

  /** The links with these ids, in the same order (undefined where there is none). */
  async bulkGet(ids: string[]): Promise<Array<Link | undefined>> {
    const parts = ids.map(splitLinkId);
    const sets = await this.setsOf(parts.flatMap((p) => (p ? [p.policyId] : [])));
    return parts.map((p) => (p ? sets.get(p.policyId)?.links.find((l) => l.itemId === p.itemId) : undefined));
  }

  async ofPolicies(policyIds: string[]): Promise<Link[]> {
    return [...(await this.setsOf(policyIds)).values()].flatMap((row) => row.links);
  }

  ofPolicy(policyId: string): Promise<Link[]> {
    return this.ofPolicies([policyId]);
  }

  /** The links to one item: the keys say which rows hold one, and only those are read. */
  ofItem(itemId: string): Promise<Link[]> {
    return this.matching((key) => key.includes(itemId, 1), (link) => link.itemId === itemId);
  }

  /** The links to any item of one framework. */
  ofFramework(frameworkId: string): Promise<Link[]> {
    const prefix = `${frameworkId}:`;
    return this.matching((key) => key.some((itemId, i) => i > 0 && itemId.startsWith(prefix)), (link) => link.itemId.startsWith(prefix));
  }

  bulkPut(links: Link[]): Promise<void> {
    return this.write(links, []);
  }

  bulkDelete(ids: string[]): Promise<void> {
    return this.write([], ids);
  }

  /**
   * Writes links and deletes others (by id) in their policies' rows: each touched policy's row is read, changed
   * and written back under its new key (or deleted when no link is left). It is one transaction, nested in the
   * caller's when there is one, so a row never loses its old key without getting its new one.
   */
  async write(put: Link[], deleteIds: string[], progress: WriteProgress = {}): Promise<void> {
    const sets = this.sets();
    await sets.db.transaction('rw', sets, async () => {
      // Every chunk at once: IndexedDB runs the requests in order.
      await Promise.all(this.chunkWrites(await this.planWrite(put, deleteIds), progress).map((queue) => queue()));
    });
  }

  /** The first half of write(): reads the touched policies' rows and works out what to write (nothing is written). */
  async planWrite(put: Link[], deleteIds: string[]): Promise<LinkWrite> {
    const changes = new Map<string, Map<string, Link | null>>();
    const note = (policyId: string, itemId: string, link: Link | null) => {
      let set = changes.get(policyId);
      if (!set) changes.set(policyId, (set = new Map()));
      set.set(itemId, link);
    };
    for (const id of deleteIds) {
      const part = splitLinkId(id);
      if (part) note(part.policyId, part.itemId, null);
    }
    for (const link of put) note(link.policyId, link.itemId, link);
    const planned: LinkWrite = { staleKeys: [], rows: [], keys: [] };
    if (!changes.size) return planned;
    const current = await this.setsOf([...changes.keys()]);
    for (const [policyId, set] of changes) {
      const before = current.get(policyId);
      const links = new Map(before?.links.map((l) => [l.itemId, l]));
      for (const [itemId, link] of set) link ? links.set(itemId, link) : links.delete(itemId);
      const next = linkSetOf(policyId, links.values());
      const beforeKey = before && keyOf(before);
      if (beforeKey && (!links.size || !sameKey(beforeKey, next.key))) planned.staleKeys.push(beforeKey);
      if (links.size) {
        planned.rows.push(next.row);
        planned.keys.push(next.key);
      }
    }
    return planned;
  }

  /**
   * The second half of write(): steps that each queue one chunk when called (the stale keys' deletion first), so
   * that a caller may queue them a few at a time (the import); each chunk reports its links when written. Call
   * them in order, inside the transaction.
   */
  chunkWrites(planned: LinkWrite, progress: WriteProgress = {}): Array<() => Promise<unknown>> {
    const seen = this.seenInTransaction();
    if (seen) {
      for (const key of planned.staleKeys) seen.set(key[0], null);
      for (const row of planned.rows) seen.set(row.policyId, row);
    }
    const sets = this.sets();
    const writes: Array<() => Promise<unknown>> = planned.staleKeys.length ? [() => sets.bulkDelete(planned.staleKeys)] : [];
    const chunk = progress.chunkRows ?? planned.rows.length;
    for (let i = 0; i < planned.rows.length; i += chunk) {
      const part = planned.rows.slice(i, i + chunk);
      const keys = outbound(planned.keys.slice(i, i + chunk));
      const links = part.reduce((n, row) => n + row.links.length, 0);
      writes.push(() => sets.bulkPut(part, keys).then(() => progress.onWritten?.(links)));
    }
    return writes;
  }

  /** Adds links to policies that have none yet (filling an empty workspace); an existing row or a repeated id is an error. */
  async addNew(links: Link[]): Promise<void> {
    // Workspace files are checked for repeated ids before they get here; this keeps bulkAdd's guarantee anyway.
    const seen = new Set<string>();
    for (const link of links) {
      if (seen.has(link.id)) throw new Error(i18next.t('common:errors.repeatedLink', { id: link.id }));
      seen.add(link.id);
    }
    const { rows, keys } = linkSetsOf(links);
    this.forgetSeen();
    if (rows.length) await this.sets().bulkAdd(rows, outbound(keys));
  }

  clear(): Promise<void> {
    this.forgetSeen();
    return this.sets().clear();
  }

  private keys(): Promise<LinkSetKey[]> {
    return this.sets().toCollection().primaryKeys();
  }

  /** The rows of these policies, by policy id. */
  private async setsOf(policyIds: string[]): Promise<Map<string, LinkSetRow>> {
    const seen = this.seenInTransaction();
    const result = new Map<string, LinkSetRow>();
    const wanted: string[] = [];
    for (const id of new Set(policyIds)) {
      const known = seen?.get(id);
      if (known === undefined) wanted.push(id);
      else if (known) result.set(id, known);
    }
    if (!wanted.length) return result;
    const sets = this.sets();
    let rows: LinkSetRow[];
    if (wanted.length <= RANGE_READS_UP_TO) {
      const found = await Promise.all(wanted.map((id) => sets.where(':id').between(...policyRange(id)).toArray()));
      rows = found.flat();
    } else {
      const ids = new Set(wanted);
      const keys = (await this.keys()).filter((key) => ids.has(key[0]));
      rows = keys.length ? ((await sets.bulkGet(keys)).filter(Boolean) as LinkSetRow[]) : [];
    }
    for (const row of rows) result.set(row.policyId, row);
    if (seen) for (const id of wanted) seen.set(id, result.get(id) ?? null);
    return result;
  }

  private seenInTransaction(): Map<string, LinkSetRow | null> | null {
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

  private async matching(keyHolds: (key: LinkSetKey) => boolean, linkHolds: (link: Link) => boolean): Promise<Link[]> {
    const keys = (await this.keys()).filter(keyHolds);
    if (!keys.length) return [];
    const rows = await this.sets().bulkGet(keys);
    return rows.flatMap((row) => (row ? row.links.filter(linkHolds) : []));
  }
}
