import type { Lang } from '../model/lang';
import { expandWord } from './expand';
import type { SearchIndex } from './searchIndex';

/** A folded query word and how much it counts (title words of a policy count more than its description). */
export interface WeightedWord {
  word: string;
  weight: number;
}

export interface ScoreOptions {
  frameworks?: ReadonlySet<string> | null;
  languages?: ReadonlySet<Lang> | null;
  /** Texts in this language get a small bonus: the user reads them. */
  preferLang?: Lang;
  /** Ignore indexed words less close than this to the typed word (1 = only the same word). */
  minCloseness?: number;
  /** Folded words of the whole query joined by spaces, rewarded when found as a phrase in a title. */
  phrase?: string;
  /** How strongly matching more of the query words counts: 2 for short queries, 1 for long policy texts. */
  coveragePower?: number;
}

export interface ItemScore {
  itemId: string;
  /** BM25-style sum, scaled by the share of query words found; unbounded. */
  raw: number;
  /** The query words this item matched. */
  words: Set<string>;
}

/** Raw sums grow with the number of query words; this maps them onto 0..1 for display. */
export function relevance(raw: number, scale: number): number {
  return Math.round((1 - Math.exp(-raw / scale)) * 1000) / 1000;
}

const PHRASE_BONUS = 1.3;
const PREFERRED_LANGUAGE_BONUS = 1.1;

/**
 * Scores every item against the query words: for each word, its best match in an item's text in one language
 * (closeness x rarity x field weight), summed over words, times the squared share of words matched, so an
 * item matching all words beats one matching a single word many times. An item's score is its best language.
 * Also returns the indexed words that matched, for highlighting.
 */
export function scoreItems(index: SearchIndex, words: readonly WeightedWord[], options: ScoreOptions = {}): { scores: ItemScore[]; matchedTerms: Set<string> } {
  const matchedTerms = new Set<string>();
  const total = new Map<number, number>();
  const matchedWords = new Map<number, Set<string>>();
  const totalWeight = words.reduce((sum, w) => sum + w.weight, 0);
  const minCloseness = options.minCloseness ?? 0;

  for (const { word, weight } of words) {
    const best = new Map<number, number>();
    for (const { term, closeness } of expandWord(index, word)) {
      if (closeness < minCloseness) continue;
      const list = index.postings.get(term);
      if (!list) continue;
      matchedTerms.add(term);
      const factor = weight * closeness * (index.idf.get(term) ?? 0);
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i]!;
        const value = factor * list.weights[i]!;
        if (value > (best.get(doc) ?? 0)) best.set(doc, value);
      }
    }
    for (const [doc, value] of best) {
      total.set(doc, (total.get(doc) ?? 0) + value);
      let set = matchedWords.get(doc);
      if (!set) matchedWords.set(doc, (set = new Set()));
      set.add(word);
    }
  }

  const weightOf = new Map(words.map((w) => [w.word, w.weight]));
  const byItem = new Map<string, ItemScore>();
  for (const [doc, sum] of total) {
    const { item, lang, titleWords } = index.docs[doc]!;
    if (options.frameworks && !options.frameworks.has(item.frameworkId)) continue;
    if (options.languages && !options.languages.has(lang)) continue;
    const found = matchedWords.get(doc)!;
    let foundWeight = 0;
    for (const w of found) foundWeight += weightOf.get(w) ?? 0;
    const coverage = totalWeight ? foundWeight / totalWeight : 0;
    let raw = sum * coverage ** (options.coveragePower ?? 2);
    if (options.phrase && words.length > 1 && titleWords.includes(options.phrase)) raw *= PHRASE_BONUS;
    if (lang === options.preferLang) raw *= PREFERRED_LANGUAGE_BONUS;
    const current = byItem.get(item.id);
    if (!current || raw > current.raw) byItem.set(item.id, { itemId: item.id, raw, words: found });
  }
  const scores = [...byItem.values()].sort((a, b) => b.raw - a.raw || a.itemId.localeCompare(b.itemId));
  return { scores, matchedTerms };
}
