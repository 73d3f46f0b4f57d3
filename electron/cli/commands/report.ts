import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { buildReport } from '../../../shared/report/buildReport';
import { parseScopeArg, type ReportScope } from '../../../shared/report/scope';
import { isReportPreset, isReportSheetId, REPORT_SHEETS, type ReportPreset, type ReportSheetId } from '../../../shared/report/sheets';
import { writeReportFile } from '../../services/reportFile';
import { readWorkspaceFile } from '../../services/workspaceFile';
import { UsageError, type CliCommand } from '../command';
import { cliT } from '../i18n';

/**
 * `hrmap report WORKSPACE --out FILE.xlsx [--preset council|congress] [--sheets summary,matrix,…]
 * [--scope city=NAME|region=NAME] [--lang en|fr|es]`: the same workbook the app exports, streamed to disk.
 */
export const reportCommand: CliCommand = {
  name: 'report',
  usage: (lang) => cliT('report', lang)('report:cli.usage'),
  summary: (lang) => cliT('report', lang)('report:cli.summary'),
  async run(rest, io, lang) {
    const t = cliT('report', lang);
    let out: string | null = null;
    let preset: ReportPreset | 'custom' = 'congress';
    let sheets: ReportSheetId[] | undefined;
    let scope: ReportScope = { kind: 'all' };
    const paths: string[] = [];
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i]!;
      const eq = arg.indexOf('=');
      const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
      const value = () => (arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : (rest[++i] ?? ''));
      if (name === '--out' || name === '-o') out = value();
      else if (name === '--preset') {
        const v = value();
        if (!isReportPreset(v)) throw new UsageError(t('report:cli.badPreset', { value: v }));
        preset = v;
      } else if (name === '--sheets') {
        const list = value().split(',').map((s) => s.trim()).filter(Boolean);
        const bad = list.find((s) => !isReportSheetId(s));
        if (bad !== undefined || list.length === 0) throw new UsageError(t('report:cli.badSheets', { value: bad ?? '', known: REPORT_SHEETS.join(', ') }));
        sheets = list as ReportSheetId[];
        preset = 'custom';
      } else if (name === '--scope') {
        const parsed = parseScopeArg(value());
        if (!parsed.ok) throw new UsageError(t(`report:cli.${parsed.error}`, { value: parsed.value }));
        scope = parsed.scope;
      } else if (arg.startsWith('-')) throw new UsageError(t('report:cli.unknownOption', { value: arg }));
      else paths.push(arg);
    }
    if (paths.length !== 1) throw new UsageError(t('report:cli.needWorkspace'));
    if (!out) throw new UsageError(t('report:cli.needOut'));
    if (!/\.xlsx$/i.test(out)) throw new UsageError(t('report:cli.outNotXlsx', { path: out }));

    const workspace = await readWorkspaceFile(paths[0]!);
    const model = buildReport(workspace, builtinCatalog(), { scope, preset, sheets, lang, t, now: new Date() });
    if (model.policies === 0) {
      io.err(`hrmap report: ${t('report:cli.noPolicies', { scope: model.scope })}`);
      return 1;
    }
    await writeReportFile(model, out);
    io.out(t('report:cli.written', { path: out, sheets: model.sheets.length, policies: model.policies, links: model.links }));
    return 0;
  },
};
