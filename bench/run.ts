/**
 * `npm run bench`: runs every scenario, each in a child process of its own, and prints a table
 * (`--json`: one JSON object per figure per line, nothing else on stdout). Never fails on speed: the exit
 * code is non-zero only when a scenario crashed.
 *
 *   npm run bench -- [--json] [--quick] [--only PREFIX]... [--policies N] [--runs N] [--port P]
 */
import { fork } from 'node:child_process';
import { availableParallelism, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import type { ChildMessage } from './child';
import { isFigure, type Outcome } from './lib/figures';
import { FULL_SIZE, QUICK_SIZE, type BenchSize, type Scenario } from './lib/scenario';
import { formatTable } from './lib/table';
import { DERIVED, SCENARIOS } from './scenarios';
import { buildRenderer, chromiumMissing } from './lib/browser';

interface Options {
  json: boolean;
  size: BenchSize;
  only: string[];
  port: number;
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true, default: [] },
      policies: { type: 'string' },
      runs: { type: 'string' },
      port: { type: 'string', default: process.env['BENCH_PORT'] ?? '0' },
    },
    strict: true,
  });
  const size = { ...(values.quick ? QUICK_SIZE : FULL_SIZE) };
  if (values.policies !== undefined) {
    size.policies = Number(values.policies);
    if (!Number.isInteger(size.policies) || size.policies < 10) throw new Error(`--policies must be a whole number of at least 10, not "${values.policies}"`);
  }
  if (values.runs !== undefined) {
    size.runs = Number(values.runs);
    if (!Number.isInteger(size.runs) || size.runs < 1) throw new Error(`--runs must be a whole number of at least 1, not "${values.runs}"`);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${values.port}"`);
  return { json: values.json, size, only: values.only, port };
}

function selected(scenario: Scenario, only: string[]): boolean {
  if (only.length === 0) return true;
  return only.some((prefix) => scenario.id.startsWith(prefix) || scenario.figures.some((name) => name.startsWith(prefix)));
}

/** Forks `child.ts` for one scenario; its output goes to our stderr so stdout stays machine-readable. */
function runInChild(scenario: Scenario, options: Options): Promise<ChildMessage> {
  return new Promise((resolve) => {
    const child = fork(new URL('./child.ts', import.meta.url), [scenario.id, JSON.stringify(options.size), String(options.port)], {
      execArgv: ['--import', 'tsx', '--expose-gc'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    child.stdout?.pipe(process.stderr);
    child.stderr?.pipe(process.stderr);
    let answer: ChildMessage | null = null;
    child.on('message', (message: ChildMessage) => (answer = message));
    child.on('exit', (code, signal) => resolve(answer ?? { error: `the scenario process ended (${signal ?? `exit code ${code}`}) without reporting` }));
  });
}

function machine(): string {
  return `node ${process.version}, ${availableParallelism()} CPUs, ${Math.round(totalmem() / 2 ** 30)} GiB`;
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  const scenarios = SCENARIOS.filter((s) => selected(s, options.only));
  // The Chromium scenarios share one build of the renderer, made here (their processes inherit the marker).
  if (scenarios.some((s) => s.browser) && !chromiumMissing()) buildRenderer((message) => process.stderr.write(`bench: ${message}\n`));
  const outcomes: Outcome[] = [];
  let crashed = 0;
  for (const scenario of scenarios) {
    process.stderr.write(`bench: ${scenario.id} (${options.size.policies} policies)…\n`);
    const started = performance.now();
    const result = await runInChild(scenario, options);
    if ('error' in result) {
      crashed++;
      process.stderr.write(`bench: scenario ${scenario.id} crashed: ${result.error}\n`);
      for (const name of scenario.figures) outcomes.push({ name, unavailable: `scenario crashed: ${result.error.split('\n')[0]}` });
    } else {
      outcomes.push(...result.outcomes);
    }
    process.stderr.write(`bench: ${scenario.id} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  for (const derive of DERIVED) {
    const derived = derive(outcomes);
    if (derived) outcomes.push(derived);
  }
  if (options.json) {
    for (const outcome of outcomes) {
      if (isFigure(outcome)) process.stdout.write(`${JSON.stringify(outcome)}\n`);
      else process.stderr.write(`bench: ${outcome.name} not available: ${outcome.unavailable}\n`);
    }
  } else {
    process.stdout.write(`HRMap benchmark: ${options.size.policies} generated policies (seed ${options.size.seed}), ${machine()}\n\n`);
    process.stdout.write(`${formatTable(outcomes)}\n`);
  }
  return crashed ? 1 : 0;
}

process.exitCode = await main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  return 2;
});
