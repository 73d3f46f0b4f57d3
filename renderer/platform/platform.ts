import type { Lang } from '../../shared/model/lang';
import type { AppInfo, BackupInfo, BackupKind, MenuCommand, OpenedFile, OpenFileRequest, SaveFileRequest, SaveFileResult, WriteBackupRequest } from '../../shared/platform/bridge';

export type { AppInfo, BackupInfo, BackupKind, MenuCommand, OpenedFile, OpenFileRequest, SaveFileRequest, SaveFileResult, WriteBackupRequest };

/**
 * Everything the renderer needs from the world outside the page. Features depend on this interface only;
 * one implementation talks to Electron's preload bridge, the other uses plain browser APIs.
 */
export interface Platform {
  readonly shell: 'electron' | 'browser';
  appInfo(): Promise<AppInfo>;
  /** Save bytes to a file the user chooses (a save dialog in Electron, a download in the browser). */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Let the user pick a file and read it; null when cancelled. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /** Lets the shell follow the UI language (menus, dialogs). */
  setLanguage(lang: Lang): Promise<void>;
  /** Commands from the application menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Automatic backups, newest first: files in the app's data folder (Electron) or a separate IndexedDB (browser). */
  listBackups(): Promise<BackupInfo[]>;
  /** Stores a snapshot (a workspace file's bytes) and keeps only the newest `keep` of kind `auto`. */
  writeBackup(request: WriteBackupRequest): Promise<BackupInfo>;
  readBackup(id: string): Promise<Uint8Array | null>;
}
