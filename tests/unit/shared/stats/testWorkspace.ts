import { FrameworkCatalog } from '../../../../shared/frameworks/catalog';
import type { FrameworkItem, FrameworkPack, ItemKind } from '../../../../shared/model/framework';
import { RIGHTS_HOLDER_GROUPS } from '../../../../shared/model/groups';
import { linkId, type Link } from '../../../../shared/model/link';
import { newPolicy, REGIONS, type Policy } from '../../../../shared/model/policy';

/** Small hand-written packs with the real id scheme: Charter articles with action items, SDG goals with targets, UDHR articles. */
export function testCatalog(): FrameworkCatalog {
  const item = (frameworkId: string, code: string, parentId: string | null, kind: ItemKind, order: number): FrameworkItem => ({
    id: `${frameworkId}:${code}`,
    frameworkId,
    code,
    parentId,
    kind,
    order,
    title: { en: `${frameworkId} ${code}` },
    text: { en: '' },
  });
  const pack = (id: string, items: FrameworkItem[]): FrameworkPack => ({
    format: 'hrmap-framework-pack',
    framework: { id, name: { en: id }, version: 'test', languages: ['en'], source: 'test' },
    items,
  });
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
  const charter = [item('charter', 'preamble', null, 'preamble', 0)];
  roman.forEach((a, i) => {
    charter.push(item('charter', a, null, 'article', (i + 1) * 10));
    for (let k = 1; k <= 3; k++) charter.push(item('charter', `${a}.${k}`, `charter:${a}`, 'action', (i + 1) * 10 + k));
  });
  const sdg: FrameworkItem[] = [];
  for (let g = 1; g <= 17; g++) {
    sdg.push(item('sdg', String(g), null, 'goal', g * 100));
    for (const t of ['1', '2', 'a']) sdg.push(item('sdg', `${g}.${t}`, `sdg:${g}`, 'target', g * 100 + sdg.length));
  }
  const udhr = Array.from({ length: 30 }, (_, i) => item('udhr', String(i + 1), null, 'article', i));
  return new FrameworkCatalog([pack('charter', charter), pack('sdg', sdg), pack('udhr', udhr)]);
}

const AT = '2026-01-01T00:00:00.000Z';

/** mulberry32: a tiny seeded generator, so each test workspace is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Spellings that must fold to the same city, and blanks that are no city at all.
const CITY_SPELLINGS = [
  ['Ciudad de México', 'ciudad de mexico', 'CIUDAD DE MÉXICO '],
  ['São Paulo', 'Sao Paulo'],
  ['Montréal', 'montreal'],
  ['Gwangju'],
  ['Dakar'],
  ['Bogotá', 'Bogota'],
  ['Grenoble'],
  ['Rosario'],
  ['Vienna'],
  ['Nantes'],
  [''],
  ['   '],
];

/** A seeded register: policies over cities and regions, groups (with an unknown id now and then), and links. */
export function testWorkspace(policyCount: number, seed: number, catalog = testCatalog()): { policies: Policy[]; links: Link[] } {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const itemIds = catalog.items.map((i) => i.id);
  const policies: Policy[] = [];
  const links: Link[] = [];
  for (let i = 0; i < policyCount; i++) {
    const id = `p${i}`;
    const city = next() < 0.3 ? `Town ${Math.floor(next() * policyCount)}` : pick(pick(CITY_SPELLINGS));
    const groups = Array.from({ length: Math.floor(next() * 4) }, () => (next() < 0.05 ? 'not-a-group' : pick(RIGHTS_HOLDER_GROUPS)));
    policies.push(newPolicy(id, '2026-01-01T00:00:00.000Z', { title: `Policy ${i}`, city, region: next() < 0.1 ? '' : pick(REGIONS), groups }));
    const linkCount = next() < 0.25 ? 0 : Math.floor(next() * 8);
    const items = new Set<string>();
    for (let k = 0; k < linkCount; k++) items.add(next() < 0.02 ? 'gone:1' : pick(itemIds));
    for (const itemId of items) {
      links.push({ id: linkId(id, itemId), policyId: id, itemId, strength: 'primary', rationale: '', author: 'test', createdAt: AT, updatedAt: AT });
    }
  }
  links.push({ id: 'orphan|charter:I', policyId: 'deleted-policy', itemId: 'charter:I', strength: 'primary', rationale: '', author: 'test', createdAt: AT, updatedAt: AT });
  return { policies, links };
}

/** The same figures the slow, obvious way: sets of policy ids, roots read from the id text, no code from shared/stats. */
export function independentStats(policies: Policy[], links: Link[]) {
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().replace(/\s+/g, ' ');
  const known = new Set(policies.map((p) => p.id));
  const live = links.filter((l) => known.has(l.policyId));
  const mapped = new Set(live.map((l) => l.policyId));
  const onRoot = new Map<string, Set<string>>();
  const policiesOnRoot = (root: string) => {
    if (!onRoot.has(root)) onRoot.set(root, new Set(live.filter((l) => l.itemId === root || l.itemId.startsWith(`${root}.`)).map((l) => l.policyId)));
    return onRoot.get(root)!;
  };
  const citiesOf = (list: Policy[]) => new Set(list.map((p) => fold(p.city)).filter(Boolean)).size;
  const regions = [...REGIONS, 'unassigned'];
  const inRegion = (r: string) => policies.filter((p) => (p.region || 'unassigned') === r);
  const articles = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
  return {
    policies: policies.length,
    mappedPolicies: mapped.size,
    links: live.length,
    cities: citiesOf(policies),
    byRegion: Object.fromEntries(
      regions.map((r) => [r, { policies: inRegion(r).length, cities: citiesOf(inRegion(r)), mappedCities: citiesOf(inRegion(r).filter((p) => mapped.has(p.id))) }]),
    ),
    byCharterArticle: Object.fromEntries(articles.map((a) => [a, policiesOnRoot(`charter:${a}`).size])),
    bySdgGoal: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [String(i + 1), policiesOnRoot(`sdg:${i + 1}`).size])),
    byGroup: Object.fromEntries(RIGHTS_HOLDER_GROUPS.map((g) => [g, policies.filter((p) => p.groups.includes(g)).length])),
    withoutGroup: policies.filter((p) => !p.groups.some((g) => (RIGHTS_HOLDER_GROUPS as readonly string[]).includes(g))).length,
    regionByCharterArticle: Object.fromEntries(
      regions.map((r) => [r, Object.fromEntries(articles.map((a) => [a, inRegion(r).filter((p) => policiesOnRoot(`charter:${a}`).has(p.id)).length]))]),
    ),
    campaignCities: citiesOf(policies.filter((p) => mapped.has(p.id))),
  };
}

