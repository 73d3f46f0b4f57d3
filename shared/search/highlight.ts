import { wordsOf, type Word } from './words';

/** A highlighted stretch of a string: [start, end), in UTF-16 code units of the string shown. */
export type MatchRange = [number, number];

/** Where the words a query matched appear in a text, whatever their case or accents. */
export function matchRanges(text: string, matchedTerms: ReadonlySet<string>, words: readonly Word[] = wordsOf(text)): MatchRange[] {
  if (!text || matchedTerms.size === 0) return [];
  return words
    .filter((w) => matchedTerms.has(w.folded))
    .map((w) => [w.start, w.end]);
}

/** Splits a text into plain and highlighted pieces, for rendering. */
export function splitByRanges(text: string, ranges: readonly MatchRange[]): { text: string; match: boolean }[] {
  const pieces: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), match: false });
    pieces.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}
