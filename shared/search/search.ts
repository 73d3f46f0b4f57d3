import { resolveRef, type FrameworkHint } from '../frameworks/codeRef';
import type { ItemKind } from '../model/framework';
import { pickText, type Lang } from '../model/lang';
import { expandWord } from './expand';
import { matchRanges, type MatchRange } from './highlight';
import type { SearchIndex } from './searchIndex';
import { queryWords, wordsOf } from './words';

export interface SearchOptions {
  /** The language results are shown in (English when an item lacks it). Default English. */
  lang?: Lang;
  /** Only these frameworks (ids such as "charter", "udhr", "sdg"). Default all. */
  frameworks?: readonly string[];
  /** Only match texts in these languages. Default all three. */
  languages?: readonly Lang[];
  /** At most this many results. Default 20. */
  limit?: number;
}

export interface SearchHit {
  id: string;
  framework: string;
  code: string;
  kind: ItemKind;
  parentId: string | null;
  /** Title and text in the chosen language, or in English with `fallback` set. */
  title: string;
  text: string;
  lang: Lang;
  fallback: boolean;
  /** Relevance between 0 and 1, higher is better; 1 for an exact code or article reference. */
  score: number;
  /** True when the query named this item by its code ("11.7", "Art. 25", "Charter XI.2"). */
  exact: boolean;
  /** Where the matched words sit in `title` and `text`, for highlighting. */
  matches: { title: MatchRange[]; text: MatchRange[] };
}

const DEFAULT_LIMIT = 20;
/** Raw BM25 sums are unbounded; this maps them onto 0..1 (a typical good match lands near 0.8). */
const SCORE_SCALE = 20;
const PHRASE_BONUS = 1.3;
const OWN_LANGUAGE_BONUS = 1.1;

/**
 * Searches every framework item. An exact code or article reference comes first; then items ranked by how
 * many query words they contain, how rare those words are, in which field (code and title weigh most), and
 * how close the indexed word is to the typed one (exact, prefix, or a typo away).
 */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const lang = options.lang ?? 'en';
  const limit = options.limit ?? DEFAULT_LIMIT;
  const frameworks = options.frameworks?.length ? new Set(options.frameworks) : null;
  const languages = options.languages?.length ? new Set(options.languages) : null;
  const trimmed = query.trim();
  if (!trimmed || limit <= 0) return [];

  const hits: SearchHit[] = [];
  const seen = new Set<string>();
  for (const id of exactReferences(index, trimmed, frameworks)) {
    hits.push(toHit(index, id, lang, 1, true, new Set()));
    seen.add(id);
  }

  const words = queryWords(trimmed);
  if (words.length === 0) return hits.slice(0, limit);
  const phrase = ` ${wordsOf(trimmed).map((w) => w.folded).join(' ')} `;
  const matched = new Set<string>();
  const total = new Map<number, number>();
  const covered = new Map<number, number>();

  for (const word of words) {
    const best = new Map<number, number>();
    for (const { term, closeness } of expandWord(index, word)) {
      const list = index.postings.get(term);
      if (!list) continue;
      matched.add(term);
      const idf = index.idf.get(term) ?? 0;
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i]!;
        const value = closeness * idf * list.weights[i]!;
        if (value > (best.get(doc) ?? 0)) best.set(doc, value);
      }
    }
    for (const [doc, value] of best) {
      total.set(doc, (total.get(doc) ?? 0) + value);
      covered.set(doc, (covered.get(doc) ?? 0) + 1);
    }
  }

  const byItem = new Map<string, number>();
  for (const [doc, sum] of total) {
    const { item, lang: docLang, titleWords } = index.docs[doc]!;
    if (seen.has(item.id)) continue;
    if (frameworks && !frameworks.has(item.frameworkId)) continue;
    if (languages && !languages.has(docLang)) continue;
    const coverage = covered.get(doc)! / words.length;
    let raw = sum * coverage * coverage;
    if (words.length > 1 && titleWords.includes(phrase)) raw *= PHRASE_BONUS;
    if (docLang === lang) raw *= OWN_LANGUAGE_BONUS;
    if (raw > (byItem.get(item.id) ?? 0)) byItem.set(item.id, raw);
  }

  const ranked = [...byItem].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, Math.max(0, limit - hits.length));
  for (const [id, raw] of ranked) hits.push(toHit(index, id, lang, 1 - Math.exp(-raw / SCORE_SCALE), false, matched));
  return hits.slice(0, limit);
}

const HINTS: FrameworkHint[] = ['charter', 'udhr', 'sdg'];

/** Items the query names by code. A bare "1" names UDHR article 1 and SDG 1: both come first. */
function exactReferences(index: SearchIndex, query: string, frameworks: Set<string> | null): string[] {
  if (query.length > 40) return [];
  const hintable = frameworks ? HINTS.filter((h) => frameworks.has(h)) : [];
  const hint = hintable.length === 1 ? hintable[0] : undefined;
  const direct = resolveRef(query, index.catalog.has, hint);
  let ids: string[] = [];
  if ('itemId' in direct) ids = [direct.itemId];
  else if (direct.reason === 'ambiguous') {
    for (const h of HINTS) {
      const each = resolveRef(query, index.catalog.has, h);
      if ('itemId' in each && !ids.includes(each.itemId)) ids.push(each.itemId);
    }
  }
  return ids.filter((id) => !frameworks || frameworks.has(index.catalog.item(id)?.frameworkId ?? ''));
}

function toHit(index: SearchIndex, id: string, lang: Lang, score: number, exact: boolean, matched: ReadonlySet<string>): SearchHit {
  const item = index.catalog.item(id)!;
  const title = pickText(item.title, lang);
  const text = pickText(item.text, lang);
  return {
    id,
    framework: item.frameworkId,
    code: item.code,
    kind: item.kind,
    parentId: item.parentId,
    title: title.value,
    text: text.value,
    lang,
    fallback: title.fallback || text.fallback,
    score: Math.round(score * 1000) / 1000,
    exact,
    matches: { title: matchRanges(title.value, matched), text: matchRanges(text.value, matched) },
  };
}
