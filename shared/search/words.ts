import { foldText } from '../model/policyEdit';

/**
 * Words as the search sees them: runs of letters and digits, dotted codes kept whole ("6.1", "xi.2"),
 * folded for case and accents. Every word keeps its place in the original string so that highlights
 * land on the text the user reads.
 */
const WORD = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu;

export interface Word {
  folded: string;
  start: number;
  end: number;
}

const ASCII = /^[\x00-\x7f]*$/;

/** foldText, with a shortcut for plain ASCII words (most of them; normalising each one dominated index build). */
export function foldWord(word: string): string {
  return ASCII.test(word) ? word.toLowerCase() : foldText(word);
}

export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    for (const part of splitElision(match[0], start)) out.push(part);
  }
  return out;
}

/** "l'éducation", "d’asile", "non-discrimination": the parts are the words people type. */
function splitElision(raw: string, offset: number): Word[] {
  if (!/[.'’-]/.test(raw) || /^[\p{N}\p{L}]{1,5}(?:\.[\p{L}\p{N}]{1,2})+$/u.test(raw)) {
    return [{ folded: foldWord(raw), start: offset, end: offset + raw.length }];
  }
  const parts: Word[] = [];
  for (const m of raw.matchAll(/[\p{L}\p{N}]+/gu)) {
    parts.push({ folded: foldWord(m[0]), start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return parts;
}

/** Grammatical words of our three languages that say nothing about a right or a target. */
export const STOPWORDS = new Set(
  (
    'the of and to a an in on for with by at or is are be from as that this its their his her all any into than ' +
    'le la les l de des du d un une et en au aux pour par sur dans ou qui que se sa son ses leur leurs est sont ' +
    'el los las del y e un una unos unas para por con al o su sus es son lo'
  ).split(' '),
);

/** The distinct search words of a query; grammatical words are dropped unless nothing else is left. */
export function queryWords(query: string): string[] {
  const all = [...new Set(wordsOf(query).map((w) => w.folded))];
  const meaningful = all.filter((w) => !STOPWORDS.has(w));
  return meaningful.length ? meaningful : all;
}
