import { figure, isFigure, unavailable, type Figure, type Outcome } from '../lib/figures';
import type { Scenario } from '../lib/scenario';
import { importScenario } from './import';
import { searchScenario } from './search';
import { statsScenario } from './stats';
import { suggestScenario } from './suggest';
import { uiScenario } from './ui';
import { workspaceScenario } from './workspace';

/** Every scenario, in the order the table lists them. */
export const SCENARIOS: readonly Scenario[] = [
  searchScenario,
  suggestScenario,
  notLanded('report', ['report.congress_ms', 'report.peak_mb', 'report.sheetjs_ms', 'report.deflate_floor_ms'], 'the report writer (shared/report) is not on main yet'),
  importScenario,
  workspaceScenario,
  statsScenario,
  uiScenario,
];

/** A scenario whose feature has not landed: each of its figures says so. */
function notLanded(id: string, figures: string[], why: string): Scenario {
  return { id, figures, run: async () => figures.map((name) => unavailable(name, why)) };
}

function value(outcomes: readonly Outcome[], name: string): Figure | undefined {
  return outcomes.filter(isFigure).find((o) => o.name === name);
}

/** Figures computed from others of the same run (side-by-side comparisons). */
export const DERIVED: readonly ((outcomes: readonly Outcome[]) => Outcome | undefined)[] = [
  (outcomes) => {
    const ours = value(outcomes, 'report.congress_ms');
    const peer = value(outcomes, 'report.sheetjs_ms');
    if (!outcomes.some((o) => o.name.startsWith('report.'))) return undefined;
    if (!ours || !peer) return unavailable('report.vs_sheetjs_ratio', 'needs report.congress_ms and report.sheetjs_ms from the same run');
    return figure('report.vs_sheetjs_ratio', ours.value / peer.value, 'ratio', ours.n, 'sheetjs');
  },
];
