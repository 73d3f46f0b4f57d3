import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** node_modules/electron of this checkout. */
export const ELECTRON_PACKAGE_DIR = resolve(import.meta.dirname, '../node_modules/electron');

export type ElectronBinary = { path: string } | { missing: string };

/**
 * Where the Electron binary is, or why it is not there, found the way electron-vite finds it
 * (ELECTRON_EXEC_PATH, else node_modules/electron/path.txt naming a file under dist/). It never imports
 * 'electron', whose index.js would start a download as a side effect.
 */
export function electronBinary(dir: string = ELECTRON_PACKAGE_DIR, env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const override = env['ELECTRON_EXEC_PATH'];
  if (override) return existsSync(override) ? { path: override } : { missing: `ELECTRON_EXEC_PATH names ${override}, which does not exist` };
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return { missing: `the Electron binary was never downloaded (${pathFile} is missing)` };
  const path = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(path) ? { path } : { missing: `the Electron binary is not at ${path}` };
}

export type EnsureResult = { ok: true; path: string; downloaded: boolean } | { ok: false; message: string };

/**
 * Makes sure the binary exists before electron-vite looks for it: when it is missing, runs the download
 * (electron's own install.js; injected so the decision is testable) once and looks again.
 */
export function ensureElectron(options: { dir?: string; env?: NodeJS.ProcessEnv; download: () => boolean }): EnsureResult {
  const before = electronBinary(options.dir, options.env);
  if ('path' in before) return { ok: true, path: before.path, downloaded: false };
  const after = options.download() ? electronBinary(options.dir, options.env) : before;
  if ('path' in after) return { ok: true, path: after.path, downloaded: true };
  return {
    ok: false,
    message: [
      `HRMap: cannot start the desktop app: ${after.missing}, and downloading it failed (no network?).`,
      'Run `npm run web` to use the same app in a browser, or run `npm start` again once online.',
    ].join('\n'),
  };
}
