import Dexie, { type EntityTable } from 'dexie';
import type { Policy } from '../../shared/model/policy';

/** Small key-value rows: settings, seed marker, schema notes. */
export interface MetaRow {
  key: string;
  value: unknown;
}

export const DEFAULT_DB_NAME = 'hrmap';

/**
 * The renderer's IndexedDB database. Each schema change is a new `version()` that keeps every row of the
 * previous one; never edit a version that has shipped.
 */
export class HrmapDatabase extends Dexie {
  policies!: EntityTable<Policy, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    this.version(1).stores({
      policies: 'id, title, city, region, status, updatedAt',
      meta: 'key',
    });
  }
}
