import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nOptions } from '../../shared/i18n/catalogues';
import { langFromLocale, type Lang } from '../../shared/model/lang';

const STORAGE_KEY = 'hrmap.lang';

/** The remembered choice, else the browser or OS language when it is one of ours, else English. */
export function initialLang(systemLocale: string): Lang {
  return langFromLocale(localStorage.getItem(STORAGE_KEY)) ?? langFromLocale(systemLocale) ?? 'en';
}

export async function initI18n(lang: Lang): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init(i18nOptions(lang));
  document.documentElement.lang = lang;
  return i18next;
}

export async function switchLang(lang: Lang): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  await i18next.changeLanguage(lang);
}
