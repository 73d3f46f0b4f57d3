import type { TFunction } from 'i18next';
import type { Namespace } from '../../shared/i18n/catalogues';
import { isLang, langFromLocale, type Lang } from '../../shared/model/lang';
import { translator } from '../services/i18n';

/**
 * The CLI speaks the user's language like the app does: HRMAP_LANG, else LC_ALL / LC_MESSAGES / LANG
 * ("fr_FR.UTF-8"), else English. Messages come from the same catalogues as the UI.
 */
export function cliLang(env: Record<string, string | undefined> = process.env): Lang {
  for (const name of ['HRMAP_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const lang = langFromLocale(env[name]);
    if (lang) return lang;
  }
  return 'en';
}

/** A translator for one namespace in the CLI's language (every command is handed the language `--lang` chose). */
export function cliT(namespace: Namespace, lang: Lang): TFunction {
  return translator(lang, namespace);
}

/**
 * Takes `--lang xx` (or `--lang=xx`) out of the arguments, wherever it stands; without it, the environment's
 * language (cliLang). A value that is not one of ours is returned as `bad` (the language then stays the
 * environment's, for the usage error that follows).
 */
export function takeLangOption(args: string[], env: Record<string, string | undefined> = process.env): { lang: Lang; rest: string[]; bad?: string } {
  const rest: string[] = [];
  let lang: Lang | null = null;
  let bad: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const inline = arg.startsWith('--lang=') ? arg.slice(7) : null;
    if (arg === '--lang' || inline !== null) {
      const value = inline ?? args[++i] ?? '';
      if (isLang(value)) lang = value;
      else bad = value;
    } else rest.push(arg);
  }
  return { lang: lang ?? cliLang(env), rest, ...(bad === undefined ? {} : { bad }) };
}

/** Scores and other decimals for people: two digits, in the language's notation (0.85, 0,85). */
export function decimalFormat(lang: Lang): (value: number) => string {
  const format = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (value) => format.format(value);
}
