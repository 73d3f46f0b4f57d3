import type { Lang } from '../model/lang';
import { search } from './search';
import type { SearchIndex } from './searchIndex';

/** A query and the items a user expects among the first results (any one of them counts). */
export interface GoldenQuery {
  query: string;
  lang: Lang;
  expected: string[];
}

export interface GoldenOutcome {
  query: GoldenQuery;
  top: string[];
  hit: boolean;
}

/** Runs each golden query and says whether an expected item is among the first `k` results. */
export function evaluateGolden(index: SearchIndex, golden: readonly GoldenQuery[], k = 3): GoldenOutcome[] {
  return golden.map((query) => {
    const top = search(index, query.query, { lang: query.lang, limit: k }).map((h) => h.id);
    return { query, top, hit: query.expected.some((id) => top.includes(id)) };
  });
}

/** Share of golden queries with an expected item in the top 3, in percent (`search.golden_top3_pct`). */
export function goldenTop3Pct(index: SearchIndex, golden: readonly GoldenQuery[]): number {
  const outcomes = evaluateGolden(index, golden, 3);
  return outcomes.length ? (100 * outcomes.filter((o) => o.hit).length) / outcomes.length : 0;
}
