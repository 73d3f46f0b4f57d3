import type { AboveRow, Cell, ReportColumn, ReportSheet } from '../model';
import type { ReportContext } from '../context';

/** Matrix cell values: a primary link beats a secondary one. The number format shows them as ● and ○. */
export const MARK_PRIMARY = 2;
export const MARK_SECONDARY = 1;
export const MARK_FORMAT = '[=2]"●";[=1]"○";""';

/**
 * Policies against the Charter's articles and the SDGs. A policy is marked in an article's (goal's) column when
 * it is linked to the article (goal) or to one of its actions (targets). Totals sit above the header, so they
 * stay in view and sorting or filtering the policies never moves them.
 */
export function matrixSheet(ctx: ReportContext): ReportSheet {
  const { t } = ctx;
  const items = ctx.matrixItems();
  const columnOf = new Map(items.map((item, i) => [item.id, i]));
  const lead = 4; // id, title, city, region
  const col = ctx.column.bind(ctx);
  const columns: ReportColumn[] = [
    col('id', 'id', true),
    col('title', 'text', true, 42),
    col('city', 'text', true, 18),
    col('region', 'text', false, 16),
    ...items.map((item) => ({ header: item.code, kind: 'mark' as const, width: item.frameworkId === 'charter' ? 6 : 5 })),
    col('mappedItems', 'count', false, 12),
  ];

  // One pass over the links: the marks per policy, and the totals per column.
  const marks = new Map<string, (number | null)[]>();
  const perColumn = new Array<number>(items.length).fill(0);
  let mappedPolicies = 0;
  for (const p of ctx.policies) {
    const row = new Array<number | null>(items.length).fill(null);
    for (const link of ctx.linksByPolicy.get(p.id)!) {
      const at = columnOf.get(ctx.rootId(link.itemId));
      if (at === undefined) continue;
      const mark = link.strength === 'primary' ? MARK_PRIMARY : MARK_SECONDARY;
      if ((row[at] ?? 0) < mark) row[at] = mark;
    }
    let count = 0;
    row.forEach((mark, i) => {
      if (mark !== null) {
        count++;
        perColumn[i]!++;
      }
    });
    if (count > 0) mappedPolicies++;
    marks.set(p.id, row);
  }

  const blank = (n: number): Cell[] => new Array<Cell>(n).fill(null);
  const sectionRow: Cell[] = blank(columns.length);
  for (const [i, item] of items.entries()) {
    if (i === 0 || items[i - 1]!.frameworkId !== item.frameworkId) sectionRow[lead + i] = ctx.frameworkName(item.frameworkId);
  }
  const above: AboveRow[] = [
    { role: 'note', cells: [t('report:matrix.legend')] },
    { role: 'section', cells: sectionRow },
    { role: 'total', cells: [t('report:matrix.totalLabel'), null, null, null, ...perColumn, mappedPolicies] },
  ];
  return {
    id: 'matrix',
    name: t('report:sheets.matrix'),
    above,
    columns,
    rowCount: ctx.policies.length,
    charts: items.length
      ? [
          { firstColumn: lead, lastColumn: lead + items.length - 1 },
          { firstColumn: lead, lastColumn: lead + items.length - 1, aboveRow: 2 },
          { firstColumn: lead + items.length, lastColumn: lead + items.length },
        ]
      : [],
    frozenColumns: 2,
    *rows() {
      for (const p of ctx.policies) {
        const row = marks.get(p.id)!;
        yield [p.id, p.title, p.city, ctx.region(p.region), ...row, row.filter((m) => m !== null).length];
      }
    },
  };
}
