import type { FrameworkCatalog } from '../frameworks/catalog';
import { resolveRef, type FrameworkHint } from '../frameworks/codeRef';
import type { ItemKind } from '../model/framework';
import { pickText, type Lang } from '../model/lang';
import { matchRanges, type MatchRange } from './highlight';
import { relevance, scoreItems } from './score';
import type { SearchIndex } from './searchIndex';
import { queryWords, wordsOf, type Word } from './words';

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
/** Scale of the 0..1 relevance (a typical good match lands near 0.8). */
const SCORE_SCALE = 20;
/** Matches far weaker than the best one (a single common word of a longer query) are noise, not results. */
const MIN_SHARE_OF_BEST = 0.04;

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
  for (const id of exactReferences(index.catalog, trimmed, frameworks)) {
    hits.push(toHit(index, id, lang, 1, true, new Set()));
    seen.add(id);
  }

  const words = queryWords(trimmed);
  if (words.length === 0) return hits.slice(0, limit);
  const { scores, matchedTerms } = scoreItems(
    index,
    words.map((word) => ({ word, weight: 1 })),
    { frameworks, languages, preferLang: lang, phrase: ` ${wordsOf(trimmed).map((w) => w.folded).join(' ')} ` },
  );
  const floor = (scores[0]?.raw ?? 0) * MIN_SHARE_OF_BEST;
  for (const { itemId, raw } of scores) {
    if (hits.length >= limit || raw < floor) break;
    if (!seen.has(itemId)) hits.push(toHit(index, itemId, lang, relevance(raw, SCORE_SCALE), false, matchedTerms));
  }
  return hits.slice(0, limit);
}

const HINTS: FrameworkHint[] = ['charter', 'udhr', 'sdg'];

/**
 * Items the query names by code. A bare "1" names UDHR article 1 and SDG 1: both come first. Exported for the
 * benchmark's single-Fuse peer, which gets the same exact-reference step before its fuzzy matches.
 */
export function exactReferences(catalog: Pick<FrameworkCatalog, 'has' | 'item'>, query: string, frameworks: ReadonlySet<string> | null): string[] {
  if (query.length > 40) return [];
  const hintable = frameworks ? HINTS.filter((h) => frameworks.has(h)) : [];
  const hint = hintable.length === 1 ? hintable[0] : undefined;
  const direct = resolveRef(query, catalog.has, hint);
  let ids: string[] = [];
  if ('itemId' in direct) ids = [direct.itemId];
  else if (direct.reason === 'ambiguous') {
    for (const h of HINTS) {
      const each = resolveRef(query, catalog.has, h);
      if ('itemId' in each && !ids.includes(each.itemId)) ids.push(each.itemId);
    }
  }
  return ids.filter((id) => !frameworks || frameworks.has(catalog.item(id)?.frameworkId ?? ''));
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
    score,
    exact,
    matches: { title: matchRanges(title.value, matched, shownWords(index, title.value)), text: matchRanges(text.value, matched, shownWords(index, text.value)) },
  };
}

function shownWords(index: SearchIndex, text: string): Word[] {
  let words = index.shownWords.get(text);
  if (!words) {
    words = wordsOf(text);
    index.shownWords.set(text, words);
  }
  return words;
}
