import type { FrameworkCatalog } from '../frameworks/catalog';
import type { SearchIndex } from '../search/searchIndex';
import { suggestItems } from './suggest';

/** A labelled policy: what an analyst would map it to. */
export interface SuggestCase {
  title: string;
  description: string;
  accepted?: string[];
  expected: string[];
}

export interface SuggestOutcome {
  case: SuggestCase;
  top: string[];
  hit: boolean;
}

export function evaluateSuggestions(catalog: FrameworkCatalog, index: SearchIndex, cases: readonly SuggestCase[], k = 5): SuggestOutcome[] {
  return cases.map((c) => {
    const top = suggestItems(c, catalog, index, { accepted: c.accepted, limit: k }).map((s) => s.id);
    return { case: c, top, hit: c.expected.some((id) => top.includes(id)) };
  });
}

/** Share of cases with an expected item among the first five suggestions, in percent (`suggest.top5_hit_pct`). */
export function suggestTop5HitPct(catalog: FrameworkCatalog, index: SearchIndex, cases: readonly SuggestCase[]): number {
  const outcomes = evaluateSuggestions(catalog, index, cases, 5);
  return outcomes.length ? (100 * outcomes.filter((o) => o.hit).length) / outcomes.length : 0;
}
