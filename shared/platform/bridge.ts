import type { BackupKind, OpenFileRequest, SaveFileRequest, WriteBackupRequest } from './bridgeSchemas';

export type { BackupKind, OpenFileRequest, SaveFileRequest, WriteBackupRequest };

/**
 * The contract between the renderer and the Electron main process. The preload exposes exactly these
 * functions as `window.hrmapBridge`; the main process validates every payload (./bridgeSchemas),
 * because a compromised renderer must not be able to make it do anything else.
 */
export const IPC = {
  appInfo: 'hrmap:app-info',
  saveFile: 'hrmap:save-file',
  openFile: 'hrmap:open-file',
  setLanguage: 'hrmap:set-language',
  listBackups: 'hrmap:list-backups',
  writeBackup: 'hrmap:write-backup',
  readBackup: 'hrmap:read-backup',
  /** Main -> renderer: a menu command. */
  menuCommand: 'hrmap:menu-command',
} as const;

/** What the application menu asks the renderer to do. */
export const MENU_COMMANDS = [
  'import',
  'open-workspace',
  'save-workspace',
  'merge-workspace',
  'export-report',
  'undo',
  'redo',
  'view:register',
  'view:search',
  'view:dashboard',
  'view:backups',
  'lang:en',
  'lang:fr',
  'lang:es',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface SaveFileResult {
  saved: boolean;
  /** Where it went, for the message shown to the user (Electron only). */
  location?: string;
}

export interface OpenedFile {
  name: string;
  data: Uint8Array;
}

export interface AppInfo {
  name: string;
  version: string;
  shell: 'electron' | 'browser';
  /** The operating system or browser locale, to pick the first UI language. */
  locale: string;
  /** Where automatic backups are kept, for display. */
  dataLocation: string;
}

/** One automatic snapshot of the workspace (a workspace file), as the Backups view lists it. */
export interface BackupInfo {
  /** Opaque id (a file name in Electron, a row key in the browser). */
  id: string;
  /** A workspace snapshot, or the rows rescued from a damaged database (listed apart, rotated apart: RESCUES_TO_KEEP). */
  kind: BackupKind;
  at: string;
  policies: number;
  links: number;
  bytes: number;
}

/** What the preload exposes on `window.hrmapBridge`. */
export interface HrmapBridge {
  appInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /** Tells the shell the UI language, so menus and dialogs follow it. */
  setLanguage(lang: 'en' | 'fr' | 'es'): Promise<void>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Automatic backups in the app's data folder, newest first. */
  listBackups(): Promise<BackupInfo[]>;
  /**
   * Writes a backup and rotates its kind only: a snapshot keeps the newest `keep` snapshots, a rescue the
   * newest RESCUES_TO_KEEP rescues. The backup just written is always kept.
   */
  writeBackup(request: WriteBackupRequest): Promise<BackupInfo>;
  /** A snapshot's bytes (a workspace file); null when it is gone. */
  readBackup(id: string): Promise<Uint8Array | null>;
}

/**
 * The names of the bridge's functions, exactly HrmapBridge's keys: `satisfies` refuses a name that is not a
 * key and a key that is missing, so the list cannot drift from the interface.
 */
const BRIDGE_FUNCTION_SET = {
  appInfo: true,
  saveFile: true,
  openFile: true,
  setLanguage: true,
  onMenuCommand: true,
  listBackups: true,
  writeBackup: true,
  readBackup: true,
} as const satisfies Record<keyof HrmapBridge, true>;
export const BRIDGE_FUNCTIONS = Object.keys(BRIDGE_FUNCTION_SET) as (keyof HrmapBridge)[];
