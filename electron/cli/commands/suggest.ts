import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { indexFor } from '../../../shared/search/searchIndex';
import { reasonText } from '../../../shared/suggest/reasonText';
import { suggestItems } from '../../../shared/suggest/suggest';
import { UsageError, type CliCommand } from '../command';
import { frameworksOption, langOption, limitOption, parseCommandArgs } from '../options';
import { formatTable } from '../table';
import { frameworkLabel } from './search';
import { translate } from '../../../shared/i18n/translate';

export const suggestCommand: CliCommand = {
  name: 'suggest',
  usage: 'hrmap suggest --title T [--description D] [--accepted ID,...] [--framework ID] [--lang en|fr|es] [--limit N] [--json]',
  summary: 'Suggest the framework items a policy serves, from its title and description, with the reasons.',
  async run(args, io) {
    const { values } = parseCommandArgs({
      args,
      options: {
        title: { type: 'string' },
        description: { type: 'string' },
        accepted: { type: 'string', multiple: true },
        framework: { type: 'string', multiple: true },
        lang: { type: 'string' },
        limit: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const title = values.title?.trim() ?? '';
    if (!title) throw new UsageError('--title is needed');
    const catalog = builtinCatalog();
    const accepted = (values.accepted ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    for (const id of accepted) if (!catalog.has(id)) throw new UsageError(`--accepted: no item "${id}" (ids look like charter:XI, udhr:25, sdg:6.1)`);
    const lang = langOption(values.lang);
    const suggestions = suggestItems({ title, description: values.description ?? '' }, catalog, indexFor(catalog), {
      accepted,
      frameworks: frameworksOption(values.framework, catalog.frameworks.map((f) => f.id)),
      limit: limitOption(values.limit, 10),
      lang,
    });
    if (values.json) {
      io.out(JSON.stringify(suggestions.map((s) => ({ ...s, why: s.reasons.map((r) => reasonText(r, lang)) })), null, 2));
      return 0;
    }
    const t = (key: string) => translate(lang, 'search', key);
    if (!suggestions.length) {
      io.out(translate(lang, 'search', 'cli.noResults', { query: title }));
      return 0;
    }
    io.out(
      formatTable(
        [t('cli.item'), t('cli.framework'), t('cli.title'), t('cli.score'), t('cli.why')],
        suggestions.map((s) => [s.code, frameworkLabel(lang, s.framework), s.title, s.score.toFixed(2), s.reasons.map((r) => reasonText(r, lang)).join(' · ')]),
        [12, 10, 60, 5, 80],
      ),
    );
    return 0;
  },
};
