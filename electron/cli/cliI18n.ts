import i18next, { type TFunction } from 'i18next';
import { CATALOGUES, NAMESPACES } from '../../shared/i18n/catalogues';
import { isLang, langFromLocale, type Lang } from '../../shared/model/lang';
import { UsageError } from './command';

/** A translator for CLI output, reading the same catalogues as the app (plurals included). */
export function cliTranslator(lang: Lang): TFunction {
  const instance = i18next.createInstance();
  void instance.init({ lng: lang, fallbackLng: 'en', ns: NAMESPACES, resources: CATALOGUES, initAsync: false, interpolation: { escapeValue: false } });
  return instance.t;
}

/**
 * Takes `--lang xx` out of the arguments. Without it, the language of the environment (LC_ALL, LANG) when it is
 * one of ours, else English.
 */
export function takeLangOption(args: string[], env: Record<string, string | undefined> = process.env): { lang: Lang; rest: string[] } {
  const rest: string[] = [];
  let lang: Lang | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const inline = arg.startsWith('--lang=') ? arg.slice(7) : null;
    if (arg === '--lang' || inline !== null) {
      const value = inline ?? args[++i] ?? '';
      if (!isLang(value)) throw new UsageError(cliTranslator('en')('dashboard:cli.badLang', { lang: value }));
      lang = value;
    } else rest.push(arg);
  }
  return { lang: lang ?? langFromLocale(env.LC_ALL || env.LANG) ?? 'en', rest };
}
