import type { FrameworkCatalog } from '../frameworks/catalog';
import type { Translate } from '../i18n/translate';
import type { Lang } from '../model/lang';
import { ReportContext, type ReportInput } from './context';
import type { ReportModel, ReportSheet } from './model';
import type { ReportScope } from './scope';
import { orderSheets, REPORT_PRESETS, type ReportPreset, type ReportSheetId } from './sheets';
import { byPlaceSheet } from './sheets/byPlace';
import { frameworksSheet } from './sheets/frameworks';
import { linksSheet } from './sheets/links';
import { matrixSheet } from './sheets/matrix';
import { policiesSheet } from './sheets/policies';
import { summarySheet } from './sheets/summary';

export interface ReportOptions {
  scope: ReportScope;
  /** A preset's sheets, or the sheets the user chose. */
  preset: ReportPreset | 'custom';
  sheets?: readonly ReportSheetId[];
  lang: Lang;
  /** i18next's `getFixedT(lang)`: sheet names, headers and labels come from the `report` catalogue. */
  t: Translate;
  /** When the report is made (its date and document properties); passed in so results are reproducible. */
  now: Date;
}

const BUILDERS: Record<ReportSheetId, (ctx: ReportContext, title: string, now: Date) => ReportSheet> = {
  summary: summarySheet,
  policies: policiesSheet,
  links: linksSheet,
  matrix: matrixSheet,
  byPlace: byPlaceSheet,
  frameworks: frameworksSheet,
};

/** The sheets a set of options asks for, in workbook order. */
export function reportSheetIds(options: Pick<ReportOptions, 'preset' | 'sheets'>): ReportSheetId[] {
  return orderSheets(options.preset === 'custom' ? (options.sheets ?? []) : REPORT_PRESETS[options.preset]);
}

/**
 * The report as sheets of rows, in the chosen language: what the workbook writers write. Pure and cheap to
 * make: the big sheets produce their rows only when a writer asks for them.
 */
export function buildReport(input: ReportInput, catalog: FrameworkCatalog, options: ReportOptions): ReportModel {
  const ctx = new ReportContext(input, catalog, options.scope, options.lang, options.t);
  const { t } = options;
  const preset = t(`report:presets.${options.preset}`);
  const title = t('report:workbook.title', { preset });
  return {
    properties: {
      title,
      subject: t('report:workbook.subject'),
      creator: 'HRMap',
      keywords: t('report:workbook.keywords'),
      category: t('report:workbook.category'),
      description: `${ctx.workspaceName()} · ${ctx.scopeLabel()}`,
      created: options.now,
    },
    scope: ctx.scopeLabel(),
    policies: ctx.policies.length,
    links: ctx.links.length,
    sheets: reportSheetIds(options).map((id) => BUILDERS[id](ctx, title, options.now)),
  };
}
