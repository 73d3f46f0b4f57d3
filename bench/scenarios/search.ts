import { builtinCatalog } from '../../shared/frameworks/builtin';
import type { FrameworkCatalog } from '../../shared/frameworks/catalog';
import type { Lang } from '../../shared/model/lang';
import { loadExport } from '../lib/feature';
import { figure, unavailable, type Outcome } from '../lib/figures';
import { collectGarbage, readFixture } from '../lib/fixtures';
import { median, percentile, timeRuns } from '../lib/sample';
import type { Scenario } from '../lib/scenario';

interface Query {
  query: string;
  lang: Lang;
}
interface GoldenQuery extends Query {
  expected: string[];
}
type BuildIndex = (catalog: FrameworkCatalog) => object;
type Search = (index: object, query: string, options: { lang: Lang }) => { id: string }[];
type EvaluateGolden = (index: object, golden: GoldenQuery[], top: number) => { hit: boolean }[];

const FIGURES = ['search.build_ms', 'search.index_mb', 'search.p50_ms', 'search.p95_ms', 'search.golden_top3_pct'] as const;

/**
 * The framework search over the whole corpus (every item, three languages): index build time and size,
 * per-query latency over the mixed query list, and the golden set's top-3 hit rate.
 */
export const searchScenario: Scenario = {
  id: 'search',
  figures: FIGURES,
  memoryFigure: 'search.peak_mb',
  async run({ size }) {
    const build = await loadExport<BuildIndex>('../../shared/search/searchIndex.ts', 'buildIndex');
    const search = await loadExport<Search>('../../shared/search/search.ts', 'search');
    if (!build.ok || !search.ok) return FIGURES.map((name) => unavailable(name, build.ok ? (search.ok ? '' : search.why) : build.why));
    const catalog = builtinCatalog();
    const outcomes: Outcome[] = [];

    // Index size: heap retained by one index, measured after collecting garbage on both sides.
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    let index = build.value(catalog);
    collectGarbage();
    const retained = process.memoryUsage().heapUsed - before;
    const corpus = catalog.items.length;
    const buildTimes = await timeRuns(() => (index = build.value(catalog)), { warmup: size.warmup, runs: Math.max(size.runs, 5) });
    outcomes.push(figure('search.build_ms', median(buildTimes), 'ms', corpus));
    outcomes.push(figure('search.index_mb', retained / 2 ** 20, 'MB', corpus));

    const queries = await readFixture<{ queries: Query[] }>('search-queries.json');
    if (!queries.ok) {
      outcomes.push(unavailable('search.p50_ms', queries.why), unavailable('search.p95_ms', queries.why));
    } else {
      const list = queries.value.queries;
      // Warm-up pass over every query, then each query timed on its own; the percentiles are over all timings.
      for (const q of list) search.value(index, q.query, { lang: q.lang });
      const latencies: number[] = [];
      for (let run = 0; run < size.runs; run++) {
        for (const q of list) {
          const start = performance.now();
          search.value(index, q.query, { lang: q.lang });
          latencies.push(performance.now() - start);
        }
      }
      outcomes.push(figure('search.p50_ms', percentile(latencies, 50), 'ms', list.length));
      outcomes.push(figure('search.p95_ms', percentile(latencies, 95), 'ms', list.length));
      outcomes.push(figure('search.queries', list.length, 'count', list.length));
    }

    const golden = await readFixture<{ queries: GoldenQuery[] }>('search-golden.json');
    const evaluate = await loadExport<EvaluateGolden>('../../shared/search/quality.ts', 'evaluateGolden');
    if (!golden.ok || !evaluate.ok) {
      outcomes.push(unavailable('search.golden_top3_pct', golden.ok ? (evaluate.ok ? '' : evaluate.why) : golden.why));
    } else {
      const results = evaluate.value(index, golden.value.queries, 3);
      const hits = results.filter((r) => r.hit).length;
      outcomes.push(figure('search.golden_top3_pct', (100 * hits) / results.length, '%', results.length));
    }
    return outcomes;
  },
};
