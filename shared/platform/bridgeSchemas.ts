import { z } from 'zod';

export const MAX_FILE_BYTES = 200 * 1024 * 1024;

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9.]{1,12}$/i)).min(1).max(10),
});

export const saveFileRequest = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(255)
    .refine((n) => !/[\\/]/.test(n), 'a file name, not a path'),
  data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_FILE_BYTES, 'file too large'),
  filters: z.array(fileFilter).max(10).default([]),
});
export type SaveFileRequest = z.input<typeof saveFileRequest>;

export const openFileRequest = z.object({
  filters: z.array(fileFilter).max(10).default([]),
});
export type OpenFileRequest = z.input<typeof openFileRequest>;


export const setLanguageRequest = z.enum(['en', 'fr', 'es']);

export const MAX_BACKUPS = 200;
/**
 * `auto`: a snapshot of the workspace (automatic, or "Back up now"), rotated to keep the newest `keep`;
 * `rescue`: the rows still readable in a damaged database, saved before it is rebuilt, rotated apart from the
 * snapshots to keep the newest RESCUES_TO_KEEP. Writing one kind never removes a backup of the other.
 */
export const BACKUP_KINDS = ['auto', 'rescue'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];
/**
 * Rescues kept when a new one is written. Each damage found at start-up adds one, so a database that keeps
 * breaking (a failing disk, a browser profile that loses its files) would otherwise fill the disk with
 * copies; the newest few still reach back over several damages, which is as far as anyone looks for rows
 * typed before one. Not a setting: `keep` (backupsToKeep) is for snapshots only.
 */
export const RESCUES_TO_KEEP = 5;
export const writeBackupRequest = z.object({
  kind: z.enum(BACKUP_KINDS).default('auto'),
  at: z.string().min(1).max(40),
  policies: z.number().int().min(0),
  links: z.number().int().min(0),
  data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_FILE_BYTES, 'file too large'),
  /** How many snapshots to keep when a snapshot is written; rescues are kept to RESCUES_TO_KEEP instead. */
  keep: z.number().int().min(1).max(MAX_BACKUPS),
});
export type WriteBackupRequest = z.input<typeof writeBackupRequest>;

/** Backup ids are file names the main process made: never a path. */
export const backupId = z.string().regex(/^(backup|rescue)-[0-9TZ-]+-\d+p-\d+l\.hrmap\.json$/, 'a backup id');
