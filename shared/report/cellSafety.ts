/**
 * What makes user text safe in a spreadsheet cell.
 *
 * Spreadsheet injection: text that begins with = + - @ (or a tab or carriage return, which some programs strip
 * before looking) can be taken for a formula when a cell is re-entered, pasted or exported to CSV. The writers
 * always store user text as a string cell (never a formula) and give such cells the Text number format ("@"),
 * so editing the cell in Excel or LibreOffice keeps it text too. The characters themselves are kept: a report
 * must show what the analyst wrote, and must not show "=1+1" where the analyst wrote "\t=1+1" (so a leading tab
 * or carriage return survives every reader too: see `sharedStringText`).
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

export function looksLikeFormula(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0]!);
}

/** Excel refuses a cell longer than this. */
export const MAX_CELL_LENGTH = 32_767;

// XML 1.0 cannot carry these (a workbook holding one is reported as damaged); tab, LF and CR are allowed.
// Lone surrogate halves are dropped too: they are not characters and break the file's UTF-8.
const XML_INVALID_SOURCE = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
// A quick first look (one character class): most text has none of these, and surrogates only in pairs (emoji).
const MAY_BE_XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
const HAS_XML_INVALID = new RegExp(XML_INVALID_SOURCE);
const XML_INVALID = new RegExp(XML_INVALID_SOURCE, 'g');

/** The text a cell can hold: characters XML forbids removed, cut to Excel's cell limit without splitting a character. */
export function cellText(text: string): string {
  const clean = MAY_BE_XML_INVALID.test(text) && HAS_XML_INVALID.test(text) ? text.replace(XML_INVALID, '') : text;
  if (clean.length <= MAX_CELL_LENGTH) return clean;
  const end = /[\uD800-\uDBFF]/.test(clean[MAX_CELL_LENGTH - 1]!) ? MAX_CELL_LENGTH - 1 : MAX_CELL_LENGTH;
  return clean.slice(0, end);
}

const OOXML_ESCAPE_LIKE = /_(x[0-9A-Fa-f]{4}_)/g;

/**
 * Cell text as the workbook's shared strings must carry it, in OOXML's `_xHHHH_` escapes: a carriage return
 * becomes `_x000D_` (XML turns a literal one into a line feed, and LibreOffice then shows "\n=1+1" for
 * "\r=1+1"), and text that already reads like an escape keeps its underscore (`_x005F_`), or Excel, SheetJS
 * and exceljs would show "A" for a typed "_x0041_". Tabs need nothing: exceljs marks such strings
 * `xml:space="preserve"`, which LibreOffice honours. Readers decode these escapes in shared strings only, so the
 * writers always use them (STREAM_WRITER_OPTIONS).
 */
export function sharedStringText(text: string): string {
  if (!text.includes('_') && !text.includes('\r')) return text;
  return text.replace(OOXML_ESCAPE_LIKE, '_x005F_$1').replace(/\r/g, '_x000D_');
}
