import { describe, expect, it } from 'vitest';
import { RIGHTS_HOLDER_GROUPS } from '../../../../shared/model/groups';
import { REGIONS } from '../../../../shared/model/policy';
import { foldText } from '../../../../shared/model/policyEdit';
import { createPrng } from '../../../../shared/random/prng';
import { generateDemoWorkspace } from '../../../../shared/workspace/demo';
import { DEMO_PLACES } from '../../../../shared/workspace/demoPlaces';
import { workspaceSchema } from '../../../../shared/workspace/format';
import { checkWorkspace } from '../../../../shared/workspace/serialize';

describe('seeded random numbers', () => {
  it('repeat for the same seed and differ for another', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const c = createPrng('42');
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });
  it('sample returns distinct items', () => {
    const r = createPrng(7);
    const picked = r.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(picked).size).toBe(4);
    expect(r.sample([1, 2], 5).sort()).toEqual([1, 2]);
  });
});

describe('generateDemoWorkspace', () => {
  const ws = generateDemoWorkspace({ policies: 2000, seed: 5 });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateDemoWorkspace({ policies: 50, seed: 5 })).toEqual(generateDemoWorkspace({ policies: 50, seed: 5 }));
    expect(generateDemoWorkspace({ policies: 50, seed: 6 }).policies[0]).not.toEqual(generateDemoWorkspace({ policies: 50, seed: 5 }).policies[0]);
  });

  it('passes the workspace schema and the integrity checks', () => {
    expect(workspaceSchema.safeParse(ws).success).toBe(true);
    expect(checkWorkspace(ws)).toEqual([]);
  });

  it('covers every UCLG region even when small, with cities and countries', () => {
    const small = generateDemoWorkspace({ policies: 7, seed: 9 });
    expect(new Set(small.policies.map((p) => p.region))).toEqual(new Set(REGIONS));
    for (const p of ws.policies) {
      expect(p.city).not.toBe('');
      expect(p.country).not.toBe('');
    }
  });

  it('varies sectors, statuses, years and groups, and gives about five links per policy', () => {
    expect(new Set(ws.policies.map((p) => p.sector)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(ws.policies.map((p) => p.status)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(ws.policies.map((p) => p.startYear)).size).toBeGreaterThan(10);
    for (const p of ws.policies) for (const g of p.groups) expect(RIGHTS_HOLDER_GROUPS).toContain(g);
    const perPolicy = ws.links.length / ws.policies.length;
    expect(perPolicy).toBeGreaterThan(4.2);
    expect(perPolicy).toBeLessThan(6);
    const frameworks = new Set(ws.links.map((l) => l.itemId.split(':')[0]));
    expect(frameworks).toEqual(new Set(['charter', 'udhr', 'sdg']));
  });

  it('never repeats a title in the same city (the import would see a duplicate)', () => {
    const keys = ws.policies.map((p) => `${foldText(p.title)}|${foldText(p.city)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('links fit the theme: a water policy maps to the water article and SDG 6', () => {
    const mapped = new Set(ws.links.map((l) => l.policyId));
    const water = ws.policies.find((p) => p.sector === 'Water and sanitation' && mapped.has(p.id))!;
    const items = ws.links.filter((l) => l.policyId === water.id).map((l) => l.itemId);
    expect(items.some((id) => id.startsWith('charter:XI') || id.startsWith('charter:VI'))).toBe(true);
    expect(items.some((id) => /^sdg:(6|1|11)\./.test(id))).toBe(true);
  });

  it('leaves a realistic share of policies unmapped, more of the planned ones, and every policy of the newcomer cities', () => {
    const mapped = new Set(ws.links.map((l) => l.policyId));
    const unmapped = ws.policies.filter((p) => !mapped.has(p.id));
    expect(unmapped.length / ws.policies.length).toBeGreaterThan(0.08);
    expect(unmapped.length / ws.policies.length).toBeLessThan(0.2);
    const share = (status: string) => {
      const all = ws.policies.filter((p) => p.status === status && !newcomers.has(p.city));
      return all.filter((p) => !mapped.has(p.id)).length / all.length;
    };
    const newcomers = new Set(DEMO_PLACES.filter((p) => p.newcomer).map((p) => p.city));
    expect(share('planned')).toBeGreaterThan(share('completed'));
    const newcomerPolicies = ws.policies.filter((p) => newcomers.has(p.city));
    expect(newcomerPolicies.length).toBeGreaterThan(0);
    expect(newcomerPolicies.every((p) => !mapped.has(p.id))).toBe(true);
  });

  it('types some city names in more than one way (case, accents, spacing), all folding to the same name', () => {
    for (const place of DEMO_PLACES.filter((p) => p.variants)) {
      for (const variant of place.variants!) expect(foldText(variant).trim().replace(/\s+/g, ' ')).toBe(foldText(place.city));
    }
    const spelt = new Map<string, Set<string>>();
    for (const p of ws.policies) spelt.set(foldText(p.city).trim().replace(/\s+/g, ' '), (spelt.get(foldText(p.city).trim().replace(/\s+/g, ' ')) ?? new Set()).add(p.city));
    const several = [...spelt.values()].filter((names) => names.size > 1);
    expect(several.length).toBeGreaterThanOrEqual(5);
  });

  it('drops links to items the catalogue does not know', () => {
    const onlySdg = generateDemoWorkspace({ policies: 100, seed: 1, exists: (id) => id.startsWith('sdg:') });
    expect(onlySdg.links.every((l) => l.itemId.startsWith('sdg:'))).toBe(true);
    expect(onlySdg.links.length).toBeGreaterThan(150);
  });
});

describe('demo themes and the built-in frameworks', () => {
  it('every item a theme maps to exists in the built-in catalogue', async () => {
    const { builtinCatalog } = await import('../../../../shared/frameworks/builtin');
    const { DEMO_THEMES } = await import('../../../../shared/workspace/demoThemes');
    const catalog = builtinCatalog();
    const missing = DEMO_THEMES.flatMap((t) => [...t.charter, ...t.udhr, ...t.sdg]).filter((id) => !catalog.has(id));
    expect(missing).toEqual([]);
    const ws = generateDemoWorkspace({ policies: 500, seed: 3, exists: catalog.has });
    expect(ws.links.length / ws.policies.length).toBeGreaterThan(4.2);
  });
});
