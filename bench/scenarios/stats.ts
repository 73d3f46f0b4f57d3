import { builtinCatalog } from '../../shared/frameworks/builtin';
import { workspaceStats } from '../../shared/stats/workspaceStats';
import { demoWorkspace } from '../lib/data';
import { figure } from '../lib/figures';
import { median, timeRuns } from '../lib/sample';
import type { Scenario } from '../lib/scenario';

/** The dashboard's figures (shared/stats, as `hrmap stats` computes them) over the whole generated register. */
export const statsScenario: Scenario = {
  id: 'stats',
  figures: ['stats.compute_ms'],
  memoryFigure: 'stats.peak_mb',
  async run({ size }) {
    const workspace = demoWorkspace(size);
    const catalog = builtinCatalog();
    const times = await timeRuns(() => {
      const stats = workspaceStats(workspace, catalog);
      if (stats.policies !== workspace.policies.length) throw new Error('the stats miscounted the policies');
    }, size);
    return [figure('stats.compute_ms', median(times), 'ms', workspace.policies.length)];
  },
};
