import { readFile } from 'node:fs/promises';
import type { Loaded } from './feature';

/** Reads a JSON fixture shared with the tests (tests/fixtures/NAME), if its feature has landed. */
export async function readFixture<T>(name: string): Promise<Loaded<T>> {
  const url = new URL(`../../tests/fixtures/${name}`, import.meta.url);
  try {
    return { ok: true, value: JSON.parse(await readFile(url, 'utf8')) as T };
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { ok: false, why: `tests/fixtures/${name} does not exist yet` };
    throw error;
  }
}

/** Frees what can be freed before a heap measurement (the children run with --expose-gc). */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}
