import type { TFunction } from 'i18next';
import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { RIGHTS_HOLDER_GROUPS } from '../../../shared/model/groups';
import { groupNames } from '../../../shared/model/groupsText';
import type { Lang } from '../../../shared/model/lang';
import { CHARTER_ARTICLES, parseMilestones, REGION_KEYS, SDG_GOALS, workspaceStats, type Stats } from '../../../shared/stats';
import { readWorkspaceFile } from '../../services/workspaceFile';
import { UsageError, type CliCommand } from '../command';
import { cliT } from '../i18n';

/** `hrmap stats WORKSPACE [--json] [--lang en|fr|es] [--milestones 10,100,1000]`: the dashboard's figures. */
export const statsCommand: CliCommand = {
  name: 'stats',
  usage: (lang) => cliT('dashboard', lang)('cli.usage'),
  summary: (lang) => cliT('dashboard', lang)('cli.summary'),
  async run(rest, io, lang) {
    const t = cliT('dashboard', lang);
    let json = false;
    let milestones: number[] | undefined;
    const paths: string[] = [];
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i]!;
      if (arg === '--json') json = true;
      else if (arg === '--milestones' || arg.startsWith('--milestones=')) {
        const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (rest[++i] ?? '');
        const parsed = parseMilestones(value);
        if (!parsed) throw new UsageError(t('dashboard:campaign.invalid', { value }));
        milestones = parsed;
      } else if (arg.startsWith('-')) throw new UsageError(t('dashboard:cli.unknownOption', { option: arg }));
      else paths.push(arg);
    }
    if (paths.length !== 1) throw new UsageError(t('dashboard:cli.missingPath'));
    const workspace = await readWorkspaceFile(paths[0]!);
    const stats = workspaceStats(workspace, builtinCatalog(), milestones);
    io.out(json ? JSON.stringify(stats, null, 2) : humanStats(stats, workspace.name, t, lang));
    return 0;
  },
};

/** A plain-text report: one figure per line, names in the chosen language, bars drawn with block characters. */
export function humanStats(stats: Stats, name: string, t: TFunction, lang: Lang): string {
  const number = new Intl.NumberFormat(lang);
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const bar = (n: number, max: number) => '█'.repeat(max ? Math.round((n / max) * 30) : 0);
  const table = (rows: [string, number][]) => {
    const width = Math.max(...rows.map(([label]) => label.length));
    const max = Math.max(...rows.map(([, n]) => n));
    return rows.map(([label, n]) => `  ${label.padEnd(width)}  ${number.format(n).padStart(6)}  ${bar(n, max)}`.trimEnd());
  };
  const regionName = (key: string) => (key === 'unassigned' ? t('dashboard:unassignedRegion') : t(`common:regions.${key}`));
  const articleName = (code: string) => t('dashboard:articleLabel', { code });
  const goalName = (code: string) => t('dashboard:goalLabel', { code });
  const regionRows = REGION_KEYS.filter((r) => r !== 'unassigned' || stats.byRegion.unassigned.policies > 0);
  const regionWidth = Math.max(...regionRows.map((r) => regionName(r).length));
  const gapLine = (gaps: string[]) => (gaps.length ? t('dashboard:cli.gaps', { list: list.format(gaps) }) : t('dashboard:cli.noGaps'));
  return [
    t('dashboard:cli.heading', { name }),
    '',
    t('dashboard:cli.policies', { count: stats.policies, mapped: stats.mappedPolicies }),
    t('dashboard:cli.cities', { count: stats.cities }),
    '',
    t('dashboard:cli.byRegion'),
    ...regionRows.map((r) => {
      const f = stats.byRegion[r];
      return `  ${regionName(r).padEnd(regionWidth)}  ${[f.policies, f.cities, f.mappedCities].map((n) => number.format(n).padStart(6)).join(' /')}`;
    }),
    '',
    t('dashboard:cli.byCharterArticle'),
    ...table(CHARTER_ARTICLES.map((a) => [articleName(a), stats.byCharterArticle[a]])),
    gapLine(stats.gaps.charterArticles.map(articleName)),
    '',
    t('dashboard:cli.bySdgGoal'),
    ...table(SDG_GOALS.map((g) => [goalName(g), stats.bySdgGoal[g] ?? 0])),
    gapLine(stats.gaps.sdgGoals.map(goalName)),
    '',
    t('dashboard:cli.byGroup'),
    ...table(RIGHTS_HOLDER_GROUPS.map((g) => [groupNames([g], lang)[0]!, stats.byGroup[g]])),
    t('dashboard:cli.withoutGroup', { count: stats.withoutGroup }),
    stats.gaps.groups.length ? t('dashboard:gaps.groups', { list: list.format(groupNames(stats.gaps.groups, lang)) }) : t('dashboard:cli.noGaps'),
    '',
    t('dashboard:cli.campaign', { cities: stats.campaign.cities }),
    ...stats.campaign.milestones.map((m) =>
      t('dashboard:cli.milestone', {
        target: m.target,
        year: stats.campaign.year,
        state: m.reached ? t('dashboard:cli.reached') : t('dashboard:cli.toGo', { remaining: m.remaining }),
      }),
    ),
    stats.campaign.nextMilestone === null ? t('dashboard:cli.allReached') : t('dashboard:cli.next', { target: stats.campaign.nextMilestone }),
  ].join('\n');
}
