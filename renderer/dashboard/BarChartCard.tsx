import { AG_CHARTS_LOCALE_EN_US, AG_CHARTS_LOCALE_ES_ES, AG_CHARTS_LOCALE_FR_FR } from 'ag-charts-locale';
import { AllCommunityModule, ModuleRegistry, type AgCartesianChartOptions, type AgChartInstance } from 'ag-charts-community';
import { AgCharts } from 'ag-charts-react';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { exportChartPng, pngFileName } from './exportChart';

ModuleRegistry.registerModules([AllCommunityModule]);

const CHART_LOCALES: Record<string, Record<string, string>> = { en: AG_CHARTS_LOCALE_EN_US, fr: AG_CHARTS_LOCALE_FR_FR, es: AG_CHARTS_LOCALE_ES_ES };

/** One bar: what it counts, in the user's language, and how many policies. */
export interface Bar {
  key: string;
  /** Short axis label: "Art. XI". */
  label: string;
  /** Full name for tooltips, tables and the register banner: "Charter article XI: Right to clean water and to food". */
  longLabel: string;
  count: number;
}

export const COLORS = { bar: '#1d4e89', gap: '#b3261e', gapFill: '#f3d6d3' };

interface Props {
  title: string;
  axisTitle: string;
  /** Title of the category axis, when its labels are bare codes (I…XII, 1…17). */
  categoryTitle?: string;
  bars: Bar[];
  /** Long labels read better across than under the bars. */
  horizontal?: boolean;
  height?: number;
  /** The gap call-out under the chart, already worded; null when there are no gaps; absent for charts without gaps. */
  gapsText?: string | null;
  /** What the bars count, for tooltips and the list: policies (default) or cities and territories. */
  counting?: 'policies' | 'cities';
  onSelect(bar: Bar): void;
}

/**
 * A bar chart card: the chart (with its title, so exported PNGs say what they show), the gap call-out, a PNG export
 * button and the same figures as a table of buttons, for keyboard and screen-reader users.
 */
export function BarChartCard({ title, axisTitle, categoryTitle, bars, horizontal = false, height = 320, gapsText, counting = 'policies', onSelect }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const { platform } = useServices();
  const chartRef = useRef<AgChartInstance>(null);
  const [exporting, setExporting] = useState(false);
  const headingId = useId();

  const options = useMemo<AgCartesianChartOptions>(() => {
    const number = new Intl.NumberFormat(i18n.language);
    const max = Math.max(1, ...bars.map((b) => b.count));
    return {
      data: bars,
      title: { text: title, fontSize: 15, fontWeight: 600, textAlign: 'left' },
      height,
      locale: { localeText: CHART_LOCALES[i18n.language] ?? AG_CHARTS_LOCALE_EN_US },
      animation: { enabled: false },
      series: [
        {
          type: 'bar',
          direction: horizontal ? 'horizontal' : 'vertical',
          xKey: 'label',
          yKey: 'count',
          yName: axisTitle,
          cursor: 'pointer',
          cornerRadius: 3,
          itemStyler: ({ datum }) => ({ fill: (datum as Bar).count === 0 ? COLORS.gap : COLORS.bar }),
          label: {
            enabled: true,
            placement: 'outside-end',
            fontSize: 11,
            formatter: ({ value }) => number.format(Number(value)),
          },
          tooltip: {
            renderer: ({ datum }) => ({
              heading: (datum as Bar).longLabel,
              data: [{ label: axisTitle, value: number.format((datum as Bar).count) }],
            }),
          },
          listeners: { seriesNodeClick: ({ datum }) => onSelect(datum as Bar) },
        },
      ],
      axes: {
        x: {
          type: 'category',
          position: horizontal ? 'left' : 'bottom',
          // Group names are long in French and Spanish: give them room and wrap them rather than cut them.
          maxThicknessRatio: 0.5,
          label: { fontSize: 11, wrapping: 'on-space', maxWidth: 230 },
          ...(categoryTitle ? { title: { text: categoryTitle, fontSize: 12 } } : {}),
        },
        y: {
          type: 'number',
          position: horizontal ? 'bottom' : 'left',
          min: 0,
          max: Math.ceil(max * 1.12),
          title: { text: axisTitle, fontSize: 12 },
          interval: { minSpacing: 40 },
          label: { formatter: ({ value }) => (Number.isInteger(value) ? number.format(Number(value)) : '') },
        },
      },
    };
  }, [bars, title, axisTitle, categoryTitle, horizontal, height, i18n.language, onSelect]);

  const exportPng = async () => {
    if (!chartRef.current) return;
    setExporting(true);
    try {
      await exportChartPng(chartRef.current, platform, pngFileName(title));
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className="dashboard-card" aria-labelledby={headingId}>
      <div className="card-head">
        <h2 id={headingId} className="visually-hidden">
          {title}
        </h2>
        <button type="button" className="no-print" disabled={exporting} aria-label={t('exportPngOf', { chart: title })} onClick={() => void exportPng()}>
          {t('exportPng')}
        </button>
      </div>
      <div className="chart-host" style={{ height }}>
        <AgCharts ref={chartRef} options={options} />
      </div>
      {gapsText !== undefined && <p className={gapsText ? 'gaps-callout' : 'gaps-callout none'}>{gapsText ?? t('gaps.none')}</p>}
      <details className="figures no-print">
        <summary>{t('table.show')}</summary>
        <ul className="figure-list">
          {bars.map((bar) => (
            <li key={bar.key}>
              <button type="button" onClick={() => onSelect(bar)} aria-label={t(counting === 'cities' ? 'tooltipCities' : 'tooltip', { label: bar.longLabel, count: bar.count })}>
                <span>{bar.longLabel}</span>
                <span className={bar.count === 0 ? 'figure-count gap' : 'figure-count'}>{bar.count}</span>
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
