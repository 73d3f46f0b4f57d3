import type { Lang } from '../model/lang';
import en_common from './locales/en/common.json';
import fr_common from './locales/fr/common.json';
import es_common from './locales/es/common.json';
import en_dashboard from './locales/en/dashboard.json';
import fr_dashboard from './locales/fr/dashboard.json';
import es_dashboard from './locales/es/dashboard.json';
import en_groups from './locales/en/groups.json';
import fr_groups from './locales/fr/groups.json';
import es_groups from './locales/es/groups.json';
import en_import from './locales/en/import.json';
import fr_import from './locales/fr/import.json';
import es_import from './locales/es/import.json';
import en_mapping from './locales/en/mapping.json';
import fr_mapping from './locales/fr/mapping.json';
import es_mapping from './locales/es/mapping.json';
import en_menu from './locales/en/menu.json';
import fr_menu from './locales/fr/menu.json';
import es_menu from './locales/es/menu.json';
import en_register from './locales/en/register.json';
import fr_register from './locales/fr/register.json';
import es_register from './locales/es/register.json';
import en_report from './locales/en/report.json';
import fr_report from './locales/fr/report.json';
import es_report from './locales/es/report.json';
import en_search from './locales/en/search.json';
import fr_search from './locales/fr/search.json';
import es_search from './locales/es/search.json';
import en_workspace from './locales/en/workspace.json';
import fr_workspace from './locales/fr/workspace.json';
import es_workspace from './locales/es/workspace.json';

/**
 * All message catalogues, by language and namespace. The UI, the Electron menus, the reports and the CLI
 * read their words from here. Add a namespace by adding its three files, their imports and one line per
 * language below (one line each, so parallel additions merge cleanly).
 */
export const CATALOGUES = {
  en: {
    common: en_common,
    dashboard: en_dashboard,
    groups: en_groups,
    import: en_import,
    mapping: en_mapping,
    menu: en_menu,
    register: en_register,
    report: en_report,
    search: en_search,
    workspace: en_workspace,
  },
  fr: {
    common: fr_common,
    dashboard: fr_dashboard,
    groups: fr_groups,
    import: fr_import,
    mapping: fr_mapping,
    menu: fr_menu,
    register: fr_register,
    report: fr_report,
    search: fr_search,
    workspace: fr_workspace,
  },
  es: {
    common: es_common,
    dashboard: es_dashboard,
    groups: es_groups,
    import: es_import,
    mapping: es_mapping,
    menu: es_menu,
    register: es_register,
    report: es_report,
    search: es_search,
    workspace: es_workspace,
  },
} satisfies Record<Lang, Record<string, object>>;

export type Namespace = keyof (typeof CATALOGUES)['en'];
export const NAMESPACES = Object.keys(CATALOGUES.en) as Namespace[];

/** The one i18next configuration, shared by the app and the CLI (i18next itself is set up at each edge). */
export function i18nOptions(lang: Lang) {
  return {
    lng: lang,
    fallbackLng: 'en',
    ns: NAMESPACES,
    defaultNS: 'common',
    resources: CATALOGUES,
    interpolation: { escapeValue: false },
  };
}
