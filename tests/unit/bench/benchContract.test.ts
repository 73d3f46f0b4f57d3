import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contractProblems, figure, unavailable } from '../../../bench/lib/figures';
import { median, percentile, timeRuns } from '../../../bench/lib/sample';
import { formatTable } from '../../../bench/lib/table';
import { SCENARIOS } from '../../../bench/scenarios';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// The Node scenarios on a tiny workspace; the Chromium ones need a build and a browser and are left to `npm run bench`.
const NODE_SCENARIOS = SCENARIOS.filter((s) => !s.browser);
const ARGS = ['--quick', '--policies', '60', '--runs', '1', ...NODE_SCENARIOS.flatMap((s) => ['--only', s.id])];

function bench(extra: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', ...ARGS, ...extra], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run bench output contract', () => {
  it('--json prints only lines of {name, value, unit, n, peer?} and accounts for every figure', () => {
    const json = bench(['--json']);
    expect(json.status, json.stderr).toBe(0);
    const lines = json.stdout.split('\n').filter((line) => line !== '');
    for (const line of lines) expect(contractProblems(line), line).toEqual([]);
    const names = lines.map((line) => (JSON.parse(line) as { name: string }).name);
    expect(new Set(names).size, 'each figure once').toBe(names.length);

    // The features that have landed are measured, each Node scenario with its own peak memory.
    for (const name of ['search.build_ms', 'search.p50_ms', 'search.p95_ms', 'search.golden_top3_pct', 'search.index_mb', 'suggest.top5_hit_pct', 'import.xlsx_20k_ms', 'report.sheetjs_ms', 'report.deflate_floor_ms', 'report.vs_sheetjs_ratio', 'workspace.save_ms', 'workspace.open_ms', 'stats.compute_ms']) {
      expect(names, name).toContain(name);
    }
    for (const scenario of NODE_SCENARIOS) if (scenario.memoryFigure) expect(names).toContain(scenario.memoryFigure);

    // What the JSON leaves out is said on stderr as "not available: <why>", never dropped silently.
    for (const scenario of NODE_SCENARIOS) {
      for (const name of scenario.figures) {
        if (!names.includes(name)) expect(json.stderr, name).toMatch(new RegExp(`${name.replace(/\./g, '\\.')} not available: \\S+`));
      }
    }
  }, 300_000);

  it('the table shows each figure, and the reason for each one not available', () => {
    const table = formatTable([figure('search.p50_ms', 1.234, 'ms', 200), figure('report.vs_sheetjs_ratio', 0.5, 'ratio', 20_000, 'sheetjs'), unavailable('ui.bulk_link_1k_ms', 'no grid yet')]);
    const rows = table.split('\n');
    expect(rows[0]).toMatch(/^\| figure +\| value +\| unit +\| n +\| peer +\|$/);
    expect(rows.find((r) => r.startsWith('| search.p50_ms '))).toMatch(/\| +1\.23 \| ms +\| 200 +\| +\|$/);
    expect(rows.find((r) => r.startsWith('| report.vs_sheetjs_ratio '))).toMatch(/\| +0\.5 \| ratio +\| 20000 \| sheetjs \|$/);
    expect(rows.find((r) => r.startsWith('| ui.bulk_link_1k_ms '))).toContain('not available: no grid yet');
  });

  it('rejects lines that break the contract', () => {
    expect(contractProblems('{"name":"search.p50_ms","value":1.5,"unit":"ms","n":200}')).toEqual([]);
    expect(contractProblems('{"name":"report.vs_sheetjs_ratio","value":0.8,"unit":"ratio","n":20000,"peer":"sheetjs"}')).toEqual([]);
    expect(contractProblems('{"name":"search.p50_ms","value":1.5,"unit":"seconds","n":200}')).not.toEqual([]);
    expect(contractProblems('{"name":"search.p50_ms","value":null,"unit":"ms","n":200}')).not.toEqual([]);
    expect(contractProblems('{"name":"search.p50_ms","value":1,"unit":"ms","n":2.5}')).not.toEqual([]);
    expect(contractProblems('{"name":"search.p50_ms","value":1,"unit":"ms","n":2,"extra":true}')).not.toEqual([]);
    expect(contractProblems('{"name":"search.p50_ms","value":1,"unit":"MB","n":2}')).not.toEqual([]);
    expect(contractProblems('bench: search done')).not.toEqual([]);
  });

  it('medians and nearest-rank percentiles', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
  });

  it('repeats a task after its warm-up, and stops early once the time budget is spent', async () => {
    let calls = 0;
    const slow = () => {
      calls++;
      const until = performance.now() + 2;
      while (performance.now() < until);
    };
    expect(await timeRuns(slow, { warmup: 1, runs: 4 })).toHaveLength(4);
    expect(calls).toBe(5);
    calls = 0;
    expect(await timeRuns(slow, { warmup: 1, runs: 4, budgetMs: 1 })).toHaveLength(1);
    expect(calls).toBe(2);
  });
});
