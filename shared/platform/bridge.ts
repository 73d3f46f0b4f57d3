import type { OpenFileRequest, SaveFileRequest } from './bridgeSchemas';

export type { OpenFileRequest, SaveFileRequest };

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

/** What the preload exposes on `window.hrmapBridge`. */
export interface HrmapBridge {
  appInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /** Tells the shell the UI language, so menus and dialogs follow it. */
  setLanguage(lang: 'en' | 'fr' | 'es'): Promise<void>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
