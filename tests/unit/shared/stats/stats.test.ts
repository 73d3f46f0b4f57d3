import { describe, expect, it } from 'vitest';
import { newPolicy } from '../../../../shared/model/policy';
import { policyIdsFor } from '../../../../shared/stats/selection';
import { cityKey, computeStats, rootResolver, type StatsInput } from '../../../../shared/stats/stats';
import { independentStats as expected, testCatalog, testWorkspace } from './testWorkspace';

const catalog = testCatalog();
const rootOf = rootResolver(catalog);

describe('computeStats on a generated workspace', () => {
  for (const [size, seed] of [[300, 1], [900, 42], [40, 7]] as const) {
    it(`matches an independent count (${size} policies, seed ${seed})`, () => {
      const { policies, links } = testWorkspace(size, seed, catalog);
      const stats = computeStats({ policies, links, rootOf });
      const want = expected(policies, links);
      const { campaignCities, ...figures } = want;
      expect(stats).toMatchObject(figures);
      expect(stats.campaign.cities).toBe(campaignCities);
      expect(Object.values(stats.byRegion).reduce((sum, r) => sum + r.policies, 0)).toBe(policies.length);
      expect(stats.gaps.charterArticles).toEqual(Object.keys(want.byCharterArticle).filter((a) => want.byCharterArticle[a] === 0));
      // The workspace is big enough to have mapped something, so the test cannot pass on an empty result.
      expect(stats.mappedPolicies).toBeGreaterThan(0);
      expect(stats.cities).toBeGreaterThan(5);
    });
  }
});

describe('computeStats on the demo generator', () => {
  it('matches an independent count on a generated demo workspace with the built-in frameworks', async () => {
    const { builtinCatalog } = await import('../../../../shared/frameworks/builtin');
    const { generateDemoWorkspace } = await import('../../../../shared/workspace/demo');
    const real = builtinCatalog();
    const workspace = generateDemoWorkspace({ policies: 1200, seed: 2026, exists: real.has });
    const stats = computeStats({ policies: workspace.policies, links: workspace.links, rootOf: rootResolver(real) });
    const { campaignCities, ...figures } = expected(workspace.policies, workspace.links);
    expect(stats).toMatchObject(figures);
    expect(stats.campaign.cities).toBe(campaignCities);
    expect(stats.links).toBeGreaterThan(1200);
    // Like a real register: some policies not mapped yet, and cities that have mapped nothing (not in the campaign).
    expect(stats.mappedPolicies).toBeLessThan(stats.policies);
    expect(stats.campaign.cities).toBeLessThan(stats.cities);
    // Spelling variants of one city count once: fewer cities than distinct names as typed.
    expect(stats.cities).toBeLessThan(new Set(workspace.policies.map((p) => p.city)).size);

    // A campaign bar shows the region's mapped policies, and exactly the cities it counts.
    const linked = new Set(workspace.links.map((l) => l.policyId));
    const input = { policies: workspace.policies, links: workspace.links, rootOf: rootResolver(real) };
    for (const region of ['africa', 'europe', 'latin-america'] as const) {
      const ids = new Set(policyIdsFor(input, { kind: 'campaignRegion', region }));
      const shown = workspace.policies.filter((p) => ids.has(p.id));
      expect(shown.every((p) => linked.has(p.id) && p.region === region)).toBe(true);
      expect(new Set(shown.map((p) => cityKey(p.city))).size).toBe(stats.campaign.byRegion[region]);
      expect(shown.length).toBeLessThan(policyIdsFor(input, { kind: 'region', region }).length);
    }
  });
});

