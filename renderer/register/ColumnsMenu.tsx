import type { GridApi } from 'ag-grid-community';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { MenuButton, type MenuChoice } from '../ui/MenuButton';

const RESET = '\u0000reset';

/**
 * Shows and hides the register's columns (the community grid has no columns tool panel), and puts the
 * default layout back. What is chosen is kept with the rest of the grid's remembered state (gridState.ts).
 */
export function ColumnsMenu({ apiRef }: { apiRef: RefObject<GridApi | null> }) {
  const { t } = useTranslation('register');
  // The grid holds the truth; this only makes the menu read it again after a change.
  const [, setVersion] = useState(0);
  const choices = (): MenuChoice[] => {
    const api = apiRef.current;
    if (!api) return [];
    const columns = (api.getColumns() ?? []).filter((c) => !c.getColId().startsWith('ag-Grid'));
    return [
      ...columns.map((c) => ({
        id: c.getColId(),
        label: c.getColDef().headerName ?? c.getColId(),
        checked: c.isVisible(),
        disabled: !!c.getColDef().lockVisible,
      })),
      { id: RESET, label: t('columnsMenu.reset'), separated: true },
    ];
  };
  const choose = (id: string) => {
    const api = apiRef.current;
    if (!api) return;
    if (id === RESET) {
      // Back to the default order, widths, visibility and pinning; the sort is the person's and stays.
      const sort = api.getColumnState().filter((c) => c.sort);
      api.resetColumnState();
      if (sort.length) api.applyColumnState({ state: sort.map(({ colId, sort: s, sortIndex }) => ({ colId, sort: s, sortIndex })) });
    } else {
      const column = api.getColumn(id);
      if (column) api.setColumnsVisible([id], !column.isVisible());
    }
    setVersion((v) => v + 1);
  };
  return <MenuButton label={t('columnsMenu.label')} title={t('columnsMenu.title')} choices={choices} onChoose={choose} />;
}
