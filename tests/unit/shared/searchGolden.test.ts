import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { evaluateGolden, type GoldenQuery } from '../../../shared/search/quality';
import { indexFor } from '../../../shared/search/searchIndex';
import golden from '../../fixtures/search-golden.json';

/** The golden set lives in tests/fixtures/search-golden.json so the benchmark reads the same queries. */
export const SEARCH_GOLDEN = golden.queries as GoldenQuery[];

describe('search quality on realistic queries (golden set)', () => {
  const index = indexFor(builtinCatalog());

  it('covers the three languages with at least 25 queries', () => {
    expect(SEARCH_GOLDEN.length).toBeGreaterThanOrEqual(25);
    for (const lang of ['en', 'fr', 'es']) expect(SEARCH_GOLDEN.filter((q) => q.lang === lang).length).toBeGreaterThanOrEqual(8);
    for (const q of SEARCH_GOLDEN) for (const id of q.expected) expect(builtinCatalog().has(id), `${q.query}: ${id} exists`).toBe(true);
  });

  it.each(evaluateGolden(index, SEARCH_GOLDEN, 3).map((o) => [`${o.query.lang} "${o.query.query}"`, o]))(
    '%s finds an expected item in the top 3',
    (_name, outcome) => {
      expect(outcome.hit, `expected one of ${outcome.query.expected.join(', ')}; got ${outcome.top.join(', ')}`).toBe(true);
    },
  );
});
