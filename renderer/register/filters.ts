import { isRightsHolderGroup } from '../../shared/model/groups';
import type { RegisterRow } from './registerRows';

/** The register's own filters (beyond column filters and the quick filter), remembered between sessions. */
export interface RegisterFilters {
  /** Only policies mapped to this item or to one of its sub-items (an article's actions, a goal's targets). */
  mappedTo: string | null;
  /** Only policies mapped to no item of this framework: the gaps. */
  gapFramework: string | null;
  city: string;
  region: string;
  status: string;
  /** Only policies that name this rights-holder group (a group id; "all-residents" is one of them). */
  group: string;
}

export const NO_FILTERS: RegisterFilters = { mappedTo: null, gapFramework: null, city: '', region: '', status: '', group: '' };

export function filtersActive(f: RegisterFilters): boolean {
  return !!(f.mappedTo || f.gapFramework || f.city || f.region || f.status || f.group);
}

/** Whether a row passes the register filters. Called once per row per filter change: keep it allocation-free. */
export function rowPasses(row: RegisterRow, f: RegisterFilters): boolean {
  if (f.city && row.city !== f.city) return false;
  if (f.region && row.region !== f.region) return false;
  if (f.status && row.status !== f.status) return false;
  // Rows written before the groups existed may have none.
  if (f.group && !row.groups?.includes(f.group)) return false;
  if (f.mappedTo) {
    const sub = `${f.mappedTo}.`;
    let found = false;
    for (const link of row.links) {
      if (link.itemId === f.mappedTo || link.itemId.startsWith(sub)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  if (f.gapFramework) {
    const prefix = `${f.gapFramework}:`;
    for (const link of row.links) if (link.itemId.startsWith(prefix)) return false;
  }
  return true;
}

/** Reads remembered filters, ignoring anything malformed. */
export function readFilters(raw: string | null): RegisterFilters {
  if (!raw) return NO_FILTERS;
  try {
    const value = JSON.parse(raw) as Partial<Record<keyof RegisterFilters, unknown>>;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    return {
      mappedTo: text(value.mappedTo) || null,
      gapFramework: text(value.gapFramework) || null,
      city: text(value.city),
      region: text(value.region),
      status: text(value.status),
      // A group id that no longer exists would hide every row without saying why.
      group: isRightsHolderGroup(value.group) ? value.group : '',
    };
  } catch {
    return NO_FILTERS;
  }
}
