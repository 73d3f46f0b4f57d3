/** CSV as people export it from Excel, LibreOffice and web forms: comma, semicolon or tab; quotes; CRLF. */
export type Separator = ',' | ';' | '\t';
const CANDIDATES: Separator[] = [',', ';', '\t'];

/**
 * Picks the separator that splits the first lines into the same number of fields (more than one), counting
 * only outside quotes. Excel in French and Spanish locales writes semicolons, hence the detection.
 */
export function detectSeparator(text: string): Separator {
  const lines = firstLines(text, 20);
  let best: Separator = ',';
  let bestScore = -1;
  for (const sep of CANDIDATES) {
    const counts = lines.map((line) => countOutsideQuotes(line, sep));
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length;
    const score = consistent * 1000 + first;
    if (score > bestScore) {
      bestScore = score;
      best = sep;
    }
  }
  return best;
}

function firstLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < max; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (i > start) lines.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (lines.length < max && start < text.length) lines.push(text.slice(start));
  return lines.filter((l) => l.trim() !== '');
}

function countOutsideQuotes(line: string, sep: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === sep) n++;
  }
  return n;
}

/** Parses CSV text into rows of cells (RFC 4180 quoting; a quote inside a quoted cell is doubled). */
export function parseCsv(text: string, separator: Separator = detectSeparator(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const n = text.length;
  let quoted = false;
  let cellStart = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) {
          cell += text.slice(cellStart, i + 1);
          i += 2;
          cellStart = i;
          continue;
        }
        cell += text.slice(cellStart, i);
        quoted = false;
        i++;
        cellStart = i;
        continue;
      }
      i++;
      continue;
    }
    if (c === 34 && i === cellStart && cell === '') {
      quoted = true;
      i++;
      cellStart = i;
      continue;
    }
    if (c === separator.charCodeAt(0) || c === 10 || c === 13) {
      cell += text.slice(cellStart, i);
      row.push(cell);
      cell = '';
      if (c !== separator.charCodeAt(0)) {
        rows.push(row);
        row = [];
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      }
      i++;
      cellStart = i;
      continue;
    }
    i++;
  }
  cell += text.slice(cellStart, i);
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
