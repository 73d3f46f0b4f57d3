import type { Outcome } from './figures';

/** How big the generated data is and how often each thing is repeated. */
export interface BenchSize {
  /** Policies in the generated workspace (about five links each). */
  policies: number;
  seed: number;
  warmup: number;
  runs: number;
  /** Slow operations (a whole report on a loaded machine) stop repeating after this much timed work. */
  budgetMs: number;
}

export const FULL_SIZE: BenchSize = { policies: 20_000, seed: 7, warmup: 1, runs: 3, budgetMs: 60_000 };
export const QUICK_SIZE: BenchSize = { policies: 1_000, seed: 7, warmup: 1, runs: 2, budgetMs: 10_000 };

export interface ScenarioContext {
  size: BenchSize;
  /** Port to serve the built renderer on for the Chromium scenarios (0: any free port). */
  port: number;
  /** Progress for a person watching; goes to stderr, never to stdout. */
  log(message: string): void;
}

/**
 * One benchmark scenario. Each runs in a child process of its own, so the peak memory it reports is its own.
 * `figures` lists every figure it may report, so an unavailable or crashed scenario still shows each row.
 */
export interface Scenario {
  id: string;
  figures: readonly string[];
  /** Node scenarios report their process's peak memory under this name; the Chromium one does not (its memory is the browser's). */
  memoryFigure?: string;
  /** Drives the built renderer in Chromium (needs a build and a browser; left out of the unit tests' quick run). */
  browser?: boolean;
  run(context: ScenarioContext): Promise<Outcome[]>;
}
