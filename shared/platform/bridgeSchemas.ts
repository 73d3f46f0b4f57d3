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
 * `rescue`: the rows still readable in a damaged database, saved before it is rebuilt, never rotated out.
 */
export const BACKUP_KINDS = ['auto', 'rescue'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];
export const writeBackupRequest = z.object({
  kind: z.enum(BACKUP_KINDS).default('auto'),
  at: z.string().min(1).max(40),
  policies: z.number().int().min(0),
  links: z.number().int().min(0),
  data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_FILE_BYTES, 'file too large'),
  keep: z.number().int().min(1).max(MAX_BACKUPS),
});
export type WriteBackupRequest = z.input<typeof writeBackupRequest>;

/** Backup ids are file names the main process made: never a path. */
export const backupId = z.string().regex(/^(backup|rescue)-[0-9TZ-]+-\d+p-\d+l\.hrmap\.json$/, 'a backup id');
