import type { ReportSheet } from '../model';
import type { ReportContext } from '../context';

/** One row per policy-item link: the long format pivot tables want. */
export function linksSheet(ctx: ReportContext): ReportSheet {
  const { t } = ctx;
  const col = ctx.column.bind(ctx);
  const policyById = new Map(ctx.policies.map((p) => [p.id, p]));
  return {
    id: 'links',
    name: t('report:sheets.links'),
    above: [],
    columns: [
      col('id', 'id', true),
      col('title', 'longText', true, 40),
      col('city', 'text', true),
      col('region', 'text', false, 20),
      col('framework', 'text', false, 28),
      col('code', 'code', false, 9),
      col('itemTitle', 'longText', false, 40),
      col('strength', 'text', false, 12),
      col('rationale', 'longText', true),
      col('author', 'text', true, 18),
      col('updatedAt', 'date'),
    ],
    rowCount: ctx.links.length,
    charts: [],
    frozenColumns: 2,
    *rows() {
      for (const link of ctx.links) {
        const p = policyById.get(link.policyId)!;
        const item = ctx.itemInfo(link.itemId);
        yield [
          p.id,
          p.title,
          p.city,
          ctx.region(p.region),
          item.framework,
          item.code,
          item.title,
          ctx.strength(link.strength),
          link.rationale,
          link.author,
          link.updatedAt,
        ];
      }
    },
  };
}
