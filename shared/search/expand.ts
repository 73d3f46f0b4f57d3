import { fuzzyFor, fuzzyKey, type SearchIndex, type TermMatch } from './searchIndex';

const MAX_PREFIX_MATCHES = 40;
const MAX_FUZZY_MATCHES = 12;
const MAX_CACHED = 5000;
/** Below this length a typo is indistinguishable from another word; only exact and prefix matches. */
const MIN_FUZZY_LENGTH = 4;

/**
 * The indexed words a (folded) query word stands for: itself, words it starts ("logem" -> logement),
 * and words within a typo or two ("houseing" -> housing). Closeness ranks them; an exact word counts most.
 */
export function expandWord(index: SearchIndex, word: string): readonly TermMatch[] {
  const cached = index.expansionCache.get(word);
  if (cached) return cached;
  const found = new Map<string, number>();
  const add = (term: string, closeness: number) => {
    if ((found.get(term) ?? 0) < closeness) found.set(term, closeness);
  };
  if (index.postings.has(word)) add(word, 1);

  if (word.length >= 2) {
    let at = lowerBound(index.sortedTerms, word);
    for (let n = 0; n < MAX_PREFIX_MATCHES && at < index.sortedTerms.length; at++, n++) {
      const term = index.sortedTerms[at]!;
      if (!term.startsWith(word)) break;
      // "educ" stands for "education" a little less than "educat" does.
      if (term !== word) add(term, 0.7 + 0.25 * (word.length / term.length));
    }
  }

  if (word.length >= MIN_FUZZY_LENGTH) {
    const near: TermMatch[] = [];
    // A typo rarely hits the first two letters; allow a letter more or fewer, two in long words ("houseing" -> "housing").
    const slack = word.length >= 7 ? 2 : 1;
    for (let length = word.length - slack; length <= word.length + slack; length++) {
      const fuse = fuzzyFor(index, fuzzyKey(word, length));
      if (!fuse) continue;
      for (const hit of fuse.search(word, { limit: MAX_FUZZY_MATCHES })) {
        near.push({ term: hit.item, closeness: 0.85 * (1 - (hit.score ?? 1)) });
      }
    }
    near.sort((a, b) => b.closeness - a.closeness);
    for (const match of near.slice(0, MAX_FUZZY_MATCHES)) add(match.term, match.closeness);
  }

  const result = [...found].map(([term, closeness]) => ({ term, closeness })).sort((a, b) => b.closeness - a.closeness);
  if (index.expansionCache.size >= MAX_CACHED) index.expansionCache.clear();
  index.expansionCache.set(word, result);
  return result;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
