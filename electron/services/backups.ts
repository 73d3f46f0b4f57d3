import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo, BackupKind, WriteBackupRequest } from '../../shared/platform/bridge';
import { backupId, RESCUES_TO_KEEP } from '../../shared/platform/bridgeSchemas';
import { writeFileAtomic } from './atomicWrite';

/**
 * Automatic backups as workspace files in a folder (the app's data folder in Electron). The file name carries
 * the kind, the time and the counts, so listing needs no parsing; writes are atomic (writeFileAtomic).
 * Snapshots are "backup-…" files; rows rescued from a damaged database are "rescue-…" files.
 */
const NAME = /^(backup|rescue)-([0-9TZ-]+)-(\d+)p-(\d+)l\.hrmap\.json$/;
const PREFIX: Record<BackupKind, string> = { auto: 'backup', rescue: 'rescue' };

function fileName(kind: BackupKind, at: string, policies: number, links: number): string {
  const stamp = at.replace(/[:.]/g, '-');
  return `${PREFIX[kind]}-${stamp}-${policies}p-${links}l.hrmap.json`;
}

/** "2026-05-01T10-00-00-000Z" -> "2026-05-01T10:00:00.000Z". */
function timeOf(stamp: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : stamp;
}

export async function listBackups(dir: string): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const infos: BackupInfo[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m) continue;
    const size = (await stat(join(dir, name))).size;
    infos.push({ id: name, kind: m[1] === 'rescue' ? 'rescue' : 'auto', at: timeOf(m[2]!), policies: Number(m[3]), links: Number(m[4]), bytes: size });
  }
  // Newest first; the id breaks ties between two snapshots of the same millisecond.
  return infos.sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
}

export async function writeBackup(dir: string, request: WriteBackupRequest): Promise<BackupInfo> {
  await mkdir(dir, { recursive: true });
  const kind = request.kind ?? 'auto';
  const name = fileName(kind, request.at, request.policies, request.links);
  await writeFileAtomic(join(dir, name), request.data);
  const all = await listBackups(dir);
  // Only the written kind is rotated; the new file stays even when an older clock stamped it older.
  const keep = kind === 'auto' ? request.keep : RESCUES_TO_KEEP;
  const others = all.filter((b) => b.kind === kind && b.id !== name);
  for (const old of others.slice(keep - 1)) await rm(join(dir, old.id), { force: true });
  return all.find((b) => b.id === name)!;
}

/** A backup's bytes; null when missing. Refuses anything but a backup file name (no paths). */
export async function readBackup(dir: string, id: string): Promise<Uint8Array | null> {
  if (!backupId.safeParse(id).success) throw new Error('not a backup id');
  try {
    return new Uint8Array(await readFile(join(dir, id)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
