import type { Lang } from '../model/lang';
import enCommon from './locales/en/common.json';
import enMapping from './locales/en/mapping.json';
import enMenu from './locales/en/menu.json';
import enRegister from './locales/en/register.json';
import esCommon from './locales/es/common.json';
import esMapping from './locales/es/mapping.json';
import esMenu from './locales/es/menu.json';
import esRegister from './locales/es/register.json';
import frCommon from './locales/fr/common.json';
import frMapping from './locales/fr/mapping.json';
import frMenu from './locales/fr/menu.json';
import frRegister from './locales/fr/register.json';

/**
 * All message catalogues, by language and namespace. The UI, the Electron menus, the reports and the CLI
 * read their words from here. Add a namespace by adding its three files and one line per language.
 */
export const CATALOGUES = {
  en: { common: enCommon, register: enRegister, menu: enMenu, mapping: enMapping },
  fr: { common: frCommon, register: frRegister, menu: frMenu, mapping: frMapping },
  es: { common: esCommon, register: esRegister, menu: esMenu, mapping: esMapping },
} satisfies Record<Lang, Record<string, object>>;

export type Namespace = keyof (typeof CATALOGUES)['en'];
export const NAMESPACES = Object.keys(CATALOGUES.en) as Namespace[];
