import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { computeStats, milestonesFromSetting, MILESTONES_SETTING, rootResolver, type Stats, type StatsInput } from '../../shared/stats';
import { useServices } from '../app/services';
import { readSettings } from '../workspace/workspaceRepository';

export interface DashboardData {
  input: StatsInput;
  stats: Stats;
  milestones: number[];
}

/**
 * Policies, links, the milestone setting and the installed frameworks, watched live: any write to them (grid edit, mapping, import, undo)
 * recomputes the figures with the shared stats module. Undefined while the first read is under way.
 */
export function useDashboardData(): DashboardData | undefined {
  const { db, catalog } = useServices();
  // Articles and goals are the roots of the installed Charter and SDG items (a revision's new items included).
  const rootOf = useMemo(() => rootResolver(catalog), [catalog]);
  const workspace = useLiveQuery(() => db.rows.policiesAndLinks(), [db]);
  // In the workspace settings, so a saved workspace file (and `hrmap stats` on it) keeps the milestones.
  const setting = useLiveQuery(() => readSettings(db).then((settings) => settings[MILESTONES_SETTING] ?? null), [db]);
  return useMemo(() => {
    if (!workspace || setting === undefined) return undefined;
    const input: StatsInput = { ...workspace, rootOf };
    const milestones = milestonesFromSetting(setting);
    return { input, stats: computeStats(input, { milestones }), milestones };
  }, [workspace, setting, rootOf]);
}
