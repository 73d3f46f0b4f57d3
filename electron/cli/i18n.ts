import i18next, { type TFunction } from 'i18next';
import { CATALOGUES, NAMESPACES } from '../../shared/i18n/catalogues';
import { langFromLocale, type Lang } from '../../shared/model/lang';

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

const instances = new Map<Lang, TFunction>();

/** A translator for one namespace, created once per language (no global i18next state is touched). */
export function cliT(namespace: string, lang: Lang = cliLang()): TFunction {
  let t = instances.get(lang);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      lng: lang,
      fallbackLng: 'en',
      ns: NAMESPACES,
      defaultNS: 'common',
      resources: CATALOGUES,
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    t = instance.t.bind(instance);
    instances.set(lang, t);
  }
  const translate = t;
  return ((key: string, options?: Record<string, unknown>) => translate(key, { ns: namespace, ...options })) as TFunction;
}
