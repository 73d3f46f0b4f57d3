import { describe, expect, it } from 'vitest';
import { builtinCatalog, builtinCrosswalk, builtinPacks } from '../../../shared/frameworks/builtin';
import { LANGS } from '../../../shared/model/lang';

/** The official SDG target numbering (A/RES/71/313), written out by hand: the data must match it exactly. */
const SDG_TARGETS: Record<number, string> = {
  1: '1.1 1.2 1.3 1.4 1.5 1.a 1.b',
  2: '2.1 2.2 2.3 2.4 2.5 2.a 2.b 2.c',
  3: '3.1 3.2 3.3 3.4 3.5 3.6 3.7 3.8 3.9 3.a 3.b 3.c 3.d',
  4: '4.1 4.2 4.3 4.4 4.5 4.6 4.7 4.a 4.b 4.c',
  5: '5.1 5.2 5.3 5.4 5.5 5.6 5.a 5.b 5.c',
  6: '6.1 6.2 6.3 6.4 6.5 6.6 6.a 6.b',
  7: '7.1 7.2 7.3 7.a 7.b',
  8: '8.1 8.2 8.3 8.4 8.5 8.6 8.7 8.8 8.9 8.10 8.a 8.b',
  9: '9.1 9.2 9.3 9.4 9.5 9.a 9.b 9.c',
  10: '10.1 10.2 10.3 10.4 10.5 10.6 10.7 10.a 10.b 10.c',
  11: '11.1 11.2 11.3 11.4 11.5 11.6 11.7 11.a 11.b 11.c',
  12: '12.1 12.2 12.3 12.4 12.5 12.6 12.7 12.8 12.a 12.b 12.c',
  13: '13.1 13.2 13.3 13.a 13.b',
  14: '14.1 14.2 14.3 14.4 14.5 14.6 14.7 14.a 14.b 14.c',
  15: '15.1 15.2 15.3 15.4 15.5 15.6 15.7 15.8 15.9 15.a 15.b 15.c',
  16: '16.1 16.2 16.3 16.4 16.5 16.6 16.7 16.8 16.9 16.10 16.a 16.b',
  17: '17.1 17.2 17.3 17.4 17.5 17.6 17.7 17.8 17.9 17.10 17.11 17.12 17.13 17.14 17.15 17.16 17.17 17.18 17.19',
};
const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

const catalog = builtinCatalog();
const pack = (id: string) => builtinPacks().find((p) => p.framework.id === id)!;

describe('built-in packs', () => {
  it('are the Charter, the UDHR and the SDGs, each valid and in three languages', () => {
    expect(builtinPacks().map((p) => p.framework.id).sort()).toEqual(['charter', 'sdg', 'udhr']);
    for (const p of builtinPacks()) {
      expect(p.framework.languages.sort()).toEqual(['en', 'es', 'fr']);
      expect(p.framework.version).not.toBe('');
      expect(p.framework.source).not.toBe('');
    }
  });

  it('give every item a unique id of the form framework:code, an existing parent, a title and a text in en, fr and es', () => {
    const seen = new Set<string>();
    for (const item of catalog.items) {
      expect(seen.has(item.id), `${item.id} is unique`).toBe(false);
      seen.add(item.id);
      expect(item.id).toBe(`${item.frameworkId}:${item.code}`);
      if (item.parentId) expect(catalog.has(item.parentId), `${item.id} parent`).toBe(true);
      for (const lang of LANGS) {
        expect(item.title[lang]?.trim(), `${item.id} title ${lang}`).toBeTruthy();
        expect(item.text[lang]?.trim(), `${item.id} text ${lang}`).toBeTruthy();
      }
    }
  });
});

