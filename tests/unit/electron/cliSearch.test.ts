import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/hrmap';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('hrmap search', () => {
  it('prints a JSON array, best first, with id, framework, code, title and score', async () => {
    const { code, out } = await run('search', 'right to water', '--json', '--limit', '5', '--lang', 'en');
    expect(code).toBe(0);
    const hits = JSON.parse(out) as { id: string; framework: string; code: string; title: string; score: number }[];
    expect(hits).toHaveLength(5);
    expect(hits.slice(0, 3).map((h) => h.id)).toEqual(expect.arrayContaining(['charter:XI', 'sdg:6.1']));
    for (const h of hits) expect(Object.keys(h)).toEqual(expect.arrayContaining(['id', 'framework', 'code', 'title', 'score']));
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it('goes straight to an article reference and filters by framework', async () => {
    const hits = JSON.parse((await run('search', 'Art.', '25', '--json')).out) as { id: string; exact: boolean }[];
    expect(hits[0]).toMatchObject({ id: 'udhr:25', exact: true });
    const sdgOnly = JSON.parse((await run('search', 'water', '--framework', 'sdg', '--json')).out) as { framework: string }[];
    expect(sdgOnly.length).toBeGreaterThan(0);
    expect(sdgOnly.every((h) => h.framework === 'sdg')).toBe(true);
  });

  it('prints a readable table in the chosen language', async () => {
    const { code, out } = await run('search', 'logement', '--lang', 'fr', '--limit', '3');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^Élément\s+Référentiel\s+Titre\s+Score$/);
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/^X\s+Charte\s+Droit au logement/);
  });

  it('says so when nothing matches', async () => {
    const { code, out } = await run('search', 'zzqqxxw', '--lang', 'es');
    expect(code).toBe(0);
    expect(out).toBe('Sin resultados para «zzqqxxw».');
  });

  it.each([
    [['search', '--lang', 'en'], /a QUERY is needed/],
    [['search', 'water', '--lang', 'de'], /“de” is not a language/],
    [['search', 'water', '--lang', 'en', '--framework', 'ilo'], /unknown framework “ilo” \(known: charter, udhr, sdg\)/],
    [['search', 'water', '--lang', 'en', '--limit', 'ten'], /--limit must be a whole number between 1 and 1000/],
    [['search', 'water', '--colour'], /unknown option “--colour”/],
    [['search', 'water', '--limit'], /the option “--limit” needs a value/],
  ])('refuses %j with a usage message and exit code 2', async (argv, message) => {
    const { code, out, err } = await run(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).toMatch(/usage: hrmap search QUERY/);
  });
});

describe('hrmap frameworks', () => {
  it('lists the three frameworks with version, languages and counts as JSON', async () => {
    const { code, out } = await run('frameworks', '--json');
    expect(code).toBe(0);
    const list = JSON.parse(out) as { id: string; name: string; version: string; languages: string[]; counts: Record<string, number> }[];
    expect(list.map((f) => f.id)).toEqual(['charter', 'udhr', 'sdg']);
    const byId = Object.fromEntries(list.map((f) => [f.id, f]));
    expect(byId['charter']!.counts).toEqual({ articles: 12, actions: expect.any(Number) });
    expect(byId['charter']!.counts['actions']).toBeGreaterThan(40);
    expect(byId['udhr']!.counts).toEqual({ articles: 30 });
    expect(byId['sdg']!.counts).toEqual({ goals: 17, targets: 169 });
    for (const f of list) {
      expect(f.languages).toEqual(['en', 'fr', 'es']);
      expect(f.name).not.toBe('');
      expect(f.version).not.toBe('');
    }
  });

  it('prints a table in Spanish', async () => {
    const { out } = await run('frameworks', '--lang', 'es');
    expect(out).toContain('Declaración Universal de Derechos Humanos');
    expect(out).toContain('17 objetivos, 169 metas');
    expect(out).toMatch(/12 artículos, \d+ acciones/);
  });
});

describe('hrmap suggest', () => {
  it('prints a JSON array of items like hrmap search, with reasons', async () => {
    const { code, out } = await run('suggest', '--title', 'Participatory budget for neighbourhood councils', '--description', 'Residents vote on projects for part of the investment budget.', '--limit', '5', '--json', '--lang', 'en');
    expect(code).toBe(0);
    const list = JSON.parse(out) as { id: string; framework: string; code: string; title: string; score: number; reasons: { kind: string }[]; why: string[] }[];
    expect(list).toHaveLength(5);
    expect(list[0]).toMatchObject({ id: 'charter:II.5', framework: 'charter', code: 'II.5' });
    expect(list[0]!.why[0]).toMatch(/^Matches “.*budget/i);
    for (const s of list) expect(s.reasons.length).toBeGreaterThan(0);
  });

  it('raises crosswalk relations of accepted items and explains them in the chosen language', async () => {
    const { out } = await run('suggest', '--title', 'Kiosques à eau', '--accepted', 'charter:XI', '--lang', 'fr', '--limit', '20', '--json');
    const list = JSON.parse(out) as { id: string; why: string[] }[];
    const udhr25 = list.find((s) => s.id === 'udhr:25');
    expect(udhr25?.why.some((w) => w.startsWith('Lié à Charte XI : '))).toBe(true);
    expect(list.some((s) => s.id === 'charter:XI')).toBe(false);
  });

  it('refuses a missing title or an unknown accepted item', async () => {
    expect((await run('suggest', '--description', 'x', '--lang', 'en')).err).toMatch(/--title is needed/);
    const bad = await run('suggest', '--title', 'Water', '--accepted', 'charter:XIII', '--lang', 'en');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/no item “charter:XIII”/);
  });
});
