import { foldText } from '../model/policyEdit';

/**
 * Reads the references people write for framework items, in English, French or Spanish:
 * "6.1; 11.1", "SDG 6.1", "ODD 6.b", "Art. 25", "DUDH art. 25", "XI", "Charter XI.2", "Goal 6", "sdg:6.1".
 * Import columns, the search box ("Article 19" goes straight to the item) and the CLI share this reader.
 * It never guesses: a reference that could mean two items, or names no item, is reported.
 */
export type FrameworkHint = 'charter' | 'udhr' | 'sdg';

export interface CodeRefResult {
  itemIds: string[];
  problems: CodeRefProblem[];
}

export interface CodeRefProblem {
  text: string;
  /**
   * `ambiguous`: could name items of two frameworks (a bare "5": SDG 5 or UDHR article 5);
   * `decimalComma`: "6,1" could be target 6.1 written with a decimal comma or the goals 6 and 1;
   * `shortenedNumber`: a number cell 17.1 that Excel also shows for 17.10 (it drops the trailing zero).
   */
  reason: 'unknown' | 'ambiguous' | 'unreadable' | 'decimalComma' | 'shortenedNumber';
}

export interface ParseRefsOptions {
  /** The cell held a number (an xlsx numeric cell), not text: "17.1" may be what is left of 17.10. */
  fromNumber?: boolean;
}

const PREFIXES: [RegExp, FrameworkHint][] = [
  [/^(charter|charte|carta|cgah|global charter agenda|charte agenda|carta agenda)\b/, 'charter'],
  [/^(udhr|dudh|dudh|declaration|universal declaration|declaration universelle|declaracion universal|declaracion)\b/, 'udhr'],
  [/^(sdgs?|odds?|ods|goal|target|objectif|cible|objetivo|meta)\b/, 'sdg'],
];
const ARTICLE_WORD = /^(article|articulo|arts?\.?)\s*/;
const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