describe('computeStats rules', () => {
  const at = '2026-01-01T00:00:00.000Z';
  const link = (policyId: string, itemId: string) => ({ policyId, itemId });

  it('counts a city once whatever its case, accents and spacing, and never counts a blank city', () => {
    const policies = [
      newPolicy('a', at, { city: 'Ciudad de México', region: 'latin-america' }),
      newPolicy('b', at, { city: ' ciudad  de mexico', region: 'latin-america' }),
      newPolicy('c', at, { city: 'SÃO PAULO', region: 'latin-america' }),
      newPolicy('d', at, { city: 'Sao Paulo', region: '' }),
      newPolicy('e', at, { city: '  ', region: 'europe' }),
    ];
    const stats = computeStats({ policies, links: [], rootOf });
    expect(stats.cities).toBe(2);
    expect(stats.byRegion['latin-america']).toEqual({ policies: 3, cities: 2, mappedCities: 0 });
    expect(stats.byRegion.unassigned).toEqual({ policies: 1, cities: 1, mappedCities: 0 });
    expect(stats.byRegion.europe).toEqual({ policies: 1, cities: 0, mappedCities: 0 });
  });

  it('counts a policy once per article or goal, however many of its items it maps', () => {
    const policies = [newPolicy('a', at, { city: 'Dakar', region: 'africa' }), newPolicy('b', at, { city: 'Dakar', region: 'africa' })];
    const links = [link('a', 'charter:XI'), link('a', 'charter:XI.1'), link('a', 'charter:XI.2'), link('a', 'sdg:6.1'), link('a', 'sdg:6.a'), link('b', 'sdg:6'), link('b', 'udhr:25')];
    const stats = computeStats({ policies, links, rootOf });
    expect(stats.byCharterArticle.XI).toBe(1);
    expect(stats.bySdgGoal['6']).toBe(2);
    expect(stats.regionByCharterArticle.africa.XI).toBe(1);
    expect(stats.links).toBe(7);
    expect(stats.gaps.charterArticles).toHaveLength(11);
    expect(stats.gaps.sdgGoals).not.toContain('6');
    // Zeros are present for every article and goal, so charts and sheets always show the full axis.
    expect(Object.keys(stats.byCharterArticle)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);
    expect(Object.keys(stats.bySdgGoal)).toHaveLength(17);
    expect(stats.bySdgGoal['17']).toBe(0);
  });

  it('counts for the campaign only the cities with at least one mapped policy', () => {
    const policies = [
      newPolicy('a', at, { city: 'Gwangju', region: 'asia-pacific' }),
      newPolicy('b', at, { city: 'Grenoble', region: 'europe' }),
      newPolicy('c', at, { city: 'grenoble', region: 'europe' }),
    ];
    const stats = computeStats({ policies, links: [link('a', 'udhr:1'), link('c', 'charter:I.1')], rootOf }, { milestones: [1000, 2, 10, 10, -3] });
    expect(stats.cities).toBe(2);
    expect(stats.campaign.cities).toBe(2);
    expect(stats.campaign.byRegion.europe).toBe(1);
    expect(stats.campaign.milestones).toEqual([
      { target: 2, reached: true, remaining: 0 },
      { target: 10, reached: false, remaining: 8 },
      { target: 1000, reached: false, remaining: 998 },
    ]);
    expect(stats.campaign.nextMilestone).toBe(10);
    const unmapped = computeStats({ policies, links: [], rootOf });
    expect(unmapped.campaign.cities).toBe(0);
    expect(unmapped.campaign.nextMilestone).toBe(10);
    expect(unmapped.campaign.milestones.map((m) => m.target)).toEqual([10, 100, 1000]);
  });

  it('says there is no next milestone once all are reached', () => {
    const policies = ['A', 'B', 'C'].map((city, i) => newPolicy(`p${i}`, at, { city }));
    const stats = computeStats({ policies, links: policies.map((p) => link(p.id, 'udhr:3')), rootOf }, { milestones: [3] });
    expect(stats.campaign.nextMilestone).toBeNull();
  });

  it('ignores links to deleted policies and unknown group ids, and counts a repeated group once', () => {
    const policies = [newPolicy('a', at, { groups: ['migrants', 'migrants', 'martians'] }), newPolicy('b', at, { groups: ['martians'] })];
    const stats = computeStats({ policies, links: [link('gone', 'charter:I')], rootOf });
    expect(stats.links).toBe(0);
    expect(stats.byCharterArticle.I).toBe(0);
    expect(stats.byGroup.migrants).toBe(1);
    expect(stats.withoutGroup).toBe(1);
    expect(stats.gaps.groups).not.toContain('migrants');
    expect(stats.gaps.groups).toContain('refugees');
  });
});

