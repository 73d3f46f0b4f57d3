import Dexie, { type Table } from 'dexie';
import { RESCUES_TO_KEEP } from '../../shared/platform/bridgeSchemas';
import type { BackupInfo, BackupKind, WriteBackupRequest } from './platform';

interface BackupRow {
  seq?: number;
  /** Absent in rows written before kinds existed (version 1): those are snapshots. */
  kind?: BackupKind;
  at: string;
  policies: number;
  links: number;
  bytes: number;
  data: Uint8Array;
}

/**
 * Browser backups live in their own IndexedDB database, apart from the workspace's, so damage to one does
 * not take the other with it.
 */
class BackupDatabase extends Dexie {
  backups!: Table<BackupRow, number>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ backups: '++seq, at' });
    // v2: snapshots and rescued rows apart, so each kind is rotated on its own (without loading their bytes).
    this.version(2)
      .stores({ backups: '++seq, at, kind' })
      .upgrade((tx) => tx.table('backups').toCollection().modify({ kind: 'auto' }));
  }
}

export const BACKUP_DB_NAME = 'hrmap-backups';

export function browserBackups(name: string = BACKUP_DB_NAME) {
  const db = new BackupDatabase(name);
  const info = (row: BackupRow): BackupInfo => ({ id: String(row.seq), kind: row.kind ?? 'auto', at: row.at, policies: row.policies, links: row.links, bytes: row.bytes });
  return {
    async listBackups(): Promise<BackupInfo[]> {
      const rows: BackupInfo[] = [];
      await db.backups.orderBy('seq').reverse().each((row) => rows.push(info(row)));
      return rows;
    },
    async writeBackup(request: WriteBackupRequest): Promise<BackupInfo> {
      const kind = request.kind ?? 'auto';
      const row: BackupRow = { kind, at: request.at, policies: request.policies, links: request.links, bytes: request.data.byteLength, data: request.data };
      const keep = kind === 'auto' ? request.keep : RESCUES_TO_KEEP;
      return db.transaction('rw', db.backups, async () => {
        row.seq = await db.backups.add(row);
        // Only the written kind is rotated, oldest first (the index is ordered by kind, then seq: the new row is last).
        const sameKind = await db.backups.where('kind').equals(kind).primaryKeys();
        if (sameKind.length > keep) await db.backups.bulkDelete(sameKind.slice(0, sameKind.length - keep));
        return info(row);
      });
    },
    async readBackup(id: string): Promise<Uint8Array | null> {
      const row = await db.backups.get(Number(id));
      return row?.data ?? null;
    },
  };
}
