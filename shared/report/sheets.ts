/** The sheets a report can hold, in workbook order. Ids are stable: the CLI, the dialog and tests use them. */
export const REPORT_SHEETS = ['summary', 'policies', 'links', 'matrix', 'byPlace', 'frameworks'] as const;
export type ReportSheetId = (typeof REPORT_SHEETS)[number];

/** "council": the World Council brief; "congress": the Congress dossier. */
export const REPORT_PRESETS = {
  council: ['summary', 'matrix'],
  congress: [...REPORT_SHEETS],
} as const satisfies Record<string, readonly ReportSheetId[]>;
export type ReportPreset = keyof typeof REPORT_PRESETS;

export function isReportPreset(value: unknown): value is ReportPreset {
  return typeof value === 'string' && Object.hasOwn(REPORT_PRESETS, value);
}

export function isReportSheetId(value: unknown): value is ReportSheetId {
  return typeof value === 'string' && (REPORT_SHEETS as readonly string[]).includes(value);
}

/** The chosen sheets in workbook order, whatever order they were picked in, without repeats. */
export function orderSheets(sheets: Iterable<ReportSheetId>): ReportSheetId[] {
  const chosen = new Set(sheets);
  return REPORT_SHEETS.filter((id) => chosen.has(id));
}
