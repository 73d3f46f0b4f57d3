import { describe, expect, it } from 'vitest';
import { CATALOGUES, NAMESPACES } from '../../../shared/i18n/catalogues';
import { LANGS } from '../../../shared/model/lang';
import { translator } from './translator';

/** Every key path of a catalogue, with plural suffixes folded so that "count_one"/"count_other" count as "count". */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const PLURAL = /_(zero|one|two|few|many|other)$/;

describe('message catalogues', () => {
  it.each(NAMESPACES.map((ns) => [ns]))('namespace %s has the same keys in en, fr and es', (ns) => {
    const sets = LANGS.map((lang) => new Set(keys(CATALOGUES[lang][ns]).map((k) => k.replace(PLURAL, ''))));
    const [en, ...others] = sets;
    for (const [i, other] of others.entries()) {
      const lang = LANGS[i + 1];
      expect([...en!].filter((k) => !other.has(k)), `missing in ${lang}/${ns}`).toEqual([]);
      expect([...other].filter((k) => !en!.has(k)), `only in ${lang}/${ns}`).toEqual([]);
    }
  });

  it('every plural has every form the language needs (Intl.PluralRules), so no count falls back to English', () => {
    for (const lang of LANGS) {
      // en: one, other; fr and es: one, many (1 000 000), other. i18next picks the form with Intl.PluralRules.
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const ns of NAMESPACES) {
        const all = new Set(keys(CATALOGUES[lang][ns]));
        const plurals = new Set([...all].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
        for (const base of plurals) {
          for (const category of categories) expect(all.has(`${base}_${category}`), `${lang}/${ns}: ${base}_${category} is missing`).toBe(true);
        }
      }
    }
  });

  it('a large round count takes the right plural form, written with the language’s digit grouping', () => {
    const said = (lang: 'en' | 'fr' | 'es', count: number) => translator(lang)('register:count', { count });
    expect(said('en', 20000)).toBe('20,000 policies');
    expect(said('fr', 20000)).toBe('20\u202f000 politiques');
    expect(said('fr', 1_000_000)).toBe('1\u202f000\u202f000 politiques');
    expect(said('es', 1_000_000)).toBe('1.000.000 políticas');
    expect(said('es', 1)).toBe('1 política');
  });

  it('no message is empty and interpolations match across languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    for (const ns of NAMESPACES) {
      const en = new Map(flatEntries(CATALOGUES.en[ns]));
      for (const lang of LANGS) {
        for (const [key, text] of flatEntries(CATALOGUES[lang][ns])) {
          expect(text.trim(), `${lang}/${ns}:${key} is empty`).not.toBe('');
          const base = en.get(key) ?? en.get(key.replace(PLURAL, '_other'));
          if (base !== undefined) expect(vars(text), `${lang}/${ns}:${key} placeholders`).toEqual(vars(base));
        }
      }
    }
  });
});

function flatEntries(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => flatEntries(v, prefix ? `${prefix}.${k}` : k));
}
