import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isLang, type Lang } from '../../shared/model/lang';
import { UsageError } from './command';

/** Options several commands share, read from `parseArgs` values with a clear message when wrong. */
export function langOption(value: unknown): Lang {
  if (value === undefined) return 'en';
  if (!isLang(value)) throw new UsageError(`--lang must be en, fr or es (got "${String(value)}")`);
  return value;
}

export function limitOption(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new UsageError(`--limit must be a whole number from 1 to 1000 (got "${String(value)}")`);
  return n;
}

/** `--framework charter --framework sdg` or `--framework charter,sdg`, checked against the known ids. */
export function frameworksOption(values: unknown, known: string[]): string[] | undefined {
  if (values === undefined) return undefined;
  const list = (Array.isArray(values) ? values : [values]).flatMap((v) => String(v).split(',')).map((v) => v.trim().toLowerCase()).filter(Boolean);
  for (const id of list) if (!known.includes(id)) throw new UsageError(`unknown framework "${id}" (known: ${known.join(', ')})`);
  return list;
}

/** node:util parseArgs, with its errors turned into usage errors. */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify.*$/s, '') : String(error));
  }
}
