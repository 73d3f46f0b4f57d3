import type { Lang } from '../model/lang';
import enCommon from './locales/en/common.json';
import enMenu from './locales/en/menu.json';
import enRegister from './locales/en/register.json';
import enReport from './locales/en/report.json';
import esCommon from './locales/es/common.json';
import esMenu from './locales/es/menu.json';
import esRegister from './locales/es/register.json';
import esReport from './locales/es/report.json';
import frCommon from './locales/fr/common.json';
import frMenu from './locales/fr/menu.json';
import frRegister from './locales/fr/register.json';
import frReport from './locales/fr/report.json';

/**
 * All message catalogues, by language and namespace. The UI, the Electron menus, the reports and the CLI
 * read their words from here. Add a namespace by adding its three files and one line per language.
 */
export const CATALOGUES = {
  en: { common: enCommon, register: enRegister, menu: enMenu, report: enReport },
  fr: { common: frCommon, register: frRegister, menu: frMenu, report: frReport },
  es: { common: esCommon, register: esRegister, menu: esMenu, report: esReport },
} satisfies Record<Lang, Record<string, object>>;

export type Namespace = keyof (typeof CATALOGUES)['en'];
export const NAMESPACES = Object.keys(CATALOGUES.en) as Namespace[];
