import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { indexFor } from '../../../shared/search/searchIndex';
import { evaluateSuggestions, suggestTop5HitPct, type SuggestCase } from '../../../shared/suggest/quality';
import { suggestItems } from '../../../shared/suggest/suggest';
import set from '../../fixtures/suggest-set.json';

const catalog = builtinCatalog();
const index = indexFor(catalog);
const cases = set.cases as SuggestCase[];
const water = { title: 'Water tariff relief for low-income households', description: 'A social tariff caps the monthly water bill of registered low-income households.' };

describe('suggestions from a policy title and description', () => {
  it('the labelled set has at least 30 realistic policies whose expected items exist', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) for (const id of [...c.expected, ...(c.accepted ?? [])]) expect(catalog.has(id), `${c.title}: ${id}`).toBe(true);
  });

  it('put an expected item in the top 5 for at least 85% of the labelled policies', () => {
    const misses = evaluateSuggestions(catalog, index, cases).filter((o) => !o.hit).map((o) => `${o.case.title} -> ${o.top.join(' ')}`);
    expect(suggestTop5HitPct(catalog, index, cases), misses.join('\n')).toBeGreaterThanOrEqual(85);
  });

  it('say which words of the policy matched, as the analyst wrote them', () => {
    const [first, ...rest] = suggestItems(water, catalog, index, { limit: 5 });
    expect(rest).toHaveLength(4);
    const tariff = [first!, ...rest].find((s) => s.id === 'charter:XI.2')!;
    expect(tariff.reasons[0]).toMatchObject({ kind: 'words' });
    const words = tariff.reasons[0]!.kind === 'words' ? tariff.reasons[0]!.words : [];
    expect(words).toEqual(expect.arrayContaining(['Water', 'tariff']));
  });

  it('an accepted Charter article raises its crosswalk-related UDHR articles and SDG targets, with the rationale', () => {
    const before = suggestItems(water, catalog, index, { limit: 50 });
    const after = suggestItems(water, catalog, index, { accepted: ['charter:XI'], limit: 50 });
    const rank = (list: typeof before, id: string) => list.findIndex((s) => s.id === id);
    const related = catalog.relatedTo('charter:XI').map((e) => e.to);
    expect(related).toContain('udhr:25');
    for (const id of ['udhr:25', 'sdg:6.1']) {
      const raised = after.find((s) => s.id === id)!;
      expect(raised.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'crosswalk', from: 'charter:XI', fromCode: 'XI' })]));
      const reason = raised.reasons.find((r) => r.kind === 'crosswalk');
      expect(reason?.kind === 'crosswalk' && reason.rationale.en).toBeTruthy();
      const old = rank(before, id);
      expect(old === -1 || rank(after, id) < old, `${id} moves up`).toBe(true);
    }
    expect(after.some((s) => s.id === 'charter:XI')).toBe(false);
  });

  it('an accepted action item raises the crosswalk of its article', () => {
    const after = suggestItems({ title: 'Kiosks' }, catalog, index, { accepted: ['charter:XI.2'], limit: 30 });
    expect(after.map((s) => s.id)).toContain('udhr:25');
  });

  it('never suggests a dismissed item, and respects the framework filter and limit', () => {
    const dismissed = suggestItems(water, catalog, index, { dismissed: ['charter:XI.2'], limit: 20 });
    expect(dismissed.map((s) => s.id)).not.toContain('charter:XI.2');
    const sdg = suggestItems(water, catalog, index, { frameworks: ['sdg'], limit: 3 });
    expect(sdg).toHaveLength(3);
    expect(sdg.every((s) => s.framework === 'sdg')).toBe(true);
  });

  it('suggest nothing for a policy without meaningful words', () => {
    expect(suggestItems({ title: 'and the of', description: '' }, catalog, index)).toEqual([]);
  });

  it('give titles in the chosen language', () => {
    const [first] = suggestItems({ title: 'Tarification sociale de l’eau', description: 'tarif progressif' }, catalog, index, { lang: 'fr', limit: 1 });
    expect(first!.title).toBe(catalog.item(first!.id)!.title.fr);
  });
});
