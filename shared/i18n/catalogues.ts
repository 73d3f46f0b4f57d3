import type { Lang } from '../model/lang';
import enCommon from './locales/en/common.json';
import enImport from './locales/en/import.json';
import enMenu from './locales/en/menu.json';
import enRegister from './locales/en/register.json';
import enWorkspace from './locales/en/workspace.json';
import esCommon from './locales/es/common.json';
import esImport from './locales/es/import.json';
import esMenu from './locales/es/menu.json';
import esRegister from './locales/es/register.json';
import esWorkspace from './locales/es/workspace.json';
import frCommon from './locales/fr/common.json';
import frImport from './locales/fr/import.json';
import frMenu from './locales/fr/menu.json';
import frRegister from './locales/fr/register.json';
import frWorkspace from './locales/fr/workspace.json';

/**
 * All message catalogues, by language and namespace. The UI, the Electron menus, the reports and the CLI
 * read their words from here. Add a namespace by adding its three files and one line per language.
 */
export const CATALOGUES = {
  en: { common: enCommon, register: enRegister, menu: enMenu, workspace: enWorkspace, import: enImport },
  fr: { common: frCommon, register: frRegister, menu: frMenu, workspace: frWorkspace, import: frImport },
  es: { common: esCommon, register: esRegister, menu: esMenu, workspace: esWorkspace, import: esImport },
} satisfies Record<Lang, Record<string, object>>;

export type Namespace = keyof (typeof CATALOGUES)['en'];
export const NAMESPACES = Object.keys(CATALOGUES.en) as Namespace[];
