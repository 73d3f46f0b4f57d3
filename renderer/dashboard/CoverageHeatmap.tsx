import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHARTER_ARTICLES, type CharterArticle, type RegionKey, type Stats } from '../../shared/stats';

interface Props {
  title: string;
  stats: Stats;
  regions: RegionKey[];
  regionName(region: RegionKey): string;
  onSelect(region: RegionKey, article: CharterArticle): void;
}

/** Shade of a cell: white for nothing, the brand blue for the busiest cell. */
export function heatColor(count: number, max: number): { background: string; color: string } {
  if (count === 0 || max === 0) return { background: '#ffffff', color: '#8a94a3' };
  const share = count / max;
  const mix = (from: number, to: number) => Math.round(from + (to - from) * (0.15 + 0.85 * share));
  return { background: `rgb(${mix(230, 29)}, ${mix(238, 78)}, ${mix(248, 137)})`, color: share > 0.5 ? '#ffffff' : '#1b2430' };
}

/**
 * UCLG region × Charter article as a table of buttons: AG Charts' heat map is an Enterprise series, and a table
 * is what a keyboard and a screen reader handle best anyway. Each cell opens its policies in the register.
 */
export function CoverageHeatmap({ title, stats, regions, regionName, onSelect }: Props) {
  const { t } = useTranslation('dashboard');
  const headingId = useId();
  const max = Math.max(0, ...regions.flatMap((r) => CHARTER_ARTICLES.map((a) => stats.regionByCharterArticle[r][a])));
  return (
    <section className="dashboard-card heatmap-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {title}
      </h2>
      <div className="heatmap-scroll">
        <table className="heatmap">
          <thead>
            <tr>
              <th scope="col">{t('axis.region')}</th>
              {CHARTER_ARTICLES.map((a) => (
                <th key={a} scope="col" title={t('articleLong', { code: a })}>
                  {a}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {regions.map((region) => (
              <tr key={region}>
                <th scope="row">{regionName(region)}</th>
                {CHARTER_ARTICLES.map((article) => {
                  const count = stats.regionByCharterArticle[region][article];
                  return (
                    <td key={article}>
                      <button
                        type="button"
                        style={heatColor(count, max)}
                        aria-label={t('heatmapCell', { region: regionName(region), article: t('articleLong', { code: article }), count })}
                        onClick={() => onSelect(region, article)}
                      >
                        {count}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
