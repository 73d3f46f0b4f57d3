import type { GridState } from 'ag-grid-community';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { i18nOptions } from '../../../shared/i18n/catalogues';
import { registerColumns } from '../../../renderer/register/columns';
import { changedGridState, columnDefaults } from '../../../renderer/register/gridState';
import { LinkTimes } from '../../../renderer/register/registerRows';

const SELECTION = 'ag-Grid-SelectionColumn';

describe('remembered grid layout', () => {
  const i18n = i18next.createInstance();
  // Synchronous: the catalogues are bundled.
  void i18n.init({ ...i18nOptions('en'), initAsync: false });
  const defs = registerColumns(i18n.t, 'en', new LinkTimes());
  const defaults = columnDefaults(defs);
  const ids = defaults.order;
  /** The state the grid reports for the default layout (it adds its selection column). */
  const asGridReports = (): GridState => ({
    columnOrder: { orderedColIds: [SELECTION, ...ids] },
    columnSizing: { columnSizingModel: [{ colId: SELECTION, width: 44 }, ...ids.map((colId) => ({ colId, width: defaults.widths[colId] }))] },
    columnVisibility: { hiddenColIds: [] },
    columnPinning: { leftColIds: [SELECTION, 'title'], rightColIds: [] },
  });

  it('the default layout puts the title first, then where and what the policy is, the description near the end', () => {
    expect(ids.slice(0, 8)).toEqual(['title', 'city', 'country', 'region', 'sector', 'status', 'startYear', 'description']);
    expect(defaults.pinnedLeft).toEqual(['title']);
    expect(defs.find((d) => d.field === 'title')?.lockVisible).toBe(true);
  });

  it('keeps nothing of a layout the person has not changed, so a later default still reaches them', () => {
    expect(changedGridState(asGridReports(), defaults)).toEqual({});
  });

  it('keeps only what differs: a width, a hidden column, a new order, the pinning, the sort and the filters', () => {
    const state = asGridReports();
    state.columnSizing!.columnSizingModel.find((c) => c.colId === 'city')!.width = 220;
    state.columnVisibility = { hiddenColIds: ['sector'] };
    state.sort = { sortModel: [{ colId: 'startYear', sort: 'desc' }] };
    state.filter = { filterModel: { city: { filterType: 'text', type: 'contains', filter: 'a' } } };
    expect(changedGridState(state, defaults)).toEqual({
      columnSizing: { columnSizingModel: [{ colId: 'city', width: 220 }] },
      columnVisibility: { hiddenColIds: ['sector'] },
      sort: state.sort,
      filter: state.filter,
    });
    const moved = asGridReports();
    moved.columnOrder = { orderedColIds: [SELECTION, 'title', 'country', 'city', ...ids.slice(3)] };
    moved.columnPinning = { leftColIds: [SELECTION, 'title', 'city'], rightColIds: [] };
    expect(changedGridState(moved, defaults)).toEqual({ columnOrder: moved.columnOrder, columnPinning: moved.columnPinning });
  });
});
