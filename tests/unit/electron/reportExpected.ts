import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { CATALOGUES } from '../../../shared/i18n/catalogues';
import type { FrameworkItem } from '../../../shared/model/framework';
import { RIGHTS_HOLDER_GROUPS } from '../../../shared/model/groups';
import type { Lang, LocalizedText } from '../../../shared/model/lang';
import type { Link } from '../../../shared/model/link';
import { REGIONS, type Policy } from '../../../shared/model/policy';
import { comparable, type Row } from './reportRows';

/*
 * What every sheet of a Congress dossier must hold, worked out here from the workspace and the catalogues
 * alone, without the report's own code (shared/report, shared/stats), so a test that compares a workbook read
 * back by SheetJS with these rows checks that code rather than repeats it. Used by the CLI's tests (Node) and,
 * through printExpectedCongress.ts, by the app's export test (Chromium, the worker's output).
 */

export { comparable, type Row } from './reportRows';

export interface ReportSource {
  name: string;
  policies: readonly Policy[];
  links: readonly Link[];
}

const catalog = builtinCatalog();
const rank = new Map(catalog.items.map((item, i) => [item.id, i]));

/** What a cell can hold: characters XML 1.0 forbids are dropped. */
export const clean = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));
const fold = (city: string) => city.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().trim().replace(/\s+/g, ' ');

function rootOf(id: string): string {
  let item = catalog.item(id);
  while (item?.parentId && catalog.item(item.parentId)) item = catalog.item(item.parentId);
  return item?.id ?? id;
}

