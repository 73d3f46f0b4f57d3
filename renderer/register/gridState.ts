import type { ColDef, GridState } from 'ag-grid-community';

const KEY = 'hrmap.register.gridState';

/** The register's own layout, from its column definitions: what the person has not changed. */
export interface ColumnDefaults {
  order: string[];
  widths: Record<string, number>;
  pinnedLeft: string[];
}

/** Columns the grid makes itself (the selection checkboxes) are not the person's layout. */
const isGridColumn = (colId: string) => colId.startsWith('ag-Grid');

export function columnDefaults(defs: readonly ColDef[]): ColumnDefaults {
  const id = (d: ColDef) => d.colId ?? d.field ?? '';
  return {
    order: defs.map(id),
    widths: Object.fromEntries(defs.flatMap((d) => (d.width ? [[id(d), d.width]] : []))),
    pinnedLeft: defs.filter((d) => d.pinned === 'left').map(id),
  };
}

/**
 * Column widths, order, visibility, pinning, sort and column filters, remembered in this browser profile
 * (per installation, like a window size). Selection and scroll position are not kept.
 */
export function loadGridState(): GridState | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return undefined;
    const state = JSON.parse(raw) as GridState;
    return typeof state === 'object' && state ? state : undefined;
  } catch {
    return undefined;
  }
}

export function saveGridState(state: GridState, defaults: ColumnDefaults): void {
  localStorage.setItem(KEY, JSON.stringify(changedGridState(state, defaults)));
}

/**
 * The part of the grid's state the person chose: the layout only where it differs from the defaults, so a
 * better default layout in a later version still reaches everyone who has not arranged the columns.
 */
export function changedGridState(state: GridState, defaults: ColumnDefaults): GridState {
  const { columnSizing, columnOrder, columnVisibility, columnPinning, sort, filter } = state;
  const own = (ids: readonly string[] = []) => ids.filter((id) => !isGridColumn(id));
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const sized = columnSizing?.columnSizingModel.filter((c) => !isGridColumn(c.colId) && c.width !== undefined && c.width !== defaults.widths[c.colId]);
  const pinnedDefault = columnPinning && same(own(columnPinning.leftColIds), defaults.pinnedLeft) && !own(columnPinning.rightColIds).length;
  return {
    ...(columnOrder && !same(own(columnOrder.orderedColIds), defaults.order) ? { columnOrder } : {}),
    ...(sized?.length ? { columnSizing: { columnSizingModel: sized } } : {}),
    ...(columnVisibility?.hiddenColIds.length ? { columnVisibility } : {}),
    ...(columnPinning && !pinnedDefault ? { columnPinning } : {}),
    ...(sort ? { sort } : {}),
    ...(filter ? { filter } : {}),
  };
}
