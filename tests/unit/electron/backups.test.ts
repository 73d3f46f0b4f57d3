import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups, readBackup, writeBackup } from '../../../electron/services/backups';
import { RESCUES_TO_KEEP } from '../../../shared/platform/bridgeSchemas';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hrmap-backups-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const data = (text: string) => new TextEncoder().encode(text);

describe('backups on disk', () => {
  it('writes snapshots, lists them newest first with counts, keeps only the last N', async () => {
    const folder = join(dir, 'backups'); // created on first write
    expect(await listBackups(folder)).toEqual([]);
    for (let i = 0; i < 5; i++) {
      await writeBackup(folder, { at: `2026-05-01T10:00:0${i}.000Z`, policies: 10 + i, links: 50 + i, data: data(`snapshot ${i}`), keep: 3 });
    }
    const list = await listBackups(folder);
    expect(list.map((b) => [b.at, b.policies, b.links])).toEqual([
      ['2026-05-01T10:00:04.000Z', 14, 54],
      ['2026-05-01T10:00:03.000Z', 13, 53],
      ['2026-05-01T10:00:02.000Z', 12, 52],
    ]);
    expect(new TextDecoder().decode((await readBackup(folder, list[0]!.id))!)).toBe('snapshot 4');
    expect((await readdir(folder)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('rows rescued from a damaged database are listed as such and never rotated out by snapshots', async () => {
    await writeBackup(dir, { kind: 'rescue', at: '2026-05-01T09:00:00.000Z', policies: 7, links: 3, data: data('rescued'), keep: 2 });
    for (let i = 0; i < 4; i++) await writeBackup(dir, { at: `2026-05-01T10:00:0${i}.000Z`, policies: i, links: i, data: data(`snapshot ${i}`), keep: 2 });
    const list = await listBackups(dir);
    expect(list.map((b) => [b.kind, b.policies])).toEqual([['auto', 3], ['auto', 2], ['rescue', 7]]);
    expect(list[2]!.id).toMatch(/^rescue-/);
    expect(new TextDecoder().decode((await readBackup(dir, list[2]!.id))!)).toBe('rescued');
  });

  it('keeps the newest RESCUES_TO_KEEP rescue files; a rescue never removes a snapshot file, nor a snapshot a rescue', async () => {
    const at = (minute: number) => `2026-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
    for (let i = 0; i < 3; i++) await writeBackup(dir, { at: at(i), policies: 100 + i, links: 0, data: data(`snapshot ${i}`), keep: 3 });
    // keep: 1 on a rescue must not shrink the three snapshots (it is the snapshots' setting).
    for (let i = 0; i < RESCUES_TO_KEEP + 2; i++) await writeBackup(dir, { kind: 'rescue', at: at(10 + i), policies: i, links: 0, data: data(`rescued ${i}`), keep: 1 });
    const files = await readdir(dir);
    expect(files.filter((f) => f.startsWith('backup-'))).toHaveLength(3);
    expect(files.filter((f) => f.startsWith('rescue-')).sort()).toEqual(
      Array.from({ length: RESCUES_TO_KEEP }, (_, k) => `rescue-2026-05-01T10-${12 + k}-00-000Z-${2 + k}p-0l.hrmap.json`),
    );
    const oldestKept = (await listBackups(dir)).filter((b) => b.kind === 'rescue').at(-1)!;
    expect(new TextDecoder().decode((await readBackup(dir, oldestKept.id))!)).toBe('rescued 2');

    await writeBackup(dir, { at: at(30), policies: 200, links: 0, data: data('snapshot last'), keep: 1 });
    const kept = Array.from({ length: RESCUES_TO_KEEP }, (_, k) => RESCUES_TO_KEEP + 1 - k); // the newest: numbers K+1 down to 2
    expect((await listBackups(dir)).map((b) => [b.kind, b.policies])).toEqual([['auto', 200], ...kept.map((p) => ['rescue', p])]);
  });

  it('the rescue just written is kept even when a clock set back stamps it older than the others', async () => {
    for (let i = 0; i < RESCUES_TO_KEEP; i++) await writeBackup(dir, { kind: 'rescue', at: `2026-05-01T10:00:0${i}.000Z`, policies: i, links: 0, data: data(`rescued ${i}`), keep: 1 });
    const written = await writeBackup(dir, { kind: 'rescue', at: '2020-01-01T00:00:00.000Z', policies: 99, links: 0, data: data('after the clock went back'), keep: 1 });
    const rescues = (await listBackups(dir)).filter((b) => b.kind === 'rescue');
    // Newest first by time: the others but the oldest, then the one just written (stamped 2020).
    expect(rescues.map((b) => b.policies)).toEqual([...Array.from({ length: RESCUES_TO_KEEP - 1 }, (_, k) => RESCUES_TO_KEEP - 1 - k), 99]);
    expect(new TextDecoder().decode((await readBackup(dir, written.id))!)).toBe('after the clock went back');
  });

  it('ignores foreign files and refuses ids that are paths', async () => {
    await writeFile(join(dir, 'notes.txt'), 'hello');
    await writeBackup(dir, { at: '2026-05-01T10:00:00.000Z', policies: 1, links: 2, data: data('x'), keep: 5 });
    expect((await listBackups(dir)).map((b) => b.policies)).toEqual([1]);
    await expect(readBackup(dir, '../../etc/passwd')).rejects.toThrow('not a backup id');
    expect(await readBackup(dir, 'backup-2026-01-01T00-00-00-000Z-1p-1l.hrmap.json')).toBeNull();
  });
});
