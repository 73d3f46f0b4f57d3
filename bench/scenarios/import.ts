import { randomUUID } from 'node:crypto';
import { loadXlsxNode } from '../../electron/cli/xlsxLoader';
import { builtinCatalog } from '../../shared/frameworks/builtin';
import { applyPlanToWorkspace } from '../../shared/import/apply';
import { planFileImport } from '../../shared/import/pipeline';
import { emptyWorkspace } from '../../shared/workspace/serialize';
import { demoWorkspace } from '../lib/data';
import { figure } from '../lib/figures';
import { policiesXlsx } from '../lib/policyXlsx';
import { median, timeRuns } from '../lib/sample';
import type { Scenario } from '../lib/scenario';

/**
 * Importing a questionnaire .xlsx of the generated policies with mapping columns into an empty workspace,
 * as `hrmap import` does: read the workbook (exceljs), match the headers, check and plan every row, apply.
 */
export const importScenario: Scenario = {
  id: 'import',
  figures: ['import.xlsx_20k_ms'],
  memoryFigure: 'import.peak_mb',
  async run({ size }) {
    const catalog = builtinCatalog();
    const source = demoWorkspace(size);
    const bytes = new Uint8Array(policiesXlsx(source, catalog));
    const now = '2026-01-01T00:00:00.000Z';
    const times = await timeRuns(async () => {
      const empty = emptyWorkspace('bench', now);
      const { plan } = await planFileImport({
        bytes,
        loadXlsx: loadXlsxNode,
        existing: empty.policies,
        existingLinkIds: new Set(),
        exists: catalog.has,
        duplicates: 'add',
        now,
        makeId: randomUUID,
        author: 'bench',
      });
      const imported = applyPlanToWorkspace(empty, plan, now);
      if (imported.policies.length !== source.policies.length || imported.links.length !== source.links.length) {
        throw new Error(`the import kept ${imported.policies.length} of ${source.policies.length} policies and ${imported.links.length} of ${source.links.length} links (${plan.problems.length} problems)`);
      }
    }, size);
    return [figure('import.xlsx_20k_ms', median(times), 'ms', source.policies.length)];
  },
};
