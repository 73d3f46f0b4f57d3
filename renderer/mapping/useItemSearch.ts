import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang } from '../../shared/model/lang';
import { useServices } from '../app/services';
import { catalogItemSearch, type ItemSearch } from './itemSearch';

/** The item search for the UI language, built once per catalogue and language. */
export function useItemSearch(): ItemSearch {
  const { catalog } = useServices();
  const { i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'en';
  return useMemo(() => catalogItemSearch(catalog, lang), [catalog, lang]);
}
