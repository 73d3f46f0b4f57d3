/** Order statistics over repeated timings. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest-rank: the smallest value with at least p% of the values at or below it.
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface RepeatOptions {
  warmup: number;
  runs: number;
  /** Stop repeating once the timed runs have taken this long (at least one run is always timed). */
  budgetMs?: number;
}

/** Runs `task` `warmup` times untimed, then up to `runs` times timed (within the budget); returns the timings in ms. */
export async function timeRuns<T>(task: () => T | Promise<T>, { warmup, runs, budgetMs = Infinity }: RepeatOptions): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await task();
  const times: number[] = [];
  let spent = 0;
  for (let i = 0; i < runs && (i === 0 || spent < budgetMs); i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
    spent += times.at(-1)!;
  }
  return times;
}
