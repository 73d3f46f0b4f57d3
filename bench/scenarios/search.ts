import { builtinCatalog } from '../../shared/frameworks/builtin';
import type { Lang } from '../../shared/model/lang';
import { goldenTop3Pct, type GoldenQuery } from '../../shared/search/quality';
import { search } from '../../shared/search/search';
import { buildIndex } from '../../shared/search/searchIndex';
import golden from '../../tests/fixtures/search-golden.json';
import mixed from '../../tests/fixtures/search-queries.json';
import { figure } from '../lib/figures';
import { collectGarbage } from '../lib/memory';
import { median, percentile, timeRuns } from '../lib/sample';
import type { Scenario } from '../lib/scenario';

const QUERIES = mixed.queries as { query: string; lang: Lang }[];
const GOLDEN = golden.queries as GoldenQuery[];

/**
 * The framework search over the whole corpus (every item of every framework, three languages): index build
 * time and the heap it keeps, per-query latency over the mixed query list (the same list the search tests
 * own), and the golden set's top-3 hit rate.
 */
export const searchScenario: Scenario = {
  id: 'search',
  figures: ['search.build_ms', 'search.index_mb', 'search.p50_ms', 'search.p95_ms', 'search.golden_top3_pct'],
  memoryFigure: 'search.peak_mb',
  async run({ size }) {
    const catalog = builtinCatalog();
    const corpus = catalog.items.length;

    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    let index = buildIndex(catalog);
    collectGarbage();
    const retained = process.memoryUsage().heapUsed - before;
    const buildTimes = await timeRuns(() => (index = buildIndex(catalog)), { warmup: size.warmup, runs: Math.max(size.runs, 5) });

    // One untimed pass over every query, then each query timed on its own; percentiles over all timings.
    for (const q of QUERIES) search(index, q.query, { lang: q.lang });
    const latencies: number[] = [];
    for (let run = 0; run < size.runs; run++) {
      for (const q of QUERIES) {
        const start = performance.now();
        search(index, q.query, { lang: q.lang });
        latencies.push(performance.now() - start);
      }
    }

    return [
      figure('search.build_ms', median(buildTimes), 'ms', corpus),
      figure('search.index_mb', retained / 2 ** 20, 'MB', corpus),
      figure('search.p50_ms', percentile(latencies, 50), 'ms', QUERIES.length),
      figure('search.p95_ms', percentile(latencies, 95), 'ms', QUERIES.length),
      figure('search.golden_top3_pct', goldenTop3Pct(index, GOLDEN), '%', GOLDEN.length),
    ];
  },
};
