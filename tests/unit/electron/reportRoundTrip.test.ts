import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/hrmap';
import type { CliIo } from '../../../electron/cli/command';
import type { WorkspaceFile } from '../../../shared/workspace/format';

const quiet: CliIo = { out: () => {}, err: () => {} };
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hrmap-roundtrip-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const read = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as WorkspaceFile;
const fields = (w: WorkspaceFile) =>
  w.policies
    .map((p) => ({ id: p.id, title: p.title, city: p.city, country: p.country, region: p.region, sector: p.sector, status: p.status, startYear: p.startYear, description: p.description, groups: [...p.groups].sort() }))
    .sort((a, b) => a.id.localeCompare(b.id));
/** Every field of every link but its timestamps (an import records when it happened). */
const links = (w: WorkspaceFile) =>
  w.links.map(({ id, policyId, itemId, strength, rationale, author }) => ({ id, policyId, itemId, strength, rationale, author })).sort((a, b) => a.id.localeCompare(b.id));

describe('our own report comes back in', () => {
  it.each(['en', 'fr', 'es'])('a report in %s, imported into an empty workspace, reproduces every policy and link with its strength, rationale and author', async (lang) => {
    const source = join(dir, `source-${lang}.hrmap.json`);
    const report = join(dir, `report-${lang}.xlsx`);
    const back = join(dir, `back-${lang}.hrmap.json`);
    expect(await main(['demo', '--policies', '150', '--seed', '21', '--out', source], quiet)).toBe(0);
    expect(await main(['report', source, '--preset', 'congress', '--lang', lang, '--out', report], quiet)).toBe(0);
    expect(await main(['import', report, '--into', back], quiet)).toBe(0);
    const [a, b] = [await read(source), await read(back)];
    expect(fields(b)).toEqual(fields(a));
    expect(links(b)).toEqual(links(a));
    // The demo has both strengths, rationales and several authors, so a pass means they were read back.
    expect(new Set(a.links.map((l) => l.strength)).size).toBe(2);
    expect(new Set(a.links.map((l) => l.author)).size).toBeGreaterThan(1);
  });
});
