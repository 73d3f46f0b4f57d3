import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Framework, FrameworkItem, OfficialTextRecord } from '../../shared/model/framework';
import type { Link } from '../../shared/model/link';
import { LinkRows, type LinkSetKey, type LinkSetRow } from './linkRows';
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
  policies!: EntityTable<Policy, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  frameworks!: EntityTable<FrameworkRow, 'id'>;
  items!: EntityTable<FrameworkItem, 'id'>;
  /** The stored rows of links, one per policy (see linkRows.ts); read and write links through `links`. */
  linkSets!: Table<LinkSetRow, LinkSetKey>;
  /** The workspace's links, whatever their storage. */
  readonly links: LinkRows;
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
    // v4: a policy's links are one row keyed [policyId, ...itemIds] (linkRows.ts says why); v5 drops the old table
    // (Dexie can only read a table in an upgrade if a later version deletes it).
    this.version(4)
      .stores({ linkSets: '' })
      .upgrade(async (tx) => {
        const links = await tx.table<Link, string>('links').toArray();
        await new LinkRows(() => tx.table<LinkSetRow, LinkSetKey>('linkSets')).addNew(links);
      });
    this.version(5).stores({ links: null });
    this.links = new LinkRows(() => this.linkSets);
  }
}
