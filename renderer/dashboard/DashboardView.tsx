import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RIGHTS_HOLDER_GROUPS } from '../../shared/model/groups';
import { isLang, pickText } from '../../shared/model/lang';
import { CHARTER_ARTICLES, policyIdsFor, REGION_KEYS, SDG_GOALS, type RegionKey, type StatsSelection } from '../../shared/stats';
import { useRegisterFilter } from '../app/registerFilter';
import { useServices } from '../app/services';
import { useUntranslatedLabel } from '../ui/Untranslated';
import { BarChartCard, type Bar } from './BarChartCard';
import { CampaignProgress } from './CampaignProgress';
import { CoverageHeatmap } from './CoverageHeatmap';
import { useDashboardData } from './useDashboardData';
import './dashboard.css';

type SelectableBar = Bar & { selection: StatsSelection };

/**
 * The coverage dashboard: what the register's policies are mapped to, whom they serve, and how far the
 * "10, 100, 1000 Human Rights Cities" campaign has come. Every figure comes from shared/stats and updates live.
 */
export function DashboardView() {
  const { t, i18n } = useTranslation(['dashboard', 'common', 'groups']);
  const data = useDashboardData();
  const { showInRegister } = useRegisterFilter();
  const lang = isLang(i18n.language) ? i18n.language : 'en';
  const number = useMemo(() => new Intl.NumberFormat(lang), [lang]);
  const list = useMemo(() => new Intl.ListFormat(lang, { type: 'conjunction' }), [lang]);
  const marked = useUntranslatedLabel();
  // Titles from the installed frameworks (a revised or imported pack may lack a translation: then it is marked).
  const { catalog } = useServices();
  const regionName = useCallback(
    (region: RegionKey) => (region === 'unassigned' ? t('dashboard:unassignedRegion') : t(`common:regions.${region}`)),
    [t],
  );

  const select = useCallback(
    (bar: Bar) => {
      if (!data) return;
      const { selection, longLabel } = bar as SelectableBar;
      showInRegister({ label: longLabel, policyIds: new Set(policyIdsFor(data.input, selection)) });
    },
    [data, showInRegister],
  );

  const charts = useMemo(() => {
    if (!data) return null;
    const { stats } = data;
    // "Charter article XI: Right to water", marked when the title is the English fallback.
    const titled = (long: string, itemId: string) => {
      const title = pickText(catalog.item(itemId)?.title, lang);
      return title.value ? marked(t('dashboard:titled', { label: long, title: title.value }), title.fallback) : long;
    };
    const charter: SelectableBar[] = CHARTER_ARTICLES.map((code) => ({
      key: code,
      label: code,
      longLabel: titled(t('dashboard:articleLong', { code }), `charter:${code}`),
      count: stats.byCharterArticle[code],
      selection: { kind: 'charterArticle', article: code },
    }));
    const sdg: SelectableBar[] = SDG_GOALS.map((code) => ({
      key: code,
      label: code,
      longLabel: titled(t('dashboard:goalLong', { code }), `sdg:${code}`),
      count: stats.bySdgGoal[code] ?? 0,
      selection: { kind: 'sdgGoal', goal: code },
    }));
    const groups: SelectableBar[] = RIGHTS_HOLDER_GROUPS.map((group) => ({
      key: group,
      label: t(`groups:names.${group}`),
      longLabel: t(`groups:names.${group}`),
      count: stats.byGroup[group],
      selection: { kind: 'group', group },
    }));
    const regions = REGION_KEYS.filter((r) => r !== 'unassigned' || stats.byRegion.unassigned.policies > 0);
    const campaignRegions: SelectableBar[] = regions.map((region) => ({
      key: region,
      label: regionName(region),
      longLabel: t('dashboard:campaignRegionLabel', { region: regionName(region) }),
      count: stats.campaign.byRegion[region],
      // The bar counts cities with a mapped policy: clicking it shows those mapped policies, not the whole region.
      selection: { kind: 'campaignRegion', region },
    }));
    const gaps = (bars: Bar[], key: 'charter' | 'sdg' | 'groups', short = (b: Bar) => b.label) => {
      const empty = bars.filter((b) => b.count === 0);
      return empty.length ? t(`dashboard:gaps.${key}`, { list: list.format(empty.map(short)) }) : null;
    };
    return {
      charter,
      sdg,
      groups,
      regions,
      campaignRegions,
      charterGaps: gaps(charter, 'charter', (b) => t('dashboard:articleLabel', { code: b.key })),
      sdgGaps: gaps(sdg, 'sdg', (b) => t('dashboard:goalLabel', { code: b.key })),
      groupGaps: gaps(groups, 'groups'),
    };
  }, [data, t, lang, list, catalog, regionName, marked]);

  if (!data || !charts) {
    return (
      <section className="dashboard" aria-busy="true">
        <p>{t('common:loading')}</p>
      </section>
    );
  }
  const { stats } = data;
  const figures: [string, number][] = [
    [t('dashboard:cards.policies'), stats.policies],
    [t('dashboard:cards.mappedPolicies'), stats.mappedPolicies],
    [t('dashboard:cards.cities'), stats.cities],
    [t('dashboard:cards.campaignCities'), stats.campaign.cities],
  ];

  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <div className="toolbar" role="toolbar" aria-label={t('dashboard:title')}>
        <h1 id="dashboard-title">{t('dashboard:title')}</h1>
        <span className="hint">{t('dashboard:clickHint')}</span>
        <button type="button" className="no-print push-right" onClick={() => window.print()}>
          {t('dashboard:print')}
        </button>
      </div>
      {stats.policies === 0 && <p className="dashboard-empty">{t('dashboard:empty')}</p>}
      <dl className="figure-cards">
        {figures.map(([label, value]) => (
          <div key={label} className="figure-card">
            <dt>{label}</dt>
            <dd>{number.format(value)}</dd>
          </div>
        ))}
      </dl>
      {stats.policies > stats.mappedPolicies && (
        <button
          type="button"
          className="link-button no-print"
          onClick={() =>
            showInRegister({ label: t('dashboard:unmappedLabel'), policyIds: new Set(policyIdsFor(data.input, { kind: 'unmapped' })) })
          }
        >
          {t('dashboard:showUnmapped', { count: stats.policies - stats.mappedPolicies })}
        </button>
      )}
      <div className="dashboard-grid">
        <BarChartCard
          title={t('dashboard:charts.charter')}
          axisTitle={t('dashboard:axis.policies')}
          categoryTitle={t('dashboard:axis.article')}
          bars={charts.charter}
          gapsText={charts.charterGaps}
          onSelect={select}
        />
        <BarChartCard
          title={t('dashboard:charts.sdg')}
          axisTitle={t('dashboard:axis.policies')}
          categoryTitle={t('dashboard:axis.goal')}
          bars={charts.sdg}
          gapsText={charts.sdgGaps}
          onSelect={select}
        />
        <BarChartCard
          title={t('dashboard:charts.groups')}
          axisTitle={t('dashboard:axis.policies')}
          bars={charts.groups}
          horizontal
          height={440}
          gapsText={[charts.groupGaps, stats.withoutGroup > 0 ? t('dashboard:withoutGroup', { count: stats.withoutGroup }) : null].filter(Boolean).join(' · ') || null}
          onSelect={select}
        />
        <CoverageHeatmap
          title={t('dashboard:charts.heatmap')}
          stats={stats}
          regions={charts.regions}
          regionName={regionName}
          onSelect={(region, article) =>
            showInRegister({
              label: `${regionName(region)}, ${t('dashboard:articleLong', { code: article })}`,
              policyIds: new Set(policyIdsFor(data.input, { kind: 'regionArticle', region, article })),
            })
          }
        />
        <CampaignProgress stats={stats} milestones={data.milestones} />
        <BarChartCard
          title={t('dashboard:charts.campaignRegions')}
          axisTitle={t('dashboard:axis.cities')}
          bars={charts.campaignRegions}
          counting="cities"
          horizontal
          onSelect={select}
        />
      </div>
    </section>
  );
}
