import { officialSourceFor, type FrameworkItem } from '../../model/framework';
import type { ReportSheet } from '../model';
import type { ReportContext } from '../context';

/**
 * The framework items the report names, with their full text, so the workbook stands on its own offline:
 * every article and goal of the matrix, every linked item and the items it belongs to.
 */
export function frameworksSheet(ctx: ReportContext): ReportSheet {
  const { t, catalog } = ctx;
  const used = new Set<string>(ctx.matrixItems().map((i) => i.id));
  for (const link of ctx.links) {
    for (let item = catalog.item(link.itemId); item; item = item.parentId ? catalog.item(item.parentId) : undefined) {
      if (used.has(item.id)) break;
      used.add(item.id);
    }
  }
  const items = ctx.sortItemIds(used).map((id) => catalog.item(id)).filter((i): i is FrameworkItem => Boolean(i));
  const header = (key: string) => t(`report:columns.${key}`);
  return {
    id: 'frameworks',
    name: t('report:sheets.frameworks'),
    above: [],
    columns: [
      { header: header('framework'), kind: 'text', width: 28 },
      { header: header('code'), kind: 'code', width: 9 },
      { header: header('kind'), kind: 'text', width: 12 },
      { header: header('itemTitle'), kind: 'longText', width: 36 },
      { header: header('parent'), kind: 'code', width: 10 },
      { header: header('text'), kind: 'longText', width: 80 },
      { header: header('officialText'), kind: 'longText', width: 60 },
      { header: header('officialSource'), kind: 'text', width: 30, userText: true },
    ],
    rowCount: items.length,
    charts: [],
    frozenColumns: 2,
    *rows() {
      for (const item of items) {
        yield [
          ctx.frameworkName(item.frameworkId),
          item.code,
          t(`report:kinds.${item.kind}`),
          ctx.localized(item.title),
          item.parentId ? ctx.code(item.parentId) : '',
          ctx.localized(item.text),
          item.officialText ? ctx.localized(item.officialText) : '',
          officialSourceText(item, ctx),
        ];
      }
    },
  };
}

/** "source, version 2011" for the official wording the row shows; blank without wording or a recorded source. */
function officialSourceText(item: FrameworkItem, ctx: ReportContext): string {
  const from = officialSourceFor(item, ctx.lang);
  return from ? ctx.t('report:officialSource', { source: from.source, version: from.version }) : '';
}
