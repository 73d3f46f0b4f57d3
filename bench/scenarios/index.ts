import { figure, isFigure, unavailable, type Figure, type Outcome } from '../lib/figures';
import type { Scenario } from '../lib/scenario';
import { importScenario } from './import';
import { reportDeflateScenario, reportScenario, reportSheetjsScenario } from './report';
import { reportChromiumScenario } from './reportChromium';
import { searchScenario } from './search';
import { statsScenario } from './stats';
import { suggestScenario } from './suggest';
import { uiScenario } from './ui';
import { workspaceScenario } from './workspace';

/** Every scenario, in the order the table lists them. */
export const SCENARIOS: readonly Scenario[] = [
  searchScenario,
  suggestScenario,
  reportScenario,
  reportSheetjsScenario,
  reportDeflateScenario,
  reportChromiumScenario,
  importScenario,
  workspaceScenario,
  statsScenario,
  uiScenario,
];

function value(outcomes: readonly Outcome[], name: string): Figure | undefined {
  return outcomes.filter(isFigure).find((o) => o.name === name);
}

/** Figures computed from others of the same run (side-by-side comparisons). */
export const DERIVED: readonly ((outcomes: readonly Outcome[]) => Outcome | undefined)[] = [
  (outcomes) => {
    const ours = value(outcomes, 'report.congress_ms');
    const peer = value(outcomes, 'report.sheetjs_ms');
    if (!outcomes.some((o) => o.name === 'report.congress_ms' || o.name === 'report.sheetjs_ms')) return undefined;
    if (!ours || !peer) return unavailable('report.vs_sheetjs_ratio', 'needs report.congress_ms and report.sheetjs_ms from the same run');
    return figure('report.vs_sheetjs_ratio', ours.value / peer.value, 'ratio', ours.n, 'sheetjs');
  },
];