/** Splits a cell into separate references: separators are ; , / | newlines, "and", "et", "y". */
export function splitRefs(cell: string): string[] {
  return cell
    .split(/[;,/|\n\r]+|\s+(?:and|et|y)\s+/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The item id one reference names, or why it names none. `hint` is the framework a column or a filter
 * is about; without it a bare number is ambiguous (UDHR article or SDG goal) and is reported as such, even
 * when only one of the two exists ("25"): which framework was meant is not written, so it is not guessed.
 */
export function resolveRef(
  text: string,
  exists: (itemId: string) => boolean,
  hint?: FrameworkHint,
): { itemId: string } | CodeRefProblem {
  const raw = text.trim();
  if (/^[a-z][a-z0-9-]*:[^\s]+$/i.test(raw)) {
    return exists(raw) ? { itemId: raw } : { text: raw, reason: 'unknown' };
  }
  let rest = foldText(raw).replace(/[()[\]]/g, ' ').replace(/\s+/g, ' ').trim();
  let framework: FrameworkHint | undefined;
  for (const [pattern, id] of PREFIXES) {
    const match = pattern.exec(rest);
    if (match) {
      framework = id;
      rest = rest.slice(match[0].length).trim();
      break;
    }
  }
  const hadArticleWord = ARTICLE_WORD.test(rest);
  rest = rest.replace(ARTICLE_WORD, '').replace(/^(n[o°º]\.?|#)\s*/, '').replace(/[.:]$/, '').trim();
  if (!rest) return { text: raw, reason: 'unreadable' };

  const candidates = candidatesFor(rest, framework ?? hint, hadArticleWord);
  if (candidates === null) return { text: raw, reason: 'unreadable' };
  const found = candidates.filter(exists);
  if (found.length > 1 || (found.length === 1 && candidates.length > 1)) return { text: raw, reason: 'ambiguous' };
  if (found.length === 1) return { itemId: found[0]! };
  return { text: raw, reason: 'unknown' };
}

function candidatesFor(code: string, framework: FrameworkHint | undefined, articleWord: boolean): string[] | null {
  // Charter: roman article, optionally with an action number ("xi", "xi.2", "xi-2").
  const charter = /^([ivxlc]+)(?:[.\-\s](\d{1,2}))?$/.exec(code);
  if (charter && ROMAN.test(charter[1]!) && (!framework || framework === 'charter')) {
    const article = charter[1]!.toUpperCase();
    return [charter[2] ? `charter:${article}.${Number(charter[2])}` : `charter:${article}`];
  }
  // SDG target: "6.1", "6.b", "17.19".
  const target = /^(\d{1,2})\.(\d{1,2}|[a-z])$/.exec(code);
  if (target) {
    if (framework && framework !== 'sdg') return [];
    const part = /^\d+$/.test(target[2]!) ? String(Number(target[2])) : target[2]!;
    return [`sdg:${Number(target[1])}.${part}`];
  }
  // A bare number: an SDG goal, a UDHR article, or (with "art." and no framework) a UDHR article.
  if (/^\d{1,2}$/.test(code)) {
    const n = String(Number(code));
    if (framework === 'sdg') return [`sdg:${n}`];
    if (framework === 'udhr' || (articleWord && !framework)) return [`udhr:${n}`];
    if (framework === 'charter') return [];
    return [`sdg:${n}`, `udhr:${n}`];
  }
  if (code === 'preamble' || code === 'preambule' || code === 'preambulo') {
    return framework ? [`${framework}:preamble`] : ['charter:preamble', 'udhr:preamble'];
  }
  return null;
}

/** Separators that never sit inside one code; a comma may (a decimal comma), so it is looked at separately. */
const NON_COMMA_SEPARATORS = /[;/|\n\r]+|\s+(?:and|et|y)\s+/i;

/**
 * Reads a whole cell of references. A comma between two digits with no space ("6,1") is reported when read
 * as a decimal comma it names an item too, since the cell could then mean one target or a list of goals.
 */
export function parseRefs(cell: string, exists: (itemId: string) => boolean, hint?: FrameworkHint, options: ParseRefsOptions = {}): CodeRefResult {
  const itemIds: string[] = [];
  const problems: CodeRefProblem[] = [];
  if (options.fromNumber) {
    const shortened = shortenedNumber(cell.trim(), exists, hint);
    if (shortened) return { itemIds, problems: [shortened] };
  }
  for (const piece of cell.split(NON_COMMA_SEPARATORS)) {
    if (!piece.trim()) continue;
    if (decimalCommaNamesItem(piece, exists, hint)) {
      problems.push({ text: piece.trim(), reason: 'decimalComma' });
      continue;
    }
    for (const part of splitRefs(piece)) {
      const result = resolveRef(part, exists, hint);
      if ('itemId' in result) {
        if (!itemIds.includes(result.itemId)) itemIds.push(result.itemId);
      } else problems.push(result);
    }
  }
  return { itemIds, problems };
}

/** True when some "digit,digit" of the piece, read as a decimal point, names an item ("SDG 6,1" -> SDG 6.1). */
function decimalCommaNamesItem(piece: string, exists: (itemId: string) => boolean, hint?: FrameworkHint): boolean {
  for (const match of piece.matchAll(/\d,(?=\d)/g)) {
    const at = match.index + 1;
    const before = piece.slice(0, at).split(',').pop()!;
    const after = piece.slice(at + 1).split(',')[0]!;
    if ('itemId' in resolveRef(`${before}.${after}`, exists, hint)) return true;
  }
  return false;
}

/** A number cell "17.1" whose spelling with a trailing zero ("17.10") names an item too: which one was typed is lost. */
function shortenedNumber(text: string, exists: (itemId: string) => boolean, hint?: FrameworkHint): CodeRefProblem | null {
  if (!/^\d{1,2}\.\d$/.test(text)) return null;
  const short = resolveRef(text, exists, hint);
  const long = resolveRef(`${text}0`, exists, hint);
  return 'itemId' in short && 'itemId' in long ? { text, reason: 'shortenedNumber' } : null;
}
