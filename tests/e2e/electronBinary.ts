import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where the Electron binary is, or why it is not there. Read from electron's own path.txt rather than
 * by importing 'electron', which would try to download the binary.
 */
export function electronBinary(): { path: string } | { missing: string } {
  const dir = resolve(import.meta.dirname, '../../node_modules/electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return { missing: 'the Electron binary was never downloaded (node_modules/electron/path.txt is missing; this machine cannot reach its release host)' };
  const path = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(path) ? { path } : { missing: `the Electron binary is not at ${path}` };
}
