import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliT } from '../../electron/cli/i18n';
import { writeReportFile } from '../../electron/services/reportFile';
import { builtinCatalog } from '../../shared/frameworks/builtin';
import { buildReport } from '../../shared/report/buildReport';
import type { ReportModel } from '../../shared/report/model';
import type { WorkspaceFile } from '../../shared/workspace/format';
import { demoWorkspace } from '../lib/data';
import { figure } from '../lib/figures';
import { median, timeRuns } from '../lib/sample';
import type { Scenario } from '../lib/scenario';
import { deflateAll, worksheetXml } from '../peers/deflateFloor';
import { writeWithSheetjs, type PeerSheet } from '../peers/sheetjs';

/** The "Congress dossier" (every sheet) in English, as `hrmap report --preset congress` makes it; its rows are made lazily, while writing. */
function congress(workspace: WorkspaceFile): ReportModel {
  return buildReport(workspace, builtinCatalog(), { scope: { kind: 'all' }, preset: 'congress', lang: 'en', t: cliT('report', 'en'), now: new Date() });
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
      const times = await timeRuns(() => writeReportFile(congress(workspace), join(dir, 'congress.xlsx')), size);
      return [figure('report.congress_ms', median(times), 'ms', workspace.policies.length)];
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
        writeWithSheetjs(congress(workspace).sheets.map(peerSheet), join(dir, 'sheetjs.xlsx'));
      }, size);
      return [figure('report.sheetjs_ms', median(times), 'ms', workspace.policies.length, 'sheetjs')];
    });
  },
};

/**
 * The floor: zlib deflating the worksheet XML (and shared strings) of our own workbook, at deflate level 1, the
 * level our writer's zip uses (what any xlsx writer making a file of that compression must at least do).
 */
export const reportDeflateScenario: Scenario = {
  id: 'report_deflate',
  figures: ['report.deflate_floor_ms', 'report.sheet_xml_mb'],
  async run({ size }) {
    const workspace = demoWorkspace(size);
    const n = workspace.policies.length;
    return inTempDir(async (dir) => {
      const file = join(dir, 'congress.xlsx');
      await writeReportFile(congress(workspace), file);
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
