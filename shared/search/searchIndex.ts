import Fuse from 'fuse.js';
import type { FrameworkCatalog } from '../frameworks/catalog';
import type { FrameworkItem } from '../model/framework';
import { LANGS, type Lang } from '../model/lang';
import { wordsOf } from './words';

/**
 * The search index over every item of every framework in the three languages, built once per catalogue.
 *
 * Why not one Fuse index over the item texts: Fuse's fuzzy matcher walks every text for every query, which
 * we measured at about 10 ms per query for the UDHR alone (93 texts), far from the 5 ms budget for the whole
 * corpus. So the texts go into an inverted index (word -> items, with BM25 field weights), and Fuse
 * (with `ignoreDiacritics`) does what it is good at: finding the indexed words close to a mistyped query word.
 * Its vocabulary is split by the first two letters and word length so a lookup only walks plausible words.
 */

/** How much a word counts in each field of an item. */
export const FIELD_WEIGHTS = { code: 3, title: 3, keywords: 2, text: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;

const BM25_K1 = 1.2;
const BM25_B = 0.75;

/** One item in one language: the unit the index scores. */
export interface IndexedDoc {
  item: FrameworkItem;
  lang: Lang;
  /** The title's folded words joined by spaces, to reward a query found as a phrase in the title. */
  titleWords: string;
}

interface Postings {
  docs: number[];
  weights: number[];
}

export interface SearchIndex {
  readonly catalog: FrameworkCatalog;
  readonly docs: readonly IndexedDoc[];
  readonly postings: ReadonlyMap<string, Postings>;
  readonly idf: ReadonlyMap<string, number>;
  /** Every indexed word, sorted, for prefix look-ups ("educ" -> education, educación). */
  readonly sortedTerms: readonly string[];
  /** The vocabulary in buckets keyed by first two letters and length (see fuzzyKey). */
  readonly buckets: ReadonlyMap<string, readonly string[]>;
  /** Fuse over one bucket, made on first use of the bucket and kept (see fuzzyFor). */
  readonly fuzzy: Map<string, Fuse<string>>;
  /** Expansions of query words already computed: typing repeats them keystroke after keystroke. */
  readonly expansionCache: Map<string, readonly TermMatch[]>;
}

/** An indexed word that a query word stands for, and how closely (1 = the same word). */
export interface TermMatch {
  term: string;
  closeness: number;
}

/** Fuzzy buckets: the first two letters (typos rarely hit them) and the length. */
export function fuzzyKey(term: string, length = term.length): string {
  return `${term.slice(0, 2)}|${length}`;
}

const FUSE_OPTIONS = { ignoreDiacritics: true, includeScore: true, threshold: 0.34, minMatchCharLength: 2 } as const;

const cache = new WeakMap<FrameworkCatalog, SearchIndex>();

/** The index for a catalogue, built on first use and then reused. */
export function indexFor(catalog: FrameworkCatalog): SearchIndex {
  let index = cache.get(catalog);
  if (!index) {
    index = buildIndex(catalog);
    cache.set(catalog, index);
  }
  return index;
}

/** Builds the index (what `search.build_ms` measures). Prefer `indexFor`, which builds once. */
export function buildIndex(catalog: FrameworkCatalog): SearchIndex {
  const docs: IndexedDoc[] = [];
  // Term frequencies per doc and field, and field lengths, for BM25.
  const perDoc: { terms: Map<string, Partial<Record<Field, number>>>; lengths: Record<Field, number> }[] = [];
  const totalLength: Record<Field, number> = { code: 0, title: 0, keywords: 0, text: 0 };

  for (const item of catalog.items) {
    for (const lang of LANGS) {
      const fields: Record<Field, string> = {
        code: item.code,
        title: item.title[lang] ?? '',
        keywords: (item.keywords?.[lang] ?? []).join(' · '),
        text: [item.text[lang], item.officialText?.[lang]].filter(Boolean).join('\n'),
      };
      if (!fields.title && !fields.text) continue;
      const terms = new Map<string, Partial<Record<Field, number>>>();
      const lengths: Record<Field, number> = { code: 0, title: 0, keywords: 0, text: 0 };
      for (const field of Object.keys(fields) as Field[]) {
        const words = field === 'code' ? [fields.code.toLowerCase()] : wordsOf(fields[field]).map((w) => w.folded);
        lengths[field] = words.length;
        totalLength[field] += words.length;
        for (const word of words) {
          const counts = terms.get(word) ?? {};
          counts[field] = (counts[field] ?? 0) + 1;
          terms.set(word, counts);
        }
      }
      docs.push({ item, lang, titleWords: ` ${wordsOf(fields.title).map((w) => w.folded).join(' ')} ` });
      perDoc.push({ terms, lengths });
    }
  }

  const average = (field: Field) => Math.max(1, totalLength[field] / Math.max(1, docs.length));
  const postings = new Map<string, Postings>();
  perDoc.forEach(({ terms, lengths }, doc) => {
    for (const [term, counts] of terms) {
      let weight = 0;
      for (const [field, tf] of Object.entries(counts) as [Field, number][]) {
        const norm = 1 - BM25_B + (BM25_B * lengths[field]) / average(field);
        weight += FIELD_WEIGHTS[field] * ((tf * (BM25_K1 + 1)) / (tf + BM25_K1 * norm));
      }
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { docs: [], weights: [] }));
      list.docs.push(doc);
      list.weights.push(weight);
    }
  });

  const idf = new Map<string, number>();
  const n = docs.length;
  for (const [term, list] of postings) {
    const df = list.docs.length;
    idf.set(term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }

  const sortedTerms = [...postings.keys()].sort();
  const buckets = new Map<string, string[]>();
  for (const term of sortedTerms) {
    if (term.length < 3) continue;
    const key = fuzzyKey(term);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(term);
    else buckets.set(key, [term]);
  }
  return { catalog, docs, postings, idf, sortedTerms, buckets, fuzzy: new Map(), expansionCache: new Map() };
}

/** The Fuse index of one vocabulary bucket; most buckets are never asked for, so they are made lazily. */
export function fuzzyFor(index: SearchIndex, key: string): Fuse<string> | undefined {
  let fuse = index.fuzzy.get(key);
  if (!fuse) {
    const terms = index.buckets.get(key);
    if (!terms) return undefined;
    fuse = new Fuse(terms, FUSE_OPTIONS);
    index.fuzzy.set(key, fuse);
  }
  return fuse;
}
