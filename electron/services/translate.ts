import i18next from 'i18next';
import { CATALOGUES, NAMESPACES } from '../../shared/i18n/catalogues';
import type { Translate } from '../../shared/i18n/translate';
import type { Lang } from '../../shared/model/lang';

/** An i18next translation function for Node (CLI, benchmarks), over the same catalogues as the app. */
export function nodeTranslate(lang: Lang): Translate {
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
  const t = instance.getFixedT(lang);
  return (key, options) => t(key, options ?? {});
}
