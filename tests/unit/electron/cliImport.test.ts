import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/hrmap';
import type { CliIo } from '../../../electron/cli/command';
import { FIXTURES } from '../import/helpers';
import { GENERATED, generatedFixture } from '../../../scripts/make-import-fixtures';

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hrmap-import-'));
  process.env['HRMAP_LANG'] = 'en';
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('hrmap import', () => {
  it('creates the workspace, imports, then imports an xlsx on top; validate agrees', async () => {
    const ws = join(dir, 'a.hrmap.json');
    const io = capture();
    expect(await main(['import', join(FIXTURES, 'policies-en.csv'), '--into', ws], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/Created the workspace[\s\S]*3 added, 0 updated, 0 skipped, 11 links/);
    const io2 = capture();
    expect(await main(['import', join(FIXTURES, 'policies.xlsx'), '--into', ws, '--json'], io2)).toBe(0);
    expect(JSON.parse(io2.stdout.join(''))).toMatchObject({ ok: true, created: false, sheet: 'Policies', added: 3 });
    const data = JSON.parse(await readFile(ws, 'utf8'));
    expect(data.policies.map((p: { title: string }) => p.title)).toContain('Night buses');
    expect(data.changes).toHaveLength(2);
    expect(data.changes[1].label).toBe('import:history.import');
    expect(await main(['validate', ws], capture())).toBe(0);
  });

  it('problems: listed with row numbers, exit 1, the workspace file is byte for byte unchanged', async () => {
    const ws = join(dir, 'b.hrmap.json');
    await main(['import', join(FIXTURES, 'policies-en.csv'), '--into', ws], capture());
    const before = await readFile(ws);
    const io = capture();
    expect(await main(['import', join(FIXTURES, 'problems.csv'), '--into', ws], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/5 problems found[\s\S]*Row 4, SDG: “6\.9” names no item/);
    expect(await readFile(ws)).toEqual(before);

    const json = capture();
    expect(await main(['import', join(FIXTURES, 'truncated.xlsx'), '--into', ws, '--json'], json)).toBe(1);
    expect(JSON.parse(json.stdout.join(''))).toMatchObject({ ok: false, code: 'corrupt' });
    expect(await readFile(ws)).toEqual(before);
  });

  it('a file one byte over the size limit is refused with its size; the workspace is unchanged', async () => {
    const ws = join(dir, 'limit.hrmap.json');
    await main(['import', join(FIXTURES, 'policies-en.csv'), '--into', ws], capture());
    const before = await readFile(ws);
    const io = capture();
    expect(await main(['import', await generatedFixture(GENERATED.overLimitCsv), '--into', ws, '--json'], io)).toBe(1);
    expect(JSON.parse(io.stdout.join(''))).toEqual({ ok: false, code: 'tooLarge', error: 'The file is too large (50.1 MB). Import files of up to 50 MB, or split the file.' });
    expect(await readFile(ws)).toEqual(before);
  });

  it('a missing workspace is not created when the import fails', async () => {
    const ws = join(dir, 'never.hrmap.json');
    expect(await main(['import', join(FIXTURES, 'header-only.csv'), '--into', ws], capture())).toBe(1);
    await expect(readFile(ws)).rejects.toThrow();
  });

  it('duplicates: skip by default, update on request', async () => {
    const ws = join(dir, 'c.hrmap.json');
    await main(['import', join(FIXTURES, 'policies-en.csv'), '--into', ws], capture());
    const skip = capture();
    await main(['import', join(FIXTURES, 'duplicates.csv'), '--into', ws], skip);
    expect(skip.stdout.join('')).toMatch(/1 added, 0 updated, 2 skipped/);
    const update = capture();
    await main(['import', join(FIXTURES, 'duplicates.csv'), '--into', ws, '--duplicates', 'update'], update);
    expect(update.stdout.join('')).toMatch(/0 added, 3 updated, 0 skipped/);
    const data = JSON.parse(await readFile(ws, 'utf8'));
    expect(data.policies.find((p: { city: string; title: string }) => /^dakar$/i.test(p.city) && /water/i.test(p.title)).status).toBe('completed');
  });

  it('a damaged workspace is not overwritten', async () => {
    const ws = join(dir, 'damaged.hrmap.json');
    await writeFile(ws, '{"format":"hrmap-workspace"');
    expect(await main(['import', join(FIXTURES, 'policies-en.csv'), '--into', ws], capture())).toBe(1);
    expect(await readFile(ws, 'utf8')).toBe('{"format":"hrmap-workspace"');
  });
});
