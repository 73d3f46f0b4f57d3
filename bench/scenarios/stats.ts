import { builtinCatalog } from '../../shared/frameworks/builtin';
import type { FrameworkCatalog } from '../../shared/frameworks/catalog';
import type { WorkspaceFile } from '../../shared/workspace/format';
import { demoWorkspace } from '../lib/data';
import { loadExport } from '../lib/feature';
import { figure, unavailable } from '../lib/figures';
import { median, timeRuns } from '../lib/sample';
import type { Scenario } from '../lib/scenario';

type RootResolver = (catalog: FrameworkCatalog) => (itemId: string) => string | undefined;
type ComputeStats = (input: { policies: WorkspaceFile['policies']; links: WorkspaceFile['links']; rootOf: (itemId: string) => string | undefined }) => {
  policies: number;
};

/** The dashboard's figures (shared/stats computeStats) over the whole generated register, root lookup included. */
export const statsScenario: Scenario = {
  id: 'stats',
  figures: ['stats.compute_ms'],
  memoryFigure: 'stats.peak_mb',
  async run({ size }) {
    const compute = await loadExport<ComputeStats>('../../shared/stats/index.ts', 'computeStats');
    const resolver = await loadExport<RootResolver>('../../shared/stats/index.ts', 'rootResolver');
    if (!compute.ok || !resolver.ok) return [unavailable('stats.compute_ms', compute.ok ? (resolver.ok ? '' : resolver.why) : compute.why)];
    const data = await demoWorkspace(size);
    if (!data.ok) return [unavailable('stats.compute_ms', data.why)];
    const { policies, links } = data.value;
    const catalog = builtinCatalog();
    const times = await timeRuns(() => {
      const stats = compute.value({ policies, links, rootOf: resolver.value(catalog) });
      if (stats.policies !== policies.length) throw new Error('computeStats miscounted the policies');
    }, size);
    return [figure('stats.compute_ms', median(times), 'ms', policies.length)];
  },
};
