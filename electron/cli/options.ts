import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../../shared/model/lang';
import { UsageError } from './command';
import { cliT } from './i18n';

/** A whole-number option within bounds, or a usage error naming the option. */
export function wholeNumber(text: string, option: string, min: number, max: number, lang: Lang): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(cliT('workspace', lang)('cli.badNumber', { option, min, max }));
  }
  return value;
}

/** `--framework charter --framework sdg` or `--framework charter,sdg`, checked against the known ids. */
export function frameworksOption(values: string[] | undefined, known: string[], lang: Lang): string[] | undefined {
  if (values === undefined) return undefined;
  const list = values.flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter(Boolean);
  for (const id of list) {
    if (!known.includes(id)) throw new UsageError(cliT('search', lang)('cli.unknownFramework', { id, known: known.join(', ') }));
  }
  return list;
}

/** The message keys (common:cli.*) for node:util parseArgs's error codes; its own messages are English only. */
const PARSE_ERRORS: Record<string, (message: string) => string> = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: () => 'unknownOption',
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: (message) => (message.includes('argument missing') ? 'missingValue' : 'takesNoValue'),
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: () => 'unexpectedArgument',
};

/** node:util parseArgs, with its errors (unknown option, missing value) turned into usage errors in `lang`. */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T, lang: Lang): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    const key = code ? PARSE_ERRORS[code]?.(message ?? '') : undefined;
    if (!key) throw error;
    // The option or argument is the first quoted word: "Option '--limit <value>' argument missing".
    const quoted = /'([^']*)'/.exec(message ?? '')?.[1]?.replace(/ <value>$/, '') ?? '';
    throw new UsageError(cliT('common', lang)(`cli.${key}`, { option: quoted, value: quoted }));
  }
}
