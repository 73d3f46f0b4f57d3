import { mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { menuText } from '../../../electron/main/menu';
import { openWithDialog, saveWithDialog, type DialogText, type FileDialogs } from '../../../electron/services/fileDialogs';
import { MAX_FILE_BYTES } from '../../../shared/platform/bridgeSchemas';

// The real node:fs/promises, with readFile observed, so a test can tell whether a file was read at all.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return { ...real, readFile: vi.fn(real.readFile) };
});
const readFileSpy = vi.mocked(fs.readFile);

/** The user's side of the dialogs: picks `pick` (null: cancels) and reads the error boxes. */
function dialogs(pick: string | null) {
  const asked: unknown[] = [];
  const errors: string[] = [];
  const impl: FileDialogs = {
    chooseSavePath: async (options) => (asked.push(options), pick),
    chooseOpenPath: async (options) => (asked.push(options), pick),
    showError: async (message) => void errors.push(message),
  };
  return { impl, asked, errors };
}
const french: DialogText = (key, vars) => menuText('fr', key, vars);
const filters = [{ name: 'Classeur', extensions: ['xlsx'] }];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hrmap-dialogs-'));
  readFileSpy.mockClear();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('openWithDialog', () => {
  it('returns the chosen file’s name and bytes, with the dialog titled in the UI language', async () => {
    const path = join(dir, 'politiques.xlsx');
    await writeFile(path, new Uint8Array([0x50, 0x4b, 3, 4, 0xff]));
    const user = dialogs(path);
    const file = await openWithDialog({ filters }, user.impl, french);
    expect(file).toEqual({ name: 'politiques.xlsx', data: new Uint8Array([0x50, 0x4b, 3, 4, 0xff]) });
    expect(user.asked).toEqual([{ title: 'Ouvrir', filters }]);
    expect(user.errors).toEqual([]);
  });

  it('returns null when the dialog is cancelled, reading nothing', async () => {
    const user = dialogs(null);
    expect(await openWithDialog({ filters }, user.impl, french)).toBeNull();
    expect(user.errors).toEqual([]);
    expect(readFileSpy).not.toHaveBeenCalled();
  });

  it('refuses a file over the limit with a clear message, before reading it', async () => {
    // A sparse file one byte over the real limit: its size is on disk, its 200 MB are not.
    const path = join(dir, 'énorme.hrmap.json');
    await writeFile(path, '');
    await truncate(path, MAX_FILE_BYTES + 1);
    const user = dialogs(path);
    expect(await openWithDialog({ filters }, user.impl, french)).toBeNull();
    expect(user.errors).toEqual(['« énorme.hrmap.json » est trop volumineux pour être ouvert (201 Mo). Les fichiers de 200 Mo au plus peuvent être ouverts.']);
    expect(readFileSpy).not.toHaveBeenCalled();
  });

  it('opens a file exactly at the limit', async () => {
    const path = join(dir, 'juste.csv');
    await writeFile(path, 'a'.repeat(1024));
    const file = await openWithDialog({ filters }, dialogs(path).impl, french, 1024);
    expect(file?.data.byteLength).toBe(1024);
  });

  it('refuses what is not a regular file (a folder, a device) without reading it', async () => {
    const folder = join(dir, 'dossier');
    await mkdir(folder);
    const user = dialogs(folder);
    expect(await openWithDialog({ filters }, user.impl, french)).toBeNull();
    expect(user.errors).toEqual(['« dossier » n’est pas un fichier ordinaire et ne peut pas être ouvert.']);
    expect(readFileSpy).not.toHaveBeenCalled();
  });
});

describe('saveWithDialog', () => {
  it('writes the bytes where the user chooses, suggesting the renderer’s name', async () => {
    const path = join(dir, 'rapport.xlsx');
    const user = dialogs(path);
    const result = await saveWithDialog({ suggestedName: 'hrmap-rapport.xlsx', data: new Uint8Array([1, 2, 3]), filters }, user.impl, french);
    expect(result).toEqual({ saved: true, location: path });
    expect(new Uint8Array(await readFile(path))).toEqual(new Uint8Array([1, 2, 3]));
    expect(user.asked).toEqual([{ title: 'Enregistrer', defaultPath: 'hrmap-rapport.xlsx', filters }]);
  });

  it('replaces an existing file whole and leaves no temporary file', async () => {
    const path = join(dir, 'espace.hrmap.json');
    await writeFile(path, 'the previous, longer workspace file');
    await saveWithDialog({ suggestedName: 'espace.hrmap.json', data: new TextEncoder().encode('{}'), filters: [] }, dialogs(path).impl, french);
    expect(await readFile(path, 'utf8')).toBe('{}');
    expect(await readdir(dir)).toEqual(['espace.hrmap.json']);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const result = await saveWithDialog({ suggestedName: 'a.xlsx', data: new Uint8Array([1]), filters: [] }, dialogs(null).impl, french);
    expect(result).toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });

  it('fails without leaving a temporary file or touching the target when the write cannot complete', async () => {
    // Saving "over" a folder: the temporary file is written, the rename fails.
    const target = join(dir, 'occupé');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'kept');
    await expect(saveWithDialog({ suggestedName: 'occupé', data: new Uint8Array([1]), filters: [] }, dialogs(target).impl, french)).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['occupé']);
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('kept');
  });
});
