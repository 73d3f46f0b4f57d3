/** A plain-text table for terminal output: columns padded to their widest cell, long body cells cut with "…". */
export function formatTable(headers: string[], rows: string[][], maxWidths: number[] = []): string {
  const cut = (text: string, i: number) => {
    const max = maxWidths[i];
    const flat = text.replace(/\s+/g, ' ');
    return max && [...flat].length > max ? `${[...flat].slice(0, max - 1).join('')}…` : flat;
  };
  const cells = [headers, ...rows.map((row) => row.map(cut))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => [...(row[i] ?? '')].length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - [...cell].length)))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