describe('policyIdsFor', () => {
  it('returns exactly the policies each figure counts', () => {
    const { policies, links } = testWorkspace(500, 3, catalog);
    const input: StatsInput = { policies, links, rootOf };
    const stats = computeStats(input);
    for (const [article, count] of Object.entries(stats.byCharterArticle)) {
      expect(policyIdsFor(input, { kind: 'charterArticle', article: article as 'I' })).toHaveLength(count);
    }
    for (const [goal, count] of Object.entries(stats.bySdgGoal)) expect(policyIdsFor(input, { kind: 'sdgGoal', goal })).toHaveLength(count);
    for (const [group, count] of Object.entries(stats.byGroup)) expect(policyIdsFor(input, { kind: 'group', group })).toHaveLength(count);
    expect(policyIdsFor(input, { kind: 'regionArticle', region: 'europe', article: 'III' })).toHaveLength(stats.regionByCharterArticle.europe.III);
    expect(policyIdsFor(input, { kind: 'region', region: 'unassigned' })).toHaveLength(stats.byRegion.unassigned.policies);
    expect(policyIdsFor(input, { kind: 'unmapped' })).toHaveLength(stats.policies - stats.mappedPolicies);
    expect(stats.byCharterArticle.III).toBeGreaterThan(0);
  });
});

describe('computeStats with the built-in frameworks', () => {
  it('knows every Charter article and SDG goal of the shipped catalogue as a root', async () => {
    const { builtinCatalog } = await import('../../../../shared/frameworks/builtin');
    const { CHARTER_ARTICLES, SDG_GOALS } = await import('../../../../shared/stats/stats');
    const real = builtinCatalog();
    const roots = new Set(real.items.filter((i) => !i.parentId).map((i) => i.id));
    for (const a of CHARTER_ARTICLES) expect(roots.has(`charter:${a}`), a).toBe(true);
    for (const g of SDG_GOALS) expect(roots.has(`sdg:${g}`), g).toBe(true);
    // Every action item and target lands on its article or goal.
    const policies = [newPolicy('a', '2026-01-01T00:00:00.000Z', { city: 'Dakar' })];
    const links = real.items.filter((i) => i.parentId && (i.frameworkId === 'charter' || i.frameworkId === 'sdg')).map((i) => ({ policyId: 'a', itemId: i.id }));
    const stats = computeStats({ policies, links, rootOf: rootResolver(real) });
    expect(Object.values(stats.bySdgGoal).every((n) => n === 1)).toBe(true);
    expect(stats.gaps.charterArticles.filter((a) => real.children(`charter:${a}`).length > 0)).toEqual([]);
  });
});

describe('milestone settings', () => {
  it('reads typed lists and refuses anything but whole numbers above zero', async () => {
    const { parseMilestones, milestonesFromSetting } = await import('../../../../shared/stats/stats');
    expect(parseMilestones('1000, 10;100 10')).toEqual([10, 100, 1000]);
    for (const bad of ['', 'ten', '10, -5', '0', '2.5', '10, 100x']) expect(parseMilestones(bad), bad).toBeNull();
    expect(milestonesFromSetting([50, 5])).toEqual([5, 50]);
    expect(milestonesFromSetting('nonsense')).toEqual([10, 100, 1000]);
    expect(milestonesFromSetting(undefined)).toEqual([10, 100, 1000]);
  });
});
