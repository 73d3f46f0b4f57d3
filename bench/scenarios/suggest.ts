import { builtinCatalog } from '../../shared/frameworks/builtin';
import { buildIndex } from '../../shared/search/searchIndex';
import { suggestTop5HitPct, type SuggestCase } from '../../shared/suggest/quality';
import suggestSet from '../../tests/fixtures/suggest-set.json';
import { figure } from '../lib/figures';
import { median, timeRuns } from '../lib/sample';
import type { Scenario } from '../lib/scenario';

const CASES = suggestSet.cases as SuggestCase[];

/** Mapping suggestions on the labelled policy set: top-5 hit rate, and the time to suggest for the whole set. */
export const suggestScenario: Scenario = {
  id: 'suggest',
  figures: ['suggest.top5_hit_pct', 'suggest.set_ms'],
  memoryFigure: 'suggest.peak_mb',
  async run({ size }) {
    const catalog = builtinCatalog();
    const index = buildIndex(catalog);
    let pct = 0;
    const times = await timeRuns(() => (pct = suggestTop5HitPct(catalog, index, CASES)), size);
    return [figure('suggest.top5_hit_pct', pct, '%', CASES.length), figure('suggest.set_ms', median(times), 'ms', CASES.length)];
  },
};
