import { rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes a file atomically: the data goes to a temporary file beside it, which then replaces the target in
 * one rename, so a crash or a full disk mid-write leaves the previous file intact (and no temporary behind).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
