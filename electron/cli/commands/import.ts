import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { applyPlanToWorkspace } from '../../../shared/import/apply';
import { ImportFileError, MAX_IMPORT_BYTES, tooLargeError } from '../../../shared/import/limits';
import { fileErrorMessage, problemMessage } from '../../../shared/import/messages';
import type { DuplicateMode } from '../../../shared/import/plan';
import { planFileImport } from '../../../shared/import/pipeline';
import type { WorkspaceFile } from '../../../shared/workspace/format';
import { emptyWorkspace } from '../../../shared/workspace/serialize';
import { readWorkspaceFile, writeWorkspaceFile } from '../../services/workspaceFile';
import { frameworkVersions, knownItem } from '../catalog';
import { UsageError, type CliCommand } from '../command';
import { errorMessage } from '../errors';
import { cliT } from '../i18n';
import { parseCommandArgs } from '../options';
import { loadXlsxNode } from '../xlsxLoader';

const SHOWN = 50;
const MODES: DuplicateMode[] = ['skip', 'update', 'add'];

export const importCommand: CliCommand = {
  name: 'import',
  usage: (lang) => cliT('import', lang)('cli.usage'),
  summary: (lang) => cliT('import', lang)('cli.summary'),
  async run(args, io, lang) {
    const t = cliT('import', lang);
    const { values, positionals } = parseCommandArgs(
      {
        args,
        allowPositionals: true,
        options: { into: { type: 'string' }, json: { type: 'boolean' }, duplicates: { type: 'string' }, sheet: { type: 'string' } },
        strict: true,
      },
      lang,
    );
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError(t('cli.missingFile'));
    if (!values.into) throw new UsageError(t('cli.missingInto'));
    const duplicates = (values.duplicates ?? 'skip') as DuplicateMode;
    if (!MODES.includes(duplicates)) throw new UsageError(t('cli.badDuplicates'));
    const json = values.json === true;
    const report = (data: object) => io.out(JSON.stringify(data, null, 2));

    const fail = (message: string, extra: object = {}): number => {
      if (json) report({ ok: false, error: message, ...extra });
      else io.err(t('cli.failed', { file: basename(file), message }));
      return 1;
    };

    // Refuse a huge file before reading it into memory.
    const size = (await stat(file)).size;
    if (size > MAX_IMPORT_BYTES) return fail(fileErrorMessage(t, tooLargeError(size)), { code: 'tooLarge' });
    const bytes = new Uint8Array(await readFile(file));

    const now = new Date().toISOString();
    let workspace: WorkspaceFile;
    let created = false;
    try {
      workspace = await readWorkspaceFile(values.into);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return fail(errorMessage(error, lang));
      workspace = emptyWorkspace(basename(values.into).replace(/\.hrmap\.json$|\.json$/, ''), now, frameworkVersions());
      created = true;
    }

    let result;
    try {
      result = await planFileImport({
        bytes,
        loadXlsx: loadXlsxNode,
        sheet: values.sheet,
        existing: workspace.policies,
        existingLinkIds: new Set(workspace.links.map((l) => l.id)),
        exists: knownItem(),
        duplicates,
        now,
        makeId: randomUUID,
        author: 'hrmap import',
      });
    } catch (error) {
      if (error instanceof ImportFileError) return fail(fileErrorMessage(t, error), { code: error.code });
      throw error;
    }
    const { plan } = result;
    if (plan.problems.length) {
      const messages = plan.problems.map((p) => problemMessage(t, p));
      if (json) {
        report({ ok: false, problems: plan.problems.map((p, i) => ({ ...p, message: messages[i] })) });
      } else {
        io.err(t('cli.problems', { count: plan.problems.length, file: basename(file) }));
        for (const m of messages.slice(0, SHOWN)) io.err(`  - ${m}`);
        if (messages.length > SHOWN) io.err(`  ${t('cli.andMore', { count: messages.length - SHOWN })}`);
      }
      return 1;
    }
    await writeWorkspaceFile(values.into, applyPlanToWorkspace(workspace, plan, now));
    const counts = { added: plan.added.length, updated: plan.updated.length, skipped: plan.skipped, links: plan.links.length };
    const linkSheet = result.linkDetails?.sheet ?? null;
    if (json) report({ ok: true, created, workspace: values.into, sheet: result.table.sheet, linkSheet, ...counts });
    else {
      if (created) io.out(t('cli.created', { file: values.into }));
      if (linkSheet) io.out(t('wizard.linkDetails', { sheet: linkSheet }));
      io.out(t('cli.done', { file: basename(file), ...counts }));
    }
    return 0;
  },
};
