import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command';
import { cliT } from './i18n';

/** A whole-number option within bounds, or a usage error naming the option. */
export function wholeNumber(text: string, option: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(cliT('workspace')('cli.badNumber', { option, min, max }));
  }
  return value;
}

/** `--framework charter --framework sdg` or `--framework charter,sdg`, checked against the known ids. */
export function frameworksOption(values: string[] | undefined, known: string[]): string[] | undefined {
  if (values === undefined) return undefined;
  const list = values.flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter(Boolean);
  for (const id of list) {
    if (!known.includes(id)) throw new UsageError(cliT('search')('cli.unknownFramework', { id, known: known.join(', ') }));
  }
  return list;
}

/** node:util parseArgs, with its errors (unknown option, missing value) turned into usage errors. */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify.*$/s, '') : String(error));
  }
}
