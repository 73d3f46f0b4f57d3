import type { GridState } from 'ag-grid-community';

const KEY = 'hrmap.register.gridState';

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

export function saveGridState(state: GridState): void {
  const { columnSizing, columnOrder, columnVisibility, columnPinning, sort, filter } = state;
  localStorage.setItem(KEY, JSON.stringify({ columnSizing, columnOrder, columnVisibility, columnPinning, sort, filter }));
}