/** Every sheet of the Congress dossier: its name in `lang` and its rows, in workbook order. */
export function expectedCongress(source: ReportSource, lang: Lang, now: Date): { name: string; rows: Row[] }[] {
  const L = CATALOGUES[lang];
  const R = L.report;
  const col = R.columns;
  const localized = (text: LocalizedText | undefined) => {
    const own = text?.[lang];
    if (own) return own;
    const en = text?.en ?? '';
    return en ? fill(R.untranslated, { text: en }) : '';
  };
  const frameworkName = (id: string) => {
    const f = catalog.framework(id);
    return (f && (f.name[lang] || f.name.en)) || id;
  };
  const region = (r: string) => (r ? L.common.regions[r as keyof typeof L.common.regions] : R.noRegion);
  const code = (id: string) => catalog.item(id)?.code ?? id.slice(id.indexOf(':') + 1);
  const byCatalogue = (a: string, b: string) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);

  const policies = source.policies;
  const linksOf = new Map<string, Link[]>(policies.map((p) => [p.id, []]));
  for (const link of source.links) linksOf.get(link.policyId)?.push(link);
  const links = policies.flatMap((p) => linksOf.get(p.id)!);
  const top = (frameworkId: string, kind: FrameworkItem['kind']) => catalog.itemsOf(frameworkId).filter((i) => i.parentId === null && i.kind === kind);
  const matrixItems = [...top('charter', 'article'), ...top('sdg', 'goal')];
  const policiesUnder = (rootId: string) => new Set(links.filter((l) => rootOf(l.itemId) === rootId).map((l) => l.policyId)).size;
  const share = (count: number) => (policies.length ? count / policies.length : 0);
  const title = fill(R.workbook.title, { preset: R.presets.congress });

  // Summary
  const coverage = [
    ...matrixItems.map((item) => ({ kind: item.frameworkId, label: frameworkName(item.frameworkId), code: item.code, name: localized(item.title), count: policiesUnder(item.id) })),
    ...RIGHTS_HOLDER_GROUPS.map((g) => ({ kind: 'groups', label: col.groups, code: '', name: L.groups.names[g], count: policies.filter((p) => p.groups.includes(g)).length })),
  ];
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const gaps = ['charter', 'sdg', 'groups']
    .map((kind) => coverage.filter((c) => c.kind === kind && c.count === 0))
    .filter((rows) => rows.length > 0)
    .map((rows) => fill(R.summary.gapsList, { framework: rows[0]!.label, list: list.format(rows.map((r) => r.code || r.name)) }));
  const linked = new Set(links.map((l) => l.policyId));
  const summary: Row[] = [
    [title],
    [R.summary.scope, R.scope.all],
    [R.summary.date, new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(now)],
    [R.summary.workspace, source.name.trim() || R.untitledWorkspace],
    [R.summary.policies, policies.length],
    [R.summary.mappedPolicies, policies.filter((p) => linked.has(p.id)).length],
    [R.summary.cities, new Set(policies.map((p) => fold(p.city)).filter(Boolean)).size],
    [R.summary.regions, new Set(policies.map((p) => p.region).filter(Boolean)).size],
    ...catalog.frameworks.map((f) => [fill(R.summary.links, { framework: frameworkName(f.id) }), links.filter((l) => l.itemId.startsWith(`${f.id}:`)).length]),
    [R.summary.gaps, gaps.length ? gaps.join(' · ') : R.summary.gapsNone],
    [],
    [R.summary.coverage],
    [col.framework, col.code, col.item, col.policies, col.share, col.bar, col.gap],
    ...coverage.map((c) => [c.label, c.code, c.name, c.count, share(c.count), '█'.repeat(Math.round(share(c.count) * 20)), c.count ? '' : R.summary.gap]),
  ];

  // Policies
  const policyRows: Row[] = [
    [col.id, col.title, col.city, col.country, col.region, col.sector, col.status, col.startYear, col.description, col.groups, col.createdAt, col.updatedAt, ...catalog.frameworks.map((f) => fill(col.codes, { framework: frameworkName(f.id) }))],
    ...policies.map((p) => [
      p.id,
      p.title,
      p.city,
      p.country,
      p.region ? region(p.region) : '',
      p.sector,
      p.status ? L.common.statuses[p.status as keyof typeof L.common.statuses] : '',
      p.startYear,
      p.description,
      RIGHTS_HOLDER_GROUPS.filter((g) => p.groups.includes(g)).map((g) => L.groups.names[g]).join('; '),
      p.createdAt,
      p.updatedAt,
      ...catalog.frameworks.map((f) =>
        linksOf
          .get(p.id)!
          .map((l) => l.itemId)
          .filter((id) => id.startsWith(`${f.id}:`))
          .sort(byCatalogue)
          .map(code)
          .join('; '),
      ),
    ]),
  ];

  // Links
  const policyById = new Map(policies.map((p) => [p.id, p]));
  const linkRows: Row[] = [
    [col.id, col.title, col.city, col.region, col.framework, col.code, col.itemTitle, col.strength, col.rationale, col.author, col.updatedAt],
    ...links.map((l) => {
      const p = policyById.get(l.policyId)!;
      const item = catalog.item(l.itemId);
      return [p.id, p.title, p.city, region(p.region), frameworkName(l.itemId.split(':')[0]!), code(l.itemId), item ? localized(item.title) : '', R.strength[l.strength], l.rationale, l.author, l.updatedAt];
    }),
  ];

  // Matrix
  const marks = policies.map((p) =>
    matrixItems.map((item) => {
      const strengths = linksOf.get(p.id)!.filter((l) => rootOf(l.itemId) === item.id).map((l) => l.strength);
      return strengths.includes('primary') ? 2 : strengths.length ? 1 : null;
    }),
  );
  const section: Row = [null, null, null, null, ...matrixItems.map((item, i) => (i === 0 || matrixItems[i - 1]!.frameworkId !== item.frameworkId ? frameworkName(item.frameworkId) : null))];
  const matrix: Row[] = [
    [R.matrix.legend],
    section,
    [R.matrix.totalLabel, null, null, null, ...matrixItems.map((_, c) => marks.filter((m) => m[c] !== null).length), marks.filter((m) => m.some((v) => v !== null)).length],
    [col.id, col.title, col.city, col.region, ...matrixItems.map((i) => i.code), col.mappedItems],
    ...policies.map((p, i) => [p.id, p.title, p.city, region(p.region), ...marks[i]!, marks[i]!.filter((m) => m !== null).length]),
  ];

  // By region and city: for each place, every article or goal reached (its parts included) and every part linked.
  const byPlace: Row[] = [[R.byPlace.note], [col.level, col.region, col.city, col.country, col.framework, col.kind, col.code, col.parent, col.item, col.policies, col.links]];
  const regionIds = [...REGIONS, ''].filter((r) => policies.some((p) => p.region === r));
  for (const r of regionIds) {
    const inRegion = policies.filter((p) => p.region === r);
    const cityKeys = [...new Set(inRegion.map((p) => fold(p.city)))].sort((a, b) => a.localeCompare(b, lang));
    const places = [
      { level: R.level.region, city: '', country: '', members: inRegion },
      ...cityKeys.map((key) => {
        const members = inRegion.filter((p) => fold(p.city) === key);
        return { level: R.level.city, city: members[0]!.city, country: members[0]!.country, members };
      }),
    ];
    for (const place of places) {
      const placeLinks = place.members.flatMap((p) => linksOf.get(p.id)!);
      const ids = new Set(placeLinks.flatMap((l) => [rootOf(l.itemId), l.itemId]));
      for (const id of [...ids].sort(byCatalogue)) {
        const hits = placeLinks.filter((l) => l.itemId === id || (rootOf(l.itemId) === id && rootOf(id) === id));
        const item = catalog.item(id);
        byPlace.push([
          place.level,
          region(r),
          place.city,
          place.country,
          frameworkName(id.split(':')[0]!),
          item ? R.kinds[item.kind] : '',
          code(id),
          item?.parentId ? code(item.parentId) : '',
          item ? localized(item.title) : '',
          new Set(hits.map((l) => l.policyId)).size,
          hits.length,
        ]);
      }
    }
  }

  // Frameworks: the matrix's columns, every linked item and what it is part of.
  const used = new Set(matrixItems.map((i) => i.id));
  for (const link of links) for (let item = catalog.item(link.itemId); item; item = item.parentId ? catalog.item(item.parentId) : undefined) used.add(item.id);
  const frameworks: Row[] = [
    [col.framework, col.code, col.kind, col.itemTitle, col.parent, col.text, col.officialText, col.officialSource],
    ...[...used].sort(byCatalogue).map((id) => {
      const item = catalog.item(id)!;
      // The source recorded for the language of the official wording shown (the report's, else English, else any).
      const wording = item.officialText;
      const shown = wording?.[lang] ? lang : wording?.en ? 'en' : (['en', 'fr', 'es'] as const).find((l) => wording?.[l]);
      const from = shown ? item.officialSource?.[shown] : undefined;
      return [
        frameworkName(item.frameworkId), item.code, R.kinds[item.kind], localized(item.title), item.parentId ? code(item.parentId) : '', localized(item.text),
        wording ? localized(wording) : '', from ? fill(R.officialSource, { source: from.source, version: from.version }) : '',
      ];
    }),
  ];

  const sheets: [keyof typeof R.sheets, Row[]][] = [
    ['summary', summary],
    ['policies', policyRows],
    ['links', linkRows],
    ['matrix', matrix],
    ['byPlace', byPlace],
    ['frameworks', frameworks],
  ];
  return sheets.map(([id, rows]) => ({ name: R.sheets[id], rows: comparable(rows.map((row) => row.map((v) => (typeof v === 'string' ? clean(v) : v)))) }));
}
