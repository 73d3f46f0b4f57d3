import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { frameworkCounts } from '../../../shared/frameworks/counts';
import { pickText } from '../../../shared/model/lang';
import type { CliCommand } from '../command';
import { cliT } from '../i18n';
import { parseCommandArgs } from '../options';
import { formatTable } from '../table';
import { searchT } from './search';

export const frameworksCommand: CliCommand = {
  name: 'frameworks',
  usage: (lang) => cliT('search', lang)('cli.frameworksUsage'),
  summary: (lang) => cliT('search', lang)('cli.frameworksSummary'),
  async run(args, io, lang) {
    const { values } = parseCommandArgs({ args, options: { json: { type: 'boolean' } } }, lang);
    const catalog = builtinCatalog();
    const list = catalog.frameworks.map((f) => ({
      id: f.id,
      name: pickText(f.name, lang).value,
      version: f.version,
      languages: f.languages,
      source: f.source,
      counts: frameworkCounts(catalog, f.id),
    }));
    if (values.json) {
      io.out(JSON.stringify(list, null, 2));
      return 0;
    }
    const t = searchT(lang);
    io.out(
      formatTable(
        [t('cli.item'), t('cli.name'), t('cli.version'), t('cli.languages'), t('cli.contents')],
        list.map((f) => [
          f.id,
          f.name,
          f.version,
          f.languages.join(', '),
          Object.entries(f.counts)
            .map(([kind, count]) => t(`counts.${kind}`, { count }))
            .join(', '),
        ]),
        [10, 50, 24, 12, 40],
      ),
    );
    return 0;
  },
};
