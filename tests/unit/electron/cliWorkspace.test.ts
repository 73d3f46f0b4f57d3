import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/hrmap';
import type { CliIo } from '../../../electron/cli/command';

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hrmap-cli-'));
  process.env['HRMAP_LANG'] = 'en';
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('hrmap demo and validate', () => {
  it('writes a demo workspace that validate accepts, the same for the same seed', async () => {
    const out = join(dir, 'demo.hrmap.json');
    const io = capture();
    expect(await main(['demo', '--policies', '120', '--seed', '4', '--out', out], io)).toBe(0);
    expect(io.stdout.join('')).toMatch(/Wrote 120 policies and \d+ links/);
    const first = await readFile(out, 'utf8');
    const data = JSON.parse(first);
    expect(data.policies).toHaveLength(120);

    const again = join(dir, 'again.hrmap.json');
    await main(['demo', '--policies', '120', '--seed', '4', '--out', again], capture());
    expect(await readFile(again, 'utf8')).toBe(first);

    const check = capture();
    expect(await main(['validate', out], check)).toBe(0);
    expect(check.stdout.join('')).toMatch(/valid workspace \(120 policies/);
  });

  it('refuses bad options with usage and exit 2', async () => {
    const io = capture();
    expect(await main(['demo', '--policies', 'many', '--out', join(dir, 'x.json')], io)).toBe(2);
    expect(io.stderr.join('')).toMatch(/--policies must be a whole number/);
    expect(await main(['demo'], capture())).toBe(2);
  });

  it('validate reports damaged files and broken references with exit 1', async () => {
    const notJson = join(dir, 'broken.hrmap.json');
    await writeFile(notJson, '{"format":"hrmap-workspace","version":1,"pol');
    const io = capture();
    expect(await main(['validate', notJson], io)).toBe(1);
    expect(io.stderr.join('')).toMatch(/cannot be read/);

    const orphan = join(dir, 'orphan.hrmap.json');
    const link = { id: 'nope|sdg:6.1', policyId: 'nope', itemId: 'sdg:6.1', strength: 'primary', rationale: '', author: '', createdAt: 'x', updatedAt: 'x' };
    await writeFile(orphan, JSON.stringify({ format: 'hrmap-workspace', version: 1, name: 'o', savedAt: 'x', policies: [], links: [link] }));
    const io2 = capture();
    expect(await main(['validate', orphan], io2)).toBe(1);
    expect(io2.stderr.join('\n')).toMatch(/refers to policy nope/);

    const future = join(dir, 'future.hrmap.json');
    await writeFile(future, JSON.stringify({ format: 'hrmap-workspace', version: 2, name: 'f', savedAt: 'x', policies: [], links: [] }));
    const io3 = capture();
    expect(await main(['validate', future], io3)).toBe(1);
    expect(io3.stderr.join('')).toMatch(/newer HRMap/);
  });
});
