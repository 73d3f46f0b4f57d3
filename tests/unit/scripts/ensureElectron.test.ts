import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronBinary, ensureElectron } from '../../../scripts/electronBinary';

/** A node_modules/electron folder on disk, with or without its downloaded binary. */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hrmap-electron-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function installBinary(): void {
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'electron'), '#!/bin/sh\n');
  writeFileSync(join(dir, 'path.txt'), 'electron');
}
const env = {};

describe('electronBinary', () => {
  it('finds the binary named by path.txt', () => {
    installBinary();
    expect(electronBinary(dir, env)).toEqual({ path: join(dir, 'dist', 'electron') });
  });
  it('says why it is missing: no path.txt, or path.txt naming a file that is gone', () => {
    expect(electronBinary(dir, env)).toEqual({ missing: expect.stringContaining('path.txt is missing') });
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(electronBinary(dir, env)).toEqual({ missing: expect.stringContaining(join(dir, 'dist', 'electron')) });
  });
  it('follows ELECTRON_EXEC_PATH first, as electron-vite does', () => {
    installBinary();
    const other = join(dir, 'dist', 'electron');
    expect(electronBinary(join(dir, 'nowhere'), { ELECTRON_EXEC_PATH: other })).toEqual({ path: other });
    expect(electronBinary(dir, { ELECTRON_EXEC_PATH: join(dir, 'gone') })).toEqual({ missing: expect.stringContaining('ELECTRON_EXEC_PATH') });
  });
});

describe('ensureElectron', () => {
  it('does not download when the binary is there', () => {
    installBinary();
    let downloads = 0;
    const result = ensureElectron({ dir, env, download: () => (downloads++, true) });
    expect(result).toEqual({ ok: true, path: join(dir, 'dist', 'electron'), downloaded: false });
    expect(downloads).toBe(0);
  });
  it('downloads once when it is missing, then uses what the download put on disk', () => {
    let downloads = 0;
    const result = ensureElectron({ dir, env, download: () => (downloads++, installBinary(), true) });
    expect(result).toEqual({ ok: true, path: join(dir, 'dist', 'electron'), downloaded: true });
    expect(downloads).toBe(1);
  });
  it('fails with a message that points to the browser version when the download fails', () => {
    const result = ensureElectron({ dir, env, download: () => false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('downloading it failed');
    expect(result.message).toContain('npm run web');
  });
  it('does not trust a download that reports success but leaves no binary', () => {
    expect(ensureElectron({ dir, env, download: () => true }).ok).toBe(false);
  });
});
