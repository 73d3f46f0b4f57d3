import type { TFunction } from 'i18next';
import type { Namespace } from '../../shared/i18n/catalogues';
import { isLang, langFromLocale, type Lang } from '../../shared/model/lang';
import { translator } from '../services/i18n';
import { UsageError } from './command';

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

/** A translator for one namespace in the CLI's language. */
export function cliT(namespace: Namespace, lang: Lang = cliLang()): TFunction {
  return translator(lang, namespace);
}

/**
 * Takes `--lang xx` (or `--lang=xx`) out of the arguments; without it, the environment's language (cliLang).
 * Every command that prints words for people accepts it.
 */
export function takeLangOption(args: string[], env: Record<string, string | undefined> = process.env): { lang: Lang; rest: string[] } {
  const rest: string[] = [];
  let lang: Lang | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const inline = arg.startsWith('--lang=') ? arg.slice(7) : null;
    if (arg === '--lang' || inline !== null) {
      const value = inline ?? args[++i] ?? '';
      if (!isLang(value)) throw new UsageError(cliT('dashboard', 'en')('cli.badLang', { lang: value }));
      lang = value;
    } else rest.push(arg);
  }
  return { lang: lang ?? cliLang(env), rest };
}
