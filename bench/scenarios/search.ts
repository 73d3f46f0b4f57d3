import { builtinCatalog } from '../../shared/frameworks/builtin';
import type { Lang } from '../../shared/model/lang';
import { goldenTop3Pct, type GoldenQuery } from '../../shared/search/quality';
import { search } from '../../shared/search/search';
import { buildIndex, type SearchIndex } from '../../shared/search/searchIndex';
import golden from '../../tests/fixtures/search-golden.json';
import mixed from '../../tests/fixtures/search-queries.json';
import { figure } from '../lib/figures';
import { buildFuseSingle, searchFuseSingle } from '../peers/fuseSingle';
import { collectGarbage } from '../lib/memory';
import { median, percentile, timeRuns } from '../lib/sample';
import type { Scenario } from '../lib/scenario';

const QUERIES = mixed.queries as { query: string; lang: Lang }[];
const GOLDEN = golden.queries as GoldenQuery[];

/**
 * What a query may reuse from earlier ones: the Fuse index of each vocabulary bucket (made on first use), the
 * expansions of query words and the words of shown texts. Cleared, the next query pays for all of it.
 */
function clearQueryCaches(index: SearchIndex): void {
  index.fuzzy.clear();
  index.expansionCache.clear();
  index.shownWords.clear();
}

/**
 * The framework search over the whole corpus (every item of every framework, three languages): index build
 * time and the heap it keeps, per-query latency over the mixed query list (the same list the search tests
 * own), warm (after a pass that filled the query caches, as when typing) and cold (every cache cleared before
 * each query), and the golden set's top-3 hit rate. Side by side, the peer "fuse.js": one plain Fuse index over
 * all items with weighted keys code, title, text (bench/peers/fuseSingle.ts), on the same queries.
 */
export const searchScenario: Scenario = {
  id: 'search',
  figures: [
    'search.build_ms',
    'search.index_mb',
    'search.p50_ms',
    'search.p95_ms',
    'search.cold_p50_ms',
    'search.cold_p95_ms',
    'search.golden_top3_pct',
    'search.fuse_single_build_ms',
    'search.fuse_single_p50_ms',
    'search.fuse_single_p95_ms',
    'search.fuse_single_golden_top3_pct',
  ],
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

    // Cold: the same queries, each after clearing what earlier queries left behind.
    const cold: number[] = [];
    for (let run = 0; run < size.runs; run++) {
      for (const q of QUERIES) {
        clearQueryCaches(index);
        const start = performance.now();
        search(index, q.query, { lang: q.lang });
        cold.push(performance.now() - start);
      }
    }

    // The peer: one Fuse index, built and timed the same way (it keeps no query caches, so warm is cold).
    let peer = buildFuseSingle(catalog);
    const peerBuild = await timeRuns(() => (peer = buildFuseSingle(catalog)), { warmup: size.warmup, runs: Math.max(size.runs, 5) });
    // A short warm-up (for the JIT): a full untimed pass would add half a minute and there is no cache to fill.
    const warmStart = performance.now();
    for (const q of QUERIES.slice(0, 20)) searchFuseSingle(peer, q.query);
    // The peer is slow (tens of milliseconds a query): its timed queries are spread evenly over the list and as
    // many as fit in a quarter of the time budget, so a --quick run stays quick and a full run times them all.
    const perQuery = (performance.now() - warmStart) / 20;
    // One timed pass: with no caches, a second pass would measure the same thing again.
    const fits = Math.max(20, Math.floor(size.budgetMs / 4 / Math.max(perQuery, 0.001)));
    const stride = Math.max(1, Math.ceil(QUERIES.length / fits));
    const peerQueries = QUERIES.filter((_, i) => i % stride === 0);
    const peerLatencies: number[] = [];
    for (const q of peerQueries) {
      const start = performance.now();
      searchFuseSingle(peer, q.query);
      peerLatencies.push(performance.now() - start);
    }
    const peerHits = GOLDEN.filter((g) => {
      const top = searchFuseSingle(peer, g.query, 3);
      return g.expected.some((id) => top.includes(id));
    }).length;

    return [
      figure('search.build_ms', median(buildTimes), 'ms', corpus),
      figure('search.index_mb', retained / 2 ** 20, 'MB', corpus),
      figure('search.p50_ms', percentile(latencies, 50), 'ms', QUERIES.length),
      figure('search.p95_ms', percentile(latencies, 95), 'ms', QUERIES.length),
      figure('search.cold_p50_ms', percentile(cold, 50), 'ms', QUERIES.length),
      figure('search.cold_p95_ms', percentile(cold, 95), 'ms', QUERIES.length),
      figure('search.golden_top3_pct', goldenTop3Pct(index, GOLDEN), '%', GOLDEN.length),
      figure('search.fuse_single_build_ms', median(peerBuild), 'ms', corpus, 'fuse.js'),
      figure('search.fuse_single_p50_ms', percentile(peerLatencies, 50), 'ms', peerQueries.length, 'fuse.js'),
      figure('search.fuse_single_p95_ms', percentile(peerLatencies, 95), 'ms', peerQueries.length, 'fuse.js'),
      figure('search.fuse_single_golden_top3_pct', (100 * peerHits) / GOLDEN.length, '%', GOLDEN.length, 'fuse.js'),
    ];
  },
};