describe('Charter-Agenda', () => {
  const items = pack('charter').items;
  it('has the twelve articles I to XII, in order', () => {
    expect(items.filter((i) => i.kind === 'article').sort((a, b) => a.order - b.order).map((i) => i.id)).toEqual(ROMANS.map((r) => `charter:${r}`));
  });
  it('has a preamble, general provisions and final provisions', () => {
    for (const id of ['charter:preamble', 'charter:general', 'charter:final']) expect(catalog.has(id), id).toBe(true);
    expect(catalog.item('charter:preamble')!.kind).toBe('preamble');
    expect(catalog.item('charter:general')!.kind).toBe('provision');
    expect(catalog.item('charter:final')!.kind).toBe('provision');
  });
  it.each(ROMANS)('article %s has its action items numbered 1..n as charter:%s.n', (roman) => {
    const actions = catalog.children(`charter:${roman}`);
    expect(actions.length).toBeGreaterThanOrEqual(3);
    expect(actions.map((a) => a.id)).toEqual(actions.map((_, i) => `charter:${roman}.${i + 1}`));
    for (const a of actions) expect(a.kind).toBe('action');
  });
  it('has no action without an article', () => {
    for (const a of items.filter((i) => i.kind === 'action')) expect(a.parentId).toMatch(/^charter:[IVX]+$/);
  });
});

describe('UDHR', () => {
  const items = pack('udhr').items;
  it('has the preamble and articles 1 to 30', () => {
    expect(items.map((i) => i.id)).toEqual(['udhr:preamble', ...Array.from({ length: 30 }, (_, i) => `udhr:${i + 1}`)]);
  });
  it.each(LANGS)('has the official text of every article in %s', (lang) => {
    for (const item of items) expect(item.text[lang]!.length, `${item.id} ${lang}`).toBeGreaterThan(40);
  });
  it('carries our short titles in the three languages', () => {
    expect(catalog.item('udhr:25')!.title).toEqual({
      en: 'Article 25: Adequate standard of living',
      fr: 'Article 25\u00a0: Niveau de vie suffisant',
      es: 'Artículo 25: Nivel de vida adecuado',
    });
  });
});

describe('SDGs', () => {
  const items = pack('sdg').items;
  it('has the 17 goals', () => {
    expect(items.filter((i) => i.kind === 'goal').map((i) => i.id)).toEqual(Array.from({ length: 17 }, (_, i) => `sdg:${i + 1}`));
  });
  it('has exactly the 169 official targets, each under its goal', () => {
    const expected = Object.values(SDG_TARGETS).flatMap((list) => list.split(' '));
    expect(expected).toHaveLength(169);
    const targets = items.filter((i) => i.kind === 'target');
    expect(targets.map((t) => t.code).sort()).toEqual([...expected].sort());
    for (const t of targets) expect(t.parentId).toBe(`sdg:${t.code.split('.')[0]}`);
  });
  it.each(Object.entries(SDG_TARGETS))('goal %s lists its targets in official order', (goal, list) => {
    expect(catalog.children(`sdg:${goal}`).map((t) => t.code)).toEqual(list.split(' '));
  });
});

describe('crosswalk', () => {
  it('links existing items of different frameworks, with a rationale in three languages', () => {
    const entries = builtinCrosswalk();
    expect(entries.length).toBeGreaterThan(30);
    for (const e of entries) {
      expect(catalog.has(e.from), e.from).toBe(true);
      expect(catalog.has(e.to), e.to).toBe(true);
      expect(catalog.item(e.from)!.frameworkId).not.toBe(catalog.item(e.to)!.frameworkId);
      for (const lang of LANGS) expect(e.rationale[lang]?.trim(), `${e.from}->${e.to} ${lang}`).toBeTruthy();
    }
  });
  it('relates the right to water and food to UDHR 25 and SDG 2.1, 6.1 and 6.2', () => {
    const related = catalog.relatedTo('charter:XI').map((e) => e.to);
    expect(related).toEqual(expect.arrayContaining(['udhr:25', 'sdg:2.1', 'sdg:6.1', 'sdg:6.2']));
  });
  it('covers every Charter article', () => {
    for (const roman of ROMANS) expect(catalog.relatedTo(`charter:${roman}`).length, roman).toBeGreaterThan(0);
  });
});
