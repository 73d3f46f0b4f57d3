import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { FrameworkCatalog } from '../../../shared/frameworks/catalog';
import type { FrameworkPack } from '../../../shared/model/framework';
import { splitByRanges } from '../../../shared/search/highlight';
import { search } from '../../../shared/search/search';
import { buildIndex, indexFor } from '../../../shared/search/searchIndex';

const index = indexFor(builtinCatalog());
const ids = (query: string, options = {}) => search(index, query, options).map((h) => h.id);

describe('search: exact references go first', () => {
  it.each([
    ['11.7', 'sdg:11.7'],
    ['1.a', 'sdg:1.a'],
    ['SDG 6.b', 'sdg:6.b'],
    ['Article 19', 'udhr:19'],
    ['Art. 25', 'udhr:25'],
    ['artículo 26', 'udhr:26'],
    ['XI', 'charter:XI'],
    ['Charter XI.2', 'charter:XI.2'],
    ['sdg:17.19', 'sdg:17.19'],
  ])('"%s" -> %s', (query, id) => {
    const [first] = search(index, query);
    expect(first).toMatchObject({ id, exact: true, score: 1 });
  });

  it('a bare number names both the UDHR article and the SDG goal, and the framework filter chooses', () => {
    expect(ids('6').slice(0, 2).sort()).toEqual(['sdg:6', 'udhr:6']);
    expect(ids('6', { frameworks: ['udhr'] })[0]).toBe('udhr:6');
    expect(ids('6', { frameworks: ['sdg'] })[0]).toBe('sdg:6');
  });

  it('fuzzy matches follow the exact item', () => {
    const hits = search(index, 'XI', { limit: 5 });
    expect(hits[0]!.id).toBe('charter:XI');
    expect(hits.slice(1).every((h) => !h.exact)).toBe(true);
  });
});

describe('search: case, accents and typos', () => {
  it('finds educación from "educacion" and "EDUCACIÓN" alike', () => {
    expect(ids('educacion', { lang: 'es' }).slice(0, 3)).toEqual(expect.arrayContaining(['udhr:26']));
    expect(ids('EDUCACIÓN', { lang: 'es' })).toEqual(ids('educacion', { lang: 'es' }));
  });
  it('finds housing from "houseing" and the French "logment"', () => {
    expect(ids('houseing').slice(0, 3)).toContain('charter:X');
    expect(ids('logment', { lang: 'fr' }).slice(0, 3)).toContain('charter:X');
  });
  it('finds a word from its beginning while typing', () => {
    expect(ids('evict').slice(0, 3)).toContain('charter:X.5');
  });
  it('returns nothing for an empty query or nonsense', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'zzqqxxw')).toEqual([]);
  });
});

describe('search: results', () => {
  it('are in the chosen language with highlight ranges on the matched words', () => {
    const [hit] = search(index, 'eau potable', { lang: 'fr', frameworks: ['sdg'] });
    expect(hit!.lang).toBe('fr');
    expect(hit!.fallback).toBe(false);
    const marked = [
      ...hit!.matches.title.map(([s, e]) => hit!.title.slice(s, e)),
      ...hit!.matches.text.map(([s, e]) => hit!.text.slice(s, e)),
    ].map((w) => w.toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['eau', 'potable']));
    expect(marked.every((w) => /^(eau|eaux|potable|potables)$/.test(w))).toBe(true);
  });
  it('highlight an accented word found from an unaccented query', () => {
    const hit = search(index, 'educacion', { lang: 'es', frameworks: ['udhr'] })[0]!;
    const pieces = splitByRanges(hit.text, hit.matches.text).filter((p) => p.match).map((p) => p.text.toLowerCase());
    expect(pieces).toContain('educación');
  });
  it('rank best first, carry a score between 0 and 1, and respect the limit', () => {
    const hits = search(index, 'water sanitation', { limit: 7 });
    expect(hits).toHaveLength(7);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    for (const h of hits) expect(h.score).toBeGreaterThan(0);
    for (const h of hits) expect(h.score).toBeLessThanOrEqual(1);
  });
  it('filter by framework', () => {
    const hits = search(index, 'water', { frameworks: ['charter'], limit: 50 });
    expect(hits.length).toBeGreaterThan(2);
    expect(new Set(hits.map((h) => h.framework))).toEqual(new Set(['charter']));
  });
  it('filter by the language the words are matched in', () => {
    // "logement" is a French word: searching English texts only does not find it as such.
    expect(ids('logement', { languages: ['fr'] }).slice(0, 3)).toContain('charter:X');
    expect(ids('logement', { languages: ['es'] })).not.toContain('charter:X');
  });
});

describe('search: languages missing from an item', () => {
  const pack: FrameworkPack = {
    format: 'hrmap-framework-pack',
    framework: { id: 'local', name: { en: 'Local plan' }, version: '1', languages: ['en'], source: 'test' },
    items: [
      { id: 'local:1', frameworkId: 'local', code: '1', parentId: null, kind: 'article', order: 1, title: { en: 'Street lighting' }, text: { en: 'Lamps in every street.' } },
    ],
  };
  it('fall back to English and say so', () => {
    const own = buildIndex(new FrameworkCatalog([pack]));
    const [hit] = search(own, 'lighting', { lang: 'fr' });
    expect(hit).toMatchObject({ id: 'local:1', title: 'Street lighting', fallback: true, framework: 'local' });
  });
});

describe('the index', () => {
  it('is built once per catalogue and reused', () => {
    expect(indexFor(builtinCatalog())).toBe(index);
  });
  it('covers every item in each of its languages', () => {
    expect(index.docs.length).toBe(builtinCatalog().items.length * 3);
  });
});
