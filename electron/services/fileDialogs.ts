import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import type { OpenedFile, SaveFileResult } from '../../shared/platform/bridge';
import { MAX_FILE_BYTES, type openFileRequest, type saveFileRequest } from '../../shared/platform/bridgeSchemas';
import { writeFileAtomic } from './atomicWrite';

/**
 * Saving and opening a file the user picks, behind the bridge's saveFile and openFile. The native dialogs
 * are handed in (Electron's in the main process), so this runs and is tested without Electron.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}
export interface FileDialogs {
  /** Where to save; null when the user cancels. */
  chooseSavePath(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
  /** Which file to open; null when the user cancels. */
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** Tells the user why a file was refused. */
  showError(message: string): Promise<void>;
}
/** The dialogs' words, already in the UI language (menuText). */
export type DialogText = (key: 'saveTitle' | 'openTitle' | 'fileTooLarge' | 'notAFile', vars?: Record<string, string | number>) => string;

const MEGABYTE = 1024 * 1024;

/** Writes the renderer's bytes where the user chooses, atomically (an existing file is replaced whole or not at all). */
export async function saveWithDialog(
  request: z.output<typeof saveFileRequest>,
  dialogs: FileDialogs,
  text: DialogText,
): Promise<SaveFileResult> {
  const path = await dialogs.chooseSavePath({ title: text('saveTitle'), defaultPath: request.suggestedName, filters: request.filters });
  if (!path) return { saved: false };
  await writeFileAtomic(path, request.data);
  return { saved: true, location: path };
}

/**
 * Reads the file the user chooses. Its size is checked before it is read, so an oversized file (or a device
 * such as /dev/zero) is refused with a message without being loaded into memory; a refusal returns null, as a
 * cancel does, and changes nothing.
 */
export async function openWithDialog(
  request: z.output<typeof openFileRequest>,
  dialogs: FileDialogs,
  text: DialogText,
  maxBytes: number = MAX_FILE_BYTES,
): Promise<OpenedFile | null> {
  const path = await dialogs.chooseOpenPath({ title: text('openTitle'), filters: request.filters });
  if (!path) return null;
  const name = basename(path);
  const refuseTooLarge = async (bytes: number) => {
    await dialogs.showError(text('fileTooLarge', { name, megabytes: Math.ceil(bytes / MEGABYTE), max: Math.floor(maxBytes / MEGABYTE) }));
    return null;
  };
  const info = await stat(path);
  if (!info.isFile()) {
    await dialogs.showError(text('notAFile', { name }));
    return null;
  }
  if (info.size > maxBytes) return refuseTooLarge(info.size);
  const data = await readFile(path);
  // It may have grown between the check and the read.
  if (data.byteLength > maxBytes) return refuseTooLarge(data.byteLength);
  return { name, data: new Uint8Array(data) };
}
