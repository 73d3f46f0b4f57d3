import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { frameworkCounts } from '../../../shared/frameworks/counts';
import { translate } from '../../../shared/i18n/translate';
import { pickText } from '../../../shared/model/lang';
import type { CliCommand } from '../command';
import { langOption, parseCommandArgs } from '../options';
import { formatTable } from '../table';

export const frameworksCommand: CliCommand = {
  name: 'frameworks',
  usage: 'hrmap frameworks [--lang en|fr|es] [--json]',
  summary: 'List the reference frameworks with their version, languages and number of articles, goals and targets.',
  async run(args, io) {
    const { values } = parseCommandArgs({ args, options: { lang: { type: 'string' }, json: { type: 'boolean' } } });
    const lang = langOption(values.lang);
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
    const t = (key: string, vars?: Record<string, number>) => translate(lang, 'search', key, vars);
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
