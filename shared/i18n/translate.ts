import type { Lang } from '../model/lang';
import { CATALOGUES, type Namespace } from './catalogues';

/**
 * A message from the catalogues outside React (CLI output, reports): nested keys ("table.title"),
 * {{placeholders}}, and plural forms chosen by `count` ("results_one" / "results_other"), falling back
 * to English when a language lacks the key. The renderer uses i18next on the same catalogues.
 */
export function translate(lang: Lang, ns: Namespace, key: string, vars: Record<string, string | number> = {}): string {
  const template = lookup(lang, ns, key, vars) ?? lookup('en', ns, key, vars) ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

function lookup(lang: Lang, ns: Namespace, key: string, vars: Record<string, string | number>): string | undefined {
  const catalogue: unknown = CATALOGUES[lang][ns];
  const keys = typeof vars['count'] === 'number' ? [`${key}_${new Intl.PluralRules(lang).select(vars['count'])}`, `${key}_other`, key] : [key];
  for (const candidate of keys) {
    const value = candidate.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalogue);
    if (typeof value === 'string') return value;
  }
  return undefined;
}
