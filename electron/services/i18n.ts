import i18next, { type TFunction } from 'i18next';
import { i18nOptions, type Namespace } from '../../shared/i18n/catalogues';
import type { Lang } from '../../shared/model/lang';

const instances = new Map<Lang, TFunction>();

/**
 * A translator for one namespace on the Node side (the CLI, the main process's menus and dialogs), from the
 * same catalogues and i18next options as the UI. One i18next instance per language, created on first use;
 * the global i18next is never touched.
 */
export function translator(lang: Lang, namespace: Namespace): TFunction {
  let t = instances.get(lang);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({ ...i18nOptions(lang), initAsync: false });
    t = instance.t.bind(instance);
    instances.set(lang, t);
  }
  const translate = t;
  return ((key: string, options?: Record<string, unknown>) => translate(key, { ns: namespace, ...options })) as TFunction;
}
