import type { FrameworkCatalog } from '../frameworks/catalog';
import type { WorkspaceFile } from '../workspace/format';
import { computeStats, milestonesFromSetting, MILESTONES_SETTING, rootResolver, type Stats } from './stats';

/** The figures of a workspace file, with the milestones saved in its settings unless others are given. */
export function workspaceStats(
  workspace: Pick<WorkspaceFile, 'policies' | 'links' | 'settings'>,
  catalog: Pick<FrameworkCatalog, 'root'>,
  milestones?: readonly number[],
): Stats {
  return computeStats(
    { policies: workspace.policies, links: workspace.links, rootOf: rootResolver(catalog) },
    { milestones: milestones ?? milestonesFromSetting(workspace.settings[MILESTONES_SETTING]) },
  );
}
