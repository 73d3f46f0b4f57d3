import type { Lang } from '../../shared/model/lang';

/**
 * One subcommand of `hrmap`. `run` returns the exit code; output goes through `io` so tests capture it.
 * `lang` is chosen once by the dispatcher (--lang, else HRMAP_LANG / LC_ALL / LC_MESSAGES / LANG, else English);
 * usage and summary come from the catalogues in that language too.
 */
export interface CliCommand {
  name: string;
  usage(lang: Lang): string;
  summary(lang: Lang): string;
  run(args: string[], io: CliIo, lang: Lang): Promise<number>;
}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

export class UsageError extends Error {}
