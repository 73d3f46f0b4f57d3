import { DEFAULT_DEMO_POLICIES, generateDemoWorkspace } from '../../../shared/workspace/demo';
import { writeWorkspaceFile } from '../../services/workspaceFile';
import { UsageError, type CliCommand } from '../command';
import { cliT } from '../i18n';
import { parseCommandArgs, wholeNumber } from '../options';
import { frameworkVersions, knownItem } from '../catalog';

export const demoCommand: CliCommand = {
  name: 'demo',
  usage: (lang) => cliT('workspace', lang)('cli.demoUsage'),
  summary: (lang) => cliT('workspace', lang)('cli.demoSummary'),
  async run(args, io, lang) {
    const t = cliT('workspace', lang);
    const { values } = parseCommandArgs({ args, options: { policies: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } }, strict: true }, lang);
    if (!values.out) throw new UsageError(t('cli.missingOut'));
    const policies = values.policies === undefined ? DEFAULT_DEMO_POLICIES : wholeNumber(values.policies, '--policies', 0, 1_000_000, lang);
    const seed = values.seed === undefined ? 1 : /^\d+$/.test(values.seed) ? Number(values.seed) : values.seed;
    const workspace = generateDemoWorkspace({ policies, seed, exists: knownItem(), frameworks: frameworkVersions() });
    await writeWorkspaceFile(values.out, workspace);
    io.out(t('cli.demoWritten', { policies: workspace.policies.length, links: workspace.links.length, file: values.out }));
    return 0;
  },
};
