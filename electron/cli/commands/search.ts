import { builtinCatalog } from '../../../shared/frameworks/builtin';
import type { Lang } from '../../../shared/model/lang';
import { search, type SearchHit } from '../../../shared/search/search';
import { indexFor } from '../../../shared/search/searchIndex';
import { frameworkLabel, type SearchTranslate } from '../../../shared/suggest/reasonText';
import { UsageError, type CliCommand } from '../command';
import { cliT, decimalFormat } from '../i18n';
import { frameworksOption, parseCommandArgs, wholeNumber } from '../options';
import { formatTable } from '../table';

export const searchCommand: CliCommand = {
  name: 'search',
  usage: (lang) => cliT('search', lang)('cli.searchUsage'),
  summary: (lang) => cliT('search', lang)('cli.searchSummary'),
  async run(args, io, lang) {
    const t = searchT(lang);
    const { values, positionals } = parseCommandArgs(
      {
        args,
        allowPositionals: true,
        options: { framework: { type: 'string', multiple: true }, limit: { type: 'string' }, json: { type: 'boolean' } },
      },
      lang,
    );
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError(t('cli.missingQuery'));
    const catalog = builtinCatalog();
    const hits = search(indexFor(catalog), query, {
      lang,
      frameworks: frameworksOption(values.framework, catalog.frameworks.map((f) => f.id), lang),
      limit: values.limit === undefined ? 10 : wholeNumber(values.limit, '--limit', 1, 1000, lang),
    });
    if (values.json) io.out(JSON.stringify(hits.map(toJson), null, 2));
    else io.out(hits.length ? hitsTable(hits, t, lang) : t('cli.noResults', { query }));
    return 0;
  },
};

/** The "search" namespace in one language, as a plain function. */
export function searchT(lang: Lang): SearchTranslate {
  const t = cliT('search', lang);
  return (key, vars) => t(key, vars ?? {});
}

/** What scripts get: the hit without highlight ranges. */
export function toJson(hit: SearchHit) {
  const { matches: _matches, ...rest } = hit;
  return rest;
}

function hitsTable(hits: SearchHit[], t: SearchTranslate, lang: Lang): string {
  const score = decimalFormat(lang);
  return formatTable(
    [t('cli.item'), t('cli.framework'), t('cli.title'), t('cli.score')],
    hits.map((h) => [h.code, frameworkLabel(t, h.framework), h.fallback ? `${h.title} ${t('cli.untranslated')}` : h.title, score(h.score)]),
    [12, 12, 70, 5],
  );
}
