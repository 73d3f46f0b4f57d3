import Dexie, { type EntityTable, type IndexableTypeArrayReadonly, type Table } from 'dexie';
import type { Framework, FrameworkItem, OfficialTextRecord } from '../../shared/model/framework';
import type { Link } from '../../shared/model/link';
import { LinkTable } from './linkTable';
import { PolicyRows, sortedByItem, type PolicyRow, type PolicyRowKey } from './policyRows';
import { PolicyTable } from './policyTable';
import type { Policy } from '../../shared/model/policy';
import type { WorkspaceMeta } from '../../shared/workspace/format';

/** Small key-value rows: settings, seed marker, schema notes. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** A framework as installed in this workspace, with the pack version its items come from. */
export interface FrameworkRow extends Framework {
  installedAt: string;
  /** The version a user's revision replaced: set when the user loaded this version, so app upgrades leave it alone. */
  revisedFrom?: string;
  /** Fingerprint of the built-in pack's items when installed: a release that rewords our summaries reinstalls them. */
  contentHash?: string;
  /**
   * Each import of official wording into this framework, oldest first (not indexed: no schema change). Rows
   * written before it was kept have none; their items' `officialSource` is missing too.
   */
  officialTexts?: OfficialTextRecord[];
}

/**
 * One entry of the change log: one user action (a cell edit, a link change, a bulk action, an import),
 * with what is needed to undo and redo it. `undone` entries are the redo stack.
 */
export interface ChangeRow {
  seq?: number;
  at: string;
  /** Message key describing the action, for the history list. */
  label: string;
  /** Rows before and after, per table; null means the row did not exist. Empty when `packedOps` holds them. */
  ops: ChangeOp[];
  /** The ops deflated, for an entry with many (changeRows.ts): read entries through `unpacked()`. */
  packedOps?: Uint8Array;
  /**
   * Ids of the rows a large step created, whose copies are not in `ops`: read entries that have it through
   * `withCreatedRows()` (changeRows.ts). Only on done entries.
   */
  created?: CreatedRows;
  undone: 0 | 1;
  /** The workspace's name and settings before and after, when the action replaced them (restoring a backup). */
  workspace?: { before: WorkspaceMeta; after: WorkspaceMeta };
}

/** Ids of the rows a step created, stored instead of copies of them (changeRows.ts, `compacted`). */
export interface CreatedRows {
  policies: string[];
  links: string[];
}

export type ChangeOp =
  | { table: 'policies'; id: string; before: Policy | null; after: Policy | null }
  | { table: 'links'; id: string; before: Link | null; after: Link | null };

/** A suggestion the analyst dismissed for a policy: not suggested again. */
export interface DismissalRow {
  policyId: string;
  itemId: string;
  at: string;
}

export const DEFAULT_DB_NAME = 'hrmap';

/**
 * The renderer's IndexedDB database. Each schema change is a new `version()` that keeps every row of the
 * previous one; never edit a version that has shipped (tests open a v1 database and upgrade it).
 */
export class HrmapDatabase extends Dexie {
  /** The stored rows of policies, each with its links (see policyRows.ts); read and write through `policies` and `links`. */
  policyRows!: Table<PolicyRow, PolicyRowKey>;
  /** Policies and links are written through this (or the two views below), which keeps a row's key true. */
  readonly rows: PolicyRows;
  /** The workspace's policies, whatever their storage. */
  readonly policies: PolicyTable;
  meta!: EntityTable<MetaRow, 'key'>;
  frameworks!: EntityTable<FrameworkRow, 'id'>;
  items!: EntityTable<FrameworkItem, 'id'>;
  /** The workspace's links, whatever their storage. */
  readonly links: LinkTable;
  changes!: Table<ChangeRow, number>;
  dismissals!: Table<DismissalRow, [string, string]>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    this.version(1).stores({
      policies: 'id, title, city, region, status, updatedAt',
      meta: 'key',
    });
    // v2: reference frameworks, policy-item links, the undoable change log, dismissed suggestions.
    this.version(2).stores({
      frameworks: 'id',
      items: 'id, frameworkId, parentId',
      links: 'id, policyId, itemId',
      changes: '++seq, undone',
      dismissals: '[policyId+itemId], policyId',
    });
    // v3: policies keep only their key. Nothing queried the title, city, region, status or updatedAt indexes
    // (the register filters rows in memory), and each one made every policy write slower.
    this.version(3).stores({ policies: 'id' });
    // v4: a policy's links are one row keyed [policyId, ...itemIds] (policyRows.ts, from v6 on, says why); v5 drops
    // the old table (Dexie can only read a table in an upgrade if a later version deletes it).
    this.version(4)
      .stores({ linkSets: '' })
      .upgrade(async (tx) => {
        // Rows of the v4 layout (linkRows.ts then): `{ policyId, links }` under `[policyId, ...itemIds]`.
        const links = await tx.table<Link, string>('links').toArray();
        const rows = linkSetsOf(links);
        await tx.table('linkSets').bulkAdd(rows.map((r) => r.row), rows.map((r) => r.key) as unknown as IndexableTypeArrayReadonly);
      });
    this.version(5).stores({ links: null });
    // v6: a policy and its links are one row (policyRows.ts): an import writes half as many rows. v7 drops the two
    // tables it replaces. Links whose policy was gone were never shown; they are not carried over.
    this.version(6)
      .stores({ policyRows: '' })
      .upgrade(async (tx) => {
        const [policies, sets] = await Promise.all([tx.table<Policy, string>('policies').toArray(), tx.table<{ links: Link[] }>('linkSets').toArray()]);
        const ids = new Set(policies.map((p) => p.id));
        const links = sets.flatMap((set) => set.links).filter((link) => ids.has(link.policyId));
        await new PolicyRows(() => tx.table<PolicyRow, PolicyRowKey>('policyRows')).addNew(policies, links);
      });
    this.version(7).stores({ policies: null, linkSets: null });
    this.rows = new PolicyRows(() => this.policyRows);
    this.policies = new PolicyTable(this.rows);
    this.links = new LinkTable(this.rows);
  }
}

/** Links grouped by policy as v4 stored them, for the v4 upgrade only. */
function linkSetsOf(links: Link[]): Array<{ row: { policyId: string; links: Link[] }; key: string[] }> {
  const byPolicy = new Map<string, Map<string, Link>>();
  for (const link of links) {
    let set = byPolicy.get(link.policyId);
    if (!set) byPolicy.set(link.policyId, (set = new Map()));
    set.set(link.itemId, link);
  }
  return [...byPolicy].map(([policyId, set]) => {
    const sorted = sortedByItem(set.values());
    return { row: { policyId, links: sorted }, key: [policyId, ...sorted.map((l) => l.itemId)] };
  });
}
