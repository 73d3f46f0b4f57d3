import i18next from 'i18next';
import { i18nOptions } from '../../../shared/i18n/catalogues';
import type { Translate } from '../../../shared/i18n/translate';
import type { Lang } from '../../../shared/model/lang';

/** The real catalogues through a real i18next instance in one language, as the app and the CLI make them. */
export function translator(lang: Lang): Translate {
  const instance = i18next.createInstance();
  void instance.init({ ...i18nOptions(lang), initAsync: false });
  return instance.getFixedT(lang);
}
