/** A sheet's rows as SheetJS reads them (`header: 1`). No imports: the e2e tests load this file too. */
export type Row = (string | number | null)[];

/**
 * Rows made comparable: trailing empty cells dropped, and an empty string is an empty cell (a reader may
 * give either). Apply it to the rows read back; expectedCongress's rows are already in that form.
 */
export function comparable(rows: readonly Row[]): Row[] {
  return rows.map((row) => {
    const out = row.map((v) => (v === '' || v === undefined ? null : v));
    while (out.length && out.at(-1) === null) out.pop();
    return out;
  });
}
