import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { pngFileName } from './exportChart';
import { heatColor } from './heatColor';
import { heatmapPng } from './heatmapPng';
import { CHARTER_ARTICLES, type CharterArticle, type RegionKey, type Stats } from '../../shared/stats';

interface Props {
  title: string;
  stats: Stats;
  regions: RegionKey[];
  regionName(region: RegionKey): string;
  onSelect(region: RegionKey, article: CharterArticle): void;
}

/**
 * UCLG region × Charter article as a table of buttons: AG Charts' heat map is an Enterprise series, and a table
 * is what a keyboard and a screen reader handle best anyway. Each cell opens its policies in the register.
 */
export function CoverageHeatmap({ title, stats, regions, regionName, onSelect }: Props) {
  const { t } = useTranslation('dashboard');
  const { platform } = useServices();
  const headingId = useId();
  const [exporting, setExporting] = useState(false);
  const exportPng = async () => {
    setExporting(true);
    try {
      const rows = regions.map((key) => ({ key, name: regionName(key) }));
      const data = await heatmapPng(title, stats, rows, t('axis.region'));
      await platform.saveFile({ suggestedName: pngFileName(title), data, filters: [{ name: 'PNG', extensions: ['png'] }] });
    } finally {
      setExporting(false);
    }
  };
  const max = Math.max(0, ...regions.flatMap((r) => CHARTER_ARTICLES.map((a) => stats.regionByCharterArticle[r][a])));
  return (
    <section className="dashboard-card heatmap-card" aria-labelledby={headingId}>
      <div className="card-head">
        <button type="button" className="no-print" disabled={exporting} aria-label={t('exportPngOf', { chart: title })} onClick={() => void exportPng()}>
          {t('exportPng')}
        </button>
      </div>
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
