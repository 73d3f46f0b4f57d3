import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { translate } from '../../../shared/i18n/translate';
import { search, type SearchHit } from '../../../shared/search/search';
import { indexFor } from '../../../shared/search/searchIndex';
import { UsageError, type CliCommand } from '../command';
import { frameworksOption, langOption, limitOption, parseCommandArgs } from '../options';
import { formatTable } from '../table';

export const searchCommand: CliCommand = {
  name: 'search',
  usage: 'hrmap search QUERY [--lang en|fr|es] [--framework charter|udhr|sdg] [--limit N] [--json]',
  summary: 'Search the Charter-Agenda, the UDHR and the SDGs (codes such as "11.7" or "Art. 25" go straight to the item).',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs({
      args,
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        framework: { type: 'string', multiple: true },
        limit: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError('a QUERY is needed');
    const catalog = builtinCatalog();
    const lang = langOption(values.lang);
    const hits = search(indexFor(catalog), query, {
      lang,
      frameworks: frameworksOption(values.framework, catalog.frameworks.map((f) => f.id)),
      limit: limitOption(values.limit, 10),
    });
    if (values.json) {
      io.out(JSON.stringify(hits.map(toJson), null, 2));
      return 0;
    }
    io.out(hits.length ? hitsTable(hits, lang) : translate(lang, 'search', 'cli.noResults', { query }));
    return 0;
  },
};

/** What scripts get: the hit without highlight ranges. */
export function toJson(hit: SearchHit) {
  const { matches: _matches, ...rest } = hit;
  return rest;
}

export function hitsTable(hits: SearchHit[], lang: Parameters<typeof translate>[0], extra?: { header: string; cells: string[] }): string {
  const t = (key: string) => translate(lang, 'search', key);
  const headers = [t('cli.item'), t('cli.framework'), t('cli.title'), t('cli.score'), ...(extra ? [extra.header] : [])];
  const rows = hits.map((h, i) => [
    h.code,
    frameworkLabel(lang, h.framework),
    h.fallback ? `${h.title} ${t('cli.untranslated')}` : h.title,
    h.score.toFixed(2),
    ...(extra ? [extra.cells[i] ?? ''] : []),
  ]);
  return formatTable(headers, rows, [12, 10, 70, 5, 60]);
}

/** "Charter", "DUDH", "ODS"…; an imported framework without a short name shows its id. */
export function frameworkLabel(lang: Parameters<typeof translate>[0], id: string): string {
  const key = `frameworkShort.${id}`;
  const label = translate(lang, 'search', key);
  return label === key ? id : label;
}
