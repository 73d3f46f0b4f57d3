/** The three working languages of UCLG. Every user-facing text exists in these. */
export const LANGS = ['en', 'fr', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** Text in several languages; English is the fallback and is expected to be present. */
export type LocalizedText = Partial<Record<Lang, string>>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Picks a language from a locale tag such as "fr-SN" or "es_MX"; null if it is none of ours. */
export function langFromLocale(locale: string | undefined | null): Lang | null {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return isLang(base) ? base : null;
}

/**
 * Text in the wanted language, else English, else any. `fallback` says whether the wanted
 * language was missing, so the UI can mark the text as untranslated.
 */
export function pickText(text: LocalizedText | undefined, lang: Lang): { value: string; fallback: boolean } {
  const wanted = text?.[lang];
  if (wanted) return { value: wanted, fallback: false };
  const other = text?.en ?? LANGS.map((l) => text?.[l]).find(Boolean) ?? '';
  return { value: other, fallback: other !== '' };
}
