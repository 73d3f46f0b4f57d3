import { groupNames } from '../../model/groupsText';
import type { Cell, ReportColumn, ReportSheet } from '../model';
import type { ReportContext } from '../context';

/** One row per policy: every field, then the codes it is mapped to, one column per framework. */
export function policiesSheet(ctx: ReportContext): ReportSheet {
  const { t } = ctx;
  const col = ctx.column.bind(ctx);
  const columns: ReportColumn[] = [
    col('id', 'id', true),
    col('title', 'longText', true, 40),
    col('city', 'text', true),
    col('country', 'text', true, 16),
    col('region', 'text', false, 20),
    col('sector', 'text', true, 18),
    col('status', 'text', false, 13),
    col('startYear', 'year'),
    col('description', 'longText', true),
    col('groups', 'longText', false, 30),
    col('createdAt', 'date'),
    col('updatedAt', 'date'),
    ...ctx.frameworks.map((f) => ({ header: t('report:columns.codes', { framework: f.name }), kind: 'code' as const, width: 18 })),
  ];
  return {
    id: 'policies',
    name: t('report:sheets.policies'),
    above: [],
    columns,
    rowCount: ctx.policies.length,
    charts: [],
    frozenColumns: 2,
    *rows() {
      for (const p of ctx.policies) {
        const codes = new Map<string, string[]>(ctx.frameworks.map((f) => [f.id, []]));
        for (const id of ctx.sortItemIds(ctx.linksByPolicy.get(p.id)!.map((l) => l.itemId))) {
          const item = ctx.itemInfo(id);
          codes.get(item.frameworkId)?.push(item.code);
        }
        const row: Cell[] = [
          p.id,
          p.title,
          p.city,
          p.country,
          p.region ? ctx.region(p.region) : '',
          p.sector,
          ctx.status(p.status),
          p.startYear,
          p.description,
          groupNames(p.groups, ctx.lang).join('; '),
          p.createdAt,
          p.updatedAt,
          ...ctx.frameworks.map((f) => codes.get(f.id)!.join('; ')),
        ];
        yield row;
      }
    },
  };
}
