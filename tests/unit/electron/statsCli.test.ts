import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/hrmap';
import type { CliIo } from '../../../electron/cli/command';
import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION } from '../../../shared/workspace/format';
import { independentStats, testWorkspace } from '../shared/stats/testWorkspace';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', out: (t: string) => void (io.stdout += `${t}\n`), err: (t: string) => void (io.stderr += `${t}\n`) };
  return io;
}

describe('hrmap stats', () => {
  let dir: string;
  let path: string;
  const { policies, links } = testWorkspace(400, 11, builtinCatalog());
  const realLinks = links.filter((l) => l.policyId !== 'deleted-policy' && !l.itemId.startsWith('gone:'));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hrmap-stats-'));
    path = join(dir, 'cities.hrmap.json');
    const workspace = {
      format: WORKSPACE_FORMAT,
      version: WORKSPACE_VERSION,
      name: 'Test cities',
      savedAt: '2026-01-01T00:00:00.000Z',
      settings: { 'campaign.milestones': [50, 5, 500] },
      policies,
      links: realLinks,
    };
    await writeFile(path, JSON.stringify(workspace));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints, with --json, the figures an independent count finds', async () => {
    const io = capture();
    expect(await main(['stats', path, '--json'], io), io.stderr).toBe(0);
    const json = JSON.parse(io.stdout);
    const want = independentStats(policies, realLinks);
    expect(json).toMatchObject({
      policies: want.policies,
      cities: want.cities,
      byRegion: want.byRegion,
      byCharterArticle: want.byCharterArticle,
      bySdgGoal: want.bySdgGoal,
      byGroup: want.byGroup,
      campaign: { cities: want.campaignCities },
    });
    // Milestones come from the workspace settings, sorted.
    expect(json.campaign.milestones.map((m: { target: number }) => m.target)).toEqual([5, 50, 500]);
    expect(json.campaign.nextMilestone).toBe([5, 50, 500].find((m) => m > want.campaignCities) ?? null);
  });

  it('takes milestones from the command line over the file', async () => {
    const io = capture();
    expect(await main(['stats', '--milestones', '1000000', path, '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout).campaign.nextMilestone).toBe(1000000);
  });

  it('prints a readable report in French and Spanish', async () => {
    const want = independentStats(policies, realLinks);
    const fr = capture();
    expect(await main(['stats', path, '--lang', 'fr'], fr)).toBe(0);
    expect(fr.stdout).toContain(`Politiques : ${want.policies} `);
    expect(fr.stdout).toContain('Politiques par article de la Charte :');
    expect(fr.stdout).toContain(`Campagne : ${want.campaignCities} villes et territoires`);
    const es = capture();
    expect(await main(['stats', path, '--lang=es'], es)).toBe(0);
    expect(es.stdout).toContain('Políticas por ODS:');
    expect(es.stdout).toContain('Personas migrantes');
  });

  it('refuses bad arguments and unreadable files with a clear message, leaving the file untouched', async () => {
    const before = await readFile(path, 'utf8');
    const noPath = capture();
    expect(await main(['stats'], noPath)).toBe(2);
    expect(noPath.stderr).toContain('give the path of a workspace file');
    const badLang = capture();
    expect(await main(['stats', path, '--lang', 'de'], badLang)).toBe(2);
    expect(badLang.stderr).toContain('“de” is not a language');
    const badMilestones = capture();
    expect(await main(['stats', path, '--milestones', 'ten'], badMilestones)).toBe(2);
    const option = capture();
    expect(await main(['stats', path, '--csv'], option)).toBe(2);
    expect(option.stderr).toContain('unknown option “--csv”');
    const damaged = join(dir, 'damaged.hrmap.json');
    await writeFile(damaged, '{"format":"hrmap-workspace"');
    const io = capture();
    expect(await main(['stats', damaged], io)).toBe(1);
    expect(io.stderr).toContain('Not a workspace file');
    expect(await readFile(path, 'utf8')).toBe(before);
  });
});
