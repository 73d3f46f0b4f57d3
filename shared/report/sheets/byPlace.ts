import type { Policy } from '../../model/policy';
import { REGIONS } from '../../model/policy';
import type { Cell, ReportColumn, ReportSheet } from '../model';
import { WIDTH, type ReportContext } from '../context';
import { cityKey } from '../../stats/stats';

interface Place {
  level: 'region' | 'city';
  region: Policy['region'];
  city: string;
  country: string;
  /** Per article or goal: the policies linked to it (or to one of its parts) and the number of links. */
  items: Map<string, { policies: Set<string>; links: number }>;
}

/**
 * Policies and links per article or goal (actions and targets count for their article or goal), for each region
 * and then for each city or territory of the region: one row per place and item, ready for a pivot table.
 */
export function byPlaceSheet(ctx: ReportContext): ReportSheet {
  const { t } = ctx;
  const regions = new Map<string, Place>();
  const cities = new Map<string, Place>();
  for (const p of ctx.policies) {
    const region = regions.get(p.region) ?? { level: 'region', region: p.region, city: '', country: '', items: new Map() };
    regions.set(p.region, region);
    const key = `${p.region}|${cityKey(p.city)}`;
    const city = cities.get(key) ?? { level: 'city', region: p.region, city: p.city, country: p.country, items: new Map() };
    cities.set(key, city);
    for (const link of ctx.linksByPolicy.get(p.id)!) {
      const root = ctx.rootId(link.itemId);
      for (const place of [region, city]) {
        const entry = place.items.get(root) ?? { policies: new Set<string>(), links: 0 };
        entry.policies.add(p.id);
        entry.links++;
        place.items.set(root, entry);
      }
    }
  }
  const regionOrder = (r: string) => (r === '' ? REGIONS.length : REGIONS.indexOf(r as (typeof REGIONS)[number]));
  const places: Place[] = [];
  for (const region of [...regions.values()].sort((a, b) => regionOrder(a.region) - regionOrder(b.region))) {
    places.push(region);
    const own = [...cities.values()].filter((c) => c.region === region.region && c.items.size > 0);
    own.sort((a, b) => cityKey(a.city).localeCompare(cityKey(b.city), ctx.lang));
    places.push(...own);
  }
  const withItems = places.filter((p) => p.items.size > 0);
  const rowCount = withItems.reduce((n, p) => n + p.items.size, 0);

  const col = ctx.column.bind(ctx);
  return {
    id: 'byPlace',
    name: t('report:sheets.byPlace'),
    above: [],
    columns: [
      col('level', 'text', false, 18),
      col('region', 'text', false, 20),
      col('city', 'text', true),
      col('country', 'text', true, 16),
      col('framework', 'text', false, 28),
      col('code', 'code', false, 9),
      col('item', 'longText', false, 40),
      col('policies', 'count', false),
      col('links', 'count', false),
    ],
    rowCount,
    charts: [
      { firstColumn: 7, lastColumn: 7 },
      { firstColumn: 8, lastColumn: 8 },
    ],
    frozenColumns: 0,
    *rows() {
      for (const place of withItems) {
        for (const id of ctx.sortItemIds(place.items.keys())) {
          const entry = place.items.get(id)!;
          const item = ctx.itemInfo(id);
          const row: Cell[] = [
            ctx.label(`report:level.${place.level}`),
            ctx.region(place.region),
            place.city,
            place.country,
            item.framework,
            item.code,
            item.title,
            entry.policies.size,
            entry.links,
          ];
          yield row;
        }
      }
    },
  };
}
