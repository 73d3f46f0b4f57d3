import { isFigure, type Outcome } from './figures';

/** A Markdown table (readable in a terminal, pasted as is into the README). */
export function formatTable(outcomes: readonly Outcome[]): string {
  const rows = outcomes.map((o) =>
    isFigure(o) ? [o.name, String(o.value), o.unit, String(o.n), o.peer ?? ''] : [o.name, `not available: ${o.unavailable}`, '', '', ''],
  );
  const header = ['figure', 'value', 'unit', 'n', 'peer'];
  // A long "not available" reason does not widen the value column for every other row.
  const measured = rows.filter((r) => !r[1]!.startsWith('not available'));
  const widths = header.map((h, i) => Math.max(h.length, ...(i === 1 ? measured : rows).map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 1 && /^[\d.]+$/.test(c) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}
