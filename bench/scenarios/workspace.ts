import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkspaceFile, writeWorkspaceFile } from '../../electron/services/workspaceFile';
import { demoWorkspace } from '../lib/data';
import { figure, type Outcome } from '../lib/figures';
import { median, timeRuns } from '../lib/sample';
import type { Scenario } from '../lib/scenario';

/** Saving and opening a workspace file on disk, as the CLI and the Electron shell do (atomic write; parse and validate). */
export const workspaceScenario: Scenario = {
  id: 'workspace',
  figures: ['workspace.save_ms', 'workspace.open_ms', 'workspace.file_mb'],
  memoryFigure: 'workspace.peak_mb',
  async run({ size }) {
    const workspace = demoWorkspace(size);
    const dir = await mkdtemp(join(tmpdir(), 'hrmap-bench-'));
    try {
      const file = join(dir, 'bench.hrmap.json');
      const save = await timeRuns(() => writeWorkspaceFile(file, workspace), size);
      const open = await timeRuns(async () => {
        const opened = await readWorkspaceFile(file);
        if (opened.policies.length !== workspace.policies.length) throw new Error('the opened workspace lost policies');
      }, size);
      const bytes = (await stat(file)).size;
      const n = workspace.policies.length;
      const outcomes: Outcome[] = [
        figure('workspace.save_ms', median(save), 'ms', n),
        figure('workspace.open_ms', median(open), 'ms', n),
        figure('workspace.file_mb', bytes / 2 ** 20, 'MB', n),
      ];
      return outcomes;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
