import type { Policy } from '../../model/policy';
import { REGIONS } from '../../model/policy';
import type { Cell, ReportSheet } from '../model';
import type { ReportContext } from '../context';
import { cityKey } from '../../stats/stats';

/** Policies linked to an item and the number of links, in one place. */
interface Count {
  policies: number;
  links: number;
  /** The policy counted last: a policy's links come one after another, so a policy is counted once without a set. */
  last: string;
}

interface Place {
  level: 'region' | 'city';
  region: Policy['region'];
  city: string;
  country: string;
  /**
   * Per item: an article or goal counts the links to it and to its actions or targets (the roll-up); an action
   * or target, the links to it alone.
   */
  items: Map<string, Count>;
}

function count(place: Place, itemId: string, policyId: string): void {
  let entry = place.items.get(itemId);
  if (!entry) place.items.set(itemId, (entry = { policies: 0, links: 0, last: '' }));
  if (entry.last !== policyId) {
    entry.policies++;
    entry.last = policyId;
  }
  entry.links++;
}

/**
 * Policies and links per framework item, for each region and then for each city or territory of the region:
 * one row per place and item, ready for a pivot table. Each article or goal comes first, rolled up (a policy
 * linked to one of its targets counts for the goal), then each of its actions or targets that has links; the
 * Kind column tells them apart, so a filter on it never counts a link twice.
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
        count(place, root, p.id);
        if (root !== link.itemId) count(place, link.itemId, p.id);
      }
    }
  }
  const regionOrder = (r: string) => (r === '' ? REGIONS.length : REGIONS.indexOf(r as (typeof REGIONS)[number]));
  const places: Place[] = [];
  for (const region of [...regions.values()].sort((a, b) => regionOrder(a.region) - regionOrder(b.region))) {
    places.push(region);
    const own = [...cities.values()].filter((c) => c.region === region.region);
    own.sort((a, b) => cityKey(a.city).localeCompare(cityKey(b.city), ctx.lang));
    places.push(...own);
  }
  const withItems = places.filter((p) => p.items.size > 0);
  const rowCount = withItems.reduce((n, p) => n + p.items.size, 0);

  const col = ctx.column.bind(ctx);
  return {
    id: 'byPlace',
    name: t('report:sheets.byPlace'),
    above: [{ role: 'note', cells: [t('report:byPlace.note')] }],
    columns: [
      col('level', 'text', false, 18),
      col('region', 'text', false, 20),
      col('city', 'text', true),
      col('country', 'text', true, 16),
      col('framework', 'text', false, 28),
      col('kind', 'text', false, 11),
      col('code', 'code', false, 9),
      col('parent', 'code', false, 9),
      col('item', 'longText', false, 40),
      col('policies', 'count', false),
      col('links', 'count', false),
    ],
    rowCount,
    charts: [
      { firstColumn: 9, lastColumn: 9 },
      { firstColumn: 10, lastColumn: 10 },
    ],
    frozenColumns: 0,
    *rows() {
      for (const place of withItems) {
        // Catalogue order lists each article or goal just before its actions or targets.
        for (const id of ctx.sortItemIds(place.items.keys())) {
          const entry = place.items.get(id)!;
          const item = ctx.itemInfo(id);
          const known = ctx.catalog.item(id);
          const row: Cell[] = [
            ctx.label(`report:level.${place.level}`),
            ctx.region(place.region),
            place.city,
            place.country,
            item.framework,
            known ? ctx.label(`report:kinds.${known.kind}`) : '',
            item.code,
            known?.parentId ? ctx.code(known.parentId) : '',
            item.title,
            entry.policies,
            entry.links,
          ];
          yield row;
        }
      }
    },
  };
}
