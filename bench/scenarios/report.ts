import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliT } from '../../electron/cli/i18n';
import { writeReportFile } from '../../electron/services/reportFile';
import { builtinCatalog } from '../../shared/frameworks/builtin';
import { buildReport, reportSheetIds } from '../../shared/report/buildReport';
import type { ReportModel } from '../../shared/report/model';
import type { WorkspaceFile } from '../../shared/workspace/format';
import { demoWorkspace } from '../lib/data';
import { figure, unavailable, type Outcome } from '../lib/figures';
import { median, timeRuns } from '../lib/sample';
import type { Scenario } from '../lib/scenario';
import { deflateAll, worksheetXml } from '../peers/deflateFloor';
import { writeWithSheetjs, type PeerSheet } from '../peers/sheetjs';

interface Dossier {
  model: ReportModel;
  /** Why the dossier lacks sheets, when a sheet's builder is not ready yet; null for the whole Congress dossier. */
  missing: string | null;
}

/**
 * The "Congress dossier" (every sheet) in English, as `hrmap report --preset congress` makes it; its rows are
 * made lazily, while writing. Should a sheet's builder not be ready yet, the dossier is made of the sheets that
 * are, and the figures say so in their names.
 */
function congress(workspace: WorkspaceFile): Dossier {
  const options = { scope: { kind: 'all' } as const, lang: 'en' as const, t: cliT('report', 'en'), now: new Date() };
  try {
    return { model: buildReport(workspace, builtinCatalog(), { ...options, preset: 'congress' }), missing: null };
  } catch (error) {
    const ready = reportSheetIds({ preset: 'congress' }).filter((id) => {
      try {
        buildReport({ name: '', policies: [], links: [] }, builtinCatalog(), { ...options, preset: 'custom', sheets: [id] });
        return true;
      } catch {
        return false;
      }
    });
    return { model: buildReport(workspace, builtinCatalog(), { ...options, preset: 'custom', sheets: ready }), missing: (error as Error).message };
  }
}

/** The figure's name: the Congress dossier's, or a name saying which part of it was made. */
function dossierFigure(dossier: Dossier, name: string): string {
  return dossier.missing ? name.replace('congress', 'congress_partial') : name;
}

async function inTempDir<T>(task: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'hrmap-bench-report-'));
  try {
    return await task(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Ours: exceljs's streaming writer (electron/services/reportFile.ts), model built inside the timing. */
export const reportScenario: Scenario = {
  id: 'report',
  figures: ['report.congress_ms', 'report.peak_mb'],
  memoryFigure: 'report.peak_mb',
  async run({ size }) {
    const workspace = demoWorkspace(size);
    return inTempDir(async (dir) => {
      let dossier = congress(workspace);
      const times = await timeRuns(async () => {
        dossier = congress(workspace);
        await writeReportFile(dossier.model, join(dir, 'congress.xlsx'));
      }, size);
      const outcomes: Outcome[] = [figure(dossierFigure(dossier, 'report.congress_ms'), median(times), 'ms', workspace.policies.length)];
      if (dossier.missing) outcomes.push(unavailable('report.congress_ms', `a sheet cannot be built yet (${dossier.missing}); report.congress_partial_ms has the others`));
      return outcomes;
    });
  },
};

/** The peer in a process of its own: SheetJS writing the same rows (everything above the table, header, data). */
export const reportSheetjsScenario: Scenario = {
  id: 'report_sheetjs',
  figures: ['report.sheetjs_ms', 'report.sheetjs_peak_mb'],
  memoryFigure: 'report.sheetjs_peak_mb',
  async run({ size }) {
    const workspace = demoWorkspace(size);
    return inTempDir(async (dir) => {
      const times = await timeRuns(() => {
        writeWithSheetjs(congress(workspace).model.sheets.map(peerSheet), join(dir, 'sheetjs.xlsx'));
      }, size);
      return [figure('report.sheetjs_ms', median(times), 'ms', workspace.policies.length, 'sheetjs')];
    });
  },
};

/** The floor: zlib deflating the worksheet XML of our own workbook (what any xlsx writer must at least do). */
export const reportDeflateScenario: Scenario = {
  id: 'report_deflate',
  figures: ['report.deflate_floor_ms', 'report.sheet_xml_mb'],
  async run({ size }) {
    const workspace = demoWorkspace(size);
    const n = workspace.policies.length;
    return inTempDir(async (dir) => {
      const file = join(dir, 'congress.xlsx');
      await writeReportFile(congress(workspace).model, file);
      const parts = worksheetXml(file);
      const times = await timeRuns(() => deflateAll(parts), size);
      const bytes = parts.reduce((sum, p) => sum + p.length, 0);
      return [figure('report.deflate_floor_ms', median(times), 'ms', n, 'zlib'), figure('report.sheet_xml_mb', bytes / 2 ** 20, 'MB', n)];
    });
  },
};

function peerSheet(sheet: ReportModel['sheets'][number]): PeerSheet {
  return {
    name: sheet.name,
    widths: sheet.columns.map((c) => c.width),
    *rows() {
      for (const row of sheet.above) yield row.cells;
      yield sheet.columns.map((c) => c.header);
      yield* sheet.rows();
    },
  };
}
