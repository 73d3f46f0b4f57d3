import Dexie, { type Table } from 'dexie';
import type { BackupInfo, WriteBackupRequest } from './platform';

interface BackupRow {
  seq?: number;
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
  }
}

export const BACKUP_DB_NAME = 'hrmap-backups';

export function browserBackups(name: string = BACKUP_DB_NAME) {
  const db = new BackupDatabase(name);
  const info = (row: BackupRow): BackupInfo => ({ id: String(row.seq), at: row.at, policies: row.policies, links: row.links, bytes: row.bytes });
  return {
    async listBackups(): Promise<BackupInfo[]> {
      const rows: BackupInfo[] = [];
      await db.backups.orderBy('seq').reverse().each((row) => rows.push(info(row)));
      return rows;
    },
    async writeBackup(request: WriteBackupRequest): Promise<BackupInfo> {
      const row: BackupRow = { at: request.at, policies: request.policies, links: request.links, bytes: request.data.byteLength, data: request.data };
      return db.transaction('rw', db.backups, async () => {
        row.seq = await db.backups.add(row);
        const count = await db.backups.count();
        if (count > request.keep) {
          const oldest = await db.backups.orderBy('seq').limit(count - request.keep).primaryKeys();
          await db.backups.bulkDelete(oldest);
        }
        return info(row);
      });
    },
    async readBackup(id: string): Promise<Uint8Array | null> {
      const row = await db.backups.get(Number(id));
      return row?.data ?? null;
    },
  };
}
