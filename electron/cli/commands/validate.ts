import { readFile } from 'node:fs/promises';
import { workspaceReadMessage } from '../../../shared/workspace/parse';
import { checkWorkspace, readWorkspaceText } from '../../../shared/workspace/serialize';
import { UsageError, type CliCommand } from '../command';
import { errorMessage } from '../errors';
import { cliT } from '../i18n';
import { knownItem } from '../catalog';
import { parseCommandArgs } from '../options';

const SHOWN = 20;

export const validateCommand: CliCommand = {
  name: 'validate',
  usage: (lang) => cliT('workspace', lang)('cli.validateUsage'),
  summary: (lang) => cliT('workspace', lang)('cli.validateSummary'),
  async run(args, io, lang) {
    const t = cliT('workspace', lang);
    const { positionals } = parseCommandArgs({ args, allowPositionals: true, options: {}, strict: true }, lang);
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError(t('cli.missingFile'));
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      io.err(errorMessage(error, lang));
      return 1;
    }
    const parsed = readWorkspaceText(text);
    if (!parsed.ok) {
      io.err(t('cli.cannotRead', { file, message: workspaceReadMessage(t, parsed.problem) }));
      return 1;
    }
    const ws = parsed.workspace;
    const problems = checkWorkspace(ws, knownItem());
    if (problems.length) {
      io.err(t('cli.invalid', { file, count: problems.length }));
      for (const p of problems.slice(0, SHOWN)) io.err(`  - ${t(`problems.${p.code}`, { id: p.id, detail: p.detail })}`);
      if (problems.length > SHOWN) io.err(`  ${t('cli.andMore', { count: problems.length - SHOWN })}`);
      return 1;
    }
    io.out(t('cli.valid', { file, policies: ws.policies.length, links: ws.links.length, changes: ws.changes.length }));
    return 0;
  },
};
