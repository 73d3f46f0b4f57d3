import type { GridApi, TabToNextCellParams } from 'ag-grid-community';
import { useCallback, useRef, type RefObject } from 'react';
import { firstFocusable, focusFirstIn, focusWhenReady, useFocusRegions } from '../ui/focusRegions';

/** In the mapping panel, the picker that adds a link: where F6 and Alt+M land. */
const PANEL_PICKER = 'input[role="combobox"]';

/**
 * Tab moves along a row; at the row's last cell it leaves the grid (to the mapping panel, next on the page)
 * and Shift+Tab at its first cell goes back to the bars above, instead of wrapping through every row.
 * While a cell is being edited, Tab keeps the grid's own behaviour (on to the next cell, still editing).
 */
export function tabToNextCell<T>(p: TabToNextCellParams<T>) {
  const next = p.nextCellPosition;
  if (p.editing) return next ?? false;
  const previous = p.previousCellPosition;
  return next && next.rowIndex === previous.rowIndex && next.rowPinned === previous.rowPinned ? next : false;
}

export interface RegisterRegions {
  /** The whole register section; what is in it above the grid (toolbar, filters, selection actions) is one region. */
  section: RefObject<HTMLElement | null>;
  toolbar: RefObject<HTMLDivElement | null>;
  gridHost: RefObject<HTMLDivElement | null>;
  /** A box-less wrapper of the mapping panel. */
  panel: RefObject<HTMLDivElement | null>;
}

/**
 * The register's keyboard: F6 / Shift+F6 go round the toolbar, the grid (its current cell) and the mapping
 * panel (its picker); Alt+M opens the panel if needed and goes to its picker, choosing the first row when none is.
 */
export function useRegisterKeyboard<T>(apiRef: RefObject<GridApi<T> | null>, panelId: string | null, openPanel: () => void): RegisterRegions {
  const section = useRef<HTMLElement>(null);
  const toolbar = useRef<HTMLDivElement>(null);
  const gridHost = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelIdRef = useRef(panelId);
  panelIdRef.current = panelId;

  /** Focuses the grid's current cell, or the first row's title; false when no row is shown. */
  const focusGrid = useCallback((): boolean => {
    const api = apiRef.current;
    const count = api?.getDisplayedRowCount() ?? 0;
    if (!api || count === 0) return false;
    const cell = api.getFocusedCell();
    const rowIndex = cell && cell.rowIndex < count ? cell.rowIndex : 0;
    api.ensureIndexVisible(rowIndex);
    api.setFocusedCell(rowIndex, cell?.column ?? 'title', cell?.rowPinned);
    return true;
  }, [apiRef]);

  const goToPanel = useCallback(() => {
    openPanel();
    // Focusing a row chooses its policy, and the panel shows it.
    if (!panelIdRef.current && !focusGrid()) return;
    focusWhenReady(() => firstFocusable(panel.current, PANEL_PICKER));
  }, [openPanel, focusGrid]);

  useFocusRegions(
    () => [
      { contains: (el) => !!section.current?.contains(el) && !gridHost.current?.contains(el), focus: () => focusFirstIn(toolbar.current) },
      { contains: (el) => !!gridHost.current?.contains(el), focus: focusGrid },
      { contains: (el) => !!panel.current?.contains(el), focus: () => focusFirstIn(panel.current, PANEL_PICKER) },
    ],
    { 'Alt+KeyM': goToPanel },
  );
  return { section, toolbar, gridHost, panel };
}
