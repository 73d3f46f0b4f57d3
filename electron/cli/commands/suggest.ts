import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { indexFor } from '../../../shared/search/searchIndex';
import { frameworkLabel, reasonText } from '../../../shared/suggest/reasonText';
import { suggestItems } from '../../../shared/suggest/suggest';
import { UsageError, type CliCommand } from '../command';
import { cliT, decimalFormat } from '../i18n';
import { frameworksOption, parseCommandArgs, wholeNumber } from '../options';
import { formatTable } from '../table';
import { searchT } from './search';

export const suggestCommand: CliCommand = {
  name: 'suggest',
  usage: (lang) => cliT('search', lang)('cli.suggestUsage'),
  summary: (lang) => cliT('search', lang)('cli.suggestSummary'),
  async run(args, io, lang) {
    const t = searchT(lang);
    const { values } = parseCommandArgs(
      {
        args,
        options: {
          title: { type: 'string' },
          description: { type: 'string' },
          accepted: { type: 'string', multiple: true },
          framework: { type: 'string', multiple: true },
          limit: { type: 'string' },
          json: { type: 'boolean' },
        },
      },
      lang,
    );
    const title = values.title?.trim() ?? '';
    if (!title) throw new UsageError(t('cli.missingTitle'));
    const catalog = builtinCatalog();
    const accepted = (values.accepted ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    for (const id of accepted) if (!catalog.has(id)) throw new UsageError(t('cli.unknownItem', { id }));
    const suggestions = suggestItems({ title, description: values.description ?? '' }, catalog, indexFor(catalog), {
      accepted,
      frameworks: frameworksOption(values.framework, catalog.frameworks.map((f) => f.id), lang),
      limit: values.limit === undefined ? 10 : wholeNumber(values.limit, '--limit', 1, 1000, lang),
      lang,
    });
    const why = (s: (typeof suggestions)[number]) => s.reasons.map((r) => reasonText(r, lang, t));
    if (values.json) io.out(JSON.stringify(suggestions.map((s) => ({ ...s, why: why(s) })), null, 2));
    else if (!suggestions.length) io.out(t('cli.noResults', { query: title }));
    else {
      const score = decimalFormat(lang);
      io.out(
        formatTable(
          [t('cli.item'), t('cli.framework'), t('cli.title'), t('cli.score'), t('cli.why')],
          suggestions.map((s) => [s.code, frameworkLabel(t, s.framework), s.fallback ? `${s.title} ${t('cli.untranslated')}` : s.title, score(s.score), why(s).join(' · ')]),
          [12, 12, 60, 5, 80],
        ),
      );
    }
    return 0;
  },
};
