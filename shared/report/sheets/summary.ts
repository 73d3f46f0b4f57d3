import { computeStats, REGION_KEYS, rootResolver, NO_REGION } from '../../stats';
import { splitItemId } from '../../model/framework';
import { RIGHTS_HOLDER_GROUPS } from '../../model/groups';
import { groupNames } from '../../model/groupsText';
import type { AboveRow, Cell, ReportColumn, ReportSheet } from '../model';
import type { ReportContext } from '../context';

/** Width of the text bar drawn for a share of 100 %. */
const BAR_WIDTH = 20;

/**
 * The first sheet: what the report covers, the counts, and the coverage of each Charter article, SDG goal and
 * rights-holder group (policies and share of policies, with a bar and a colour scale so it reads like a chart),
 * gaps marked.
 * The figures are shared/stats' `computeStats`, the same the dashboard and `hrmap stats` show.
 */
export function summarySheet(ctx: ReportContext, title: string, now: Date): ReportSheet {
  const { t } = ctx;
  const stats = computeStats({ policies: ctx.policies, links: ctx.links, rootOf: rootResolver(ctx.catalog) });
  const list = new Intl.ListFormat(ctx.lang, { type: 'conjunction' });
  const linksPer = new Map<string, number>();
  for (const link of ctx.links) {
    const { frameworkId } = ctx.itemInfo(link.itemId);
    linksPer.set(frameworkId, (linksPer.get(frameworkId) ?? 0) + 1);
  }
  const regions = REGION_KEYS.filter((r) => r !== NO_REGION && stats.byRegion[r].policies > 0).length;

  // One table: framework items first, then the rights-holder groups (named in the report's language, no code).
  const groupsLabel = t('report:columns.groups');
  const coverage = [
    ...ctx.matrixItems().map((item) => {
      const { frameworkId, code } = splitItemId(item.id);
      const count = frameworkId === 'charter' ? (stats.byCharterArticle as Record<string, number>)[code] : stats.bySdgGoal[code];
      return { kind: frameworkId, label: ctx.frameworkName(frameworkId), code: item.code, name: ctx.itemTitle(item.id), count: count ?? 0 };
    }),
    ...RIGHTS_HOLDER_GROUPS.map((group) => {
      const name = groupNames([group], ctx.lang)[0]!;
      return { kind: 'groups', label: groupsLabel, code: '', name, count: stats.byGroup[group] };
    }),
  ];
  const gapParts = ['charter', 'sdg', 'groups']
    .map((kind) => ({ kind, rows: coverage.filter((c) => c.kind === kind && c.count === 0) }))
    .filter((g) => g.rows.length > 0)
    .map((g) => t('report:summary.gapsList', { framework: g.rows[0]!.label, list: list.format(g.rows.map((r) => r.code || r.name)) }));

  const meta = (label: string, value: Cell): AboveRow => ({ role: 'meta', cells: [label, value] });
  const above: AboveRow[] = [
    { role: 'title', cells: [title] },
    meta(t('report:summary.scope'), ctx.scopeLabel()),
    meta(t('report:summary.date'), new Intl.DateTimeFormat(ctx.lang, { dateStyle: 'long' }).format(now)),
    meta(t('report:summary.workspace'), ctx.workspaceName()),
    meta(t('report:summary.policies'), stats.policies),
    meta(t('report:summary.mappedPolicies'), stats.mappedPolicies),
    meta(t('report:summary.cities'), stats.cities),
    meta(t('report:summary.regions'), regions),
    ...ctx.frameworks.map((f) => meta(t('report:summary.links', { framework: f.name }), linksPer.get(f.id) ?? 0)),
    meta(t('report:summary.gaps'), gapParts.length ? gapParts.join(' · ') : t('report:summary.gapsNone')),
    { role: 'blank', cells: [] },
    { role: 'section', cells: [t('report:summary.coverage')] },
  ];
  const header = (key: string) => t(`report:columns.${key}`);
  const columns: ReportColumn[] = [
    { header: header('framework'), kind: 'text', width: 40 },
    { header: header('code'), kind: 'code', width: 9 },
    { header: header('item'), kind: 'longText', width: 44 },
    { header: header('policies'), kind: 'count', width: 11 },
    { header: header('share'), kind: 'share', width: 12 },
    { header: header('bar'), kind: 'text', width: BAR_WIDTH + 2 },
    { header: header('gap'), kind: 'text', width: 18 },
  ];
  return {
    id: 'summary',
    name: t('report:sheets.summary'),
    above,
    columns,
    rowCount: coverage.length,
    charts: [
      { firstColumn: 3, lastColumn: 3 },
      { firstColumn: 4, lastColumn: 4 },
    ],
    frozenColumns: 0,
    // The title only: the figures under it and the table's header are a screen's height down.
    frozenRows: 1,
    *rows() {
      for (const { label, code, name, count } of coverage) {
        const share = stats.policies ? count / stats.policies : 0;
        yield [
          label,
          code,
          name,
          count,
          share,
          '█'.repeat(Math.round(share * BAR_WIDTH)),
          count === 0 ? t('report:summary.gap') : '',
        ];
      }
    },
  };
}
