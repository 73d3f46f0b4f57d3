/**
 * Runs one scenario in a process of its own (forked by run.ts) and sends its figures back over IPC, so
 * the peak memory it reports is that scenario's alone and nothing of it reaches the parent's stdout.
 */
import { figure, isFigure, type Outcome } from './lib/figures';
import { PeakMemory } from './lib/memory';
import type { BenchSize } from './lib/scenario';
import { SCENARIOS } from './scenarios';

export type ChildMessage = { outcomes: Outcome[] } | { error: string };

const memory = new PeakMemory();
const [id, sizeJson, portText] = process.argv.slice(2);
const scenario = SCENARIOS.find((s) => s.id === id);

async function runScenario(): Promise<ChildMessage> {
  if (!scenario || !sizeJson) return { error: `unknown scenario "${id}"` };
  const size = JSON.parse(sizeJson) as BenchSize;
  const outcomes = await scenario.run({
    size,
    port: Number(portText ?? 0),
    log: (message) => process.stderr.write(`[${scenario.id}] ${message}\n`),
  });
  const peak = memory.stop();
  // The peak is reported on the same size as the scenario's first figure (policies, or items for the search).
  const first = outcomes.find(isFigure);
  if (scenario.memoryFigure && first) outcomes.push(figure(scenario.memoryFigure, peak, 'MB', first.n));
  return { outcomes };
}

process.on('unhandledRejection', (reason) => {
  const error = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
  process.send?.({ error } satisfies ChildMessage, () => process.exit(1));
});

let message: ChildMessage;
try {
  message = await runScenario();
} catch (error) {
  message = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
process.send?.(message, () => process.exit(0));
