import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { POLICY_STATUSES, REGIONS } from '../../shared/model/policy';
import { lastChange, type LinkTimes, type RegisterRow } from './registerRows';

/**
 * Column definitions of the register; headers and value labels come from the catalogues. The default layout
 * fits a 1440-pixel window: the title (pinned), where and what the policy is, then `mappingColumns` (one per
 * framework, the links count, the rights-holders), then the long description and the last change. The
 * person's own widths, order and hidden columns (gridState.ts) win over these.
 */
export function registerColumns(t: TFunction, lang: string, linkTimes: LinkTimes, mappingColumns: ColDef<RegisterRow>[] = []): ColDef<RegisterRow>[] {
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const label = (key: string) => (p: ValueFormatterParams<RegisterRow, string>) => (p.value ? t(`common:${key}.${p.value}`) : '');
  return [
    // The title names the row: it cannot be hidden.
    { field: 'title', headerName: t('register:columns.title'), editable: true, pinned: 'left', lockVisible: true, width: 300, tooltipField: 'title', filter: 'agTextColumnFilter' },
    { field: 'city', headerName: t('register:columns.city'), editable: true, width: 120, filter: 'agTextColumnFilter' },
    { field: 'country', headerName: t('register:columns.country'), editable: true, width: 130, filter: 'agTextColumnFilter' },
    {
      field: 'region',
      headerName: t('register:columns.region'),
      editable: true,
      width: 150,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: ['', ...REGIONS] },
      valueFormatter: label('regions'),
      tooltipValueGetter: (p) => (p.data?.region ? t(`common:regions.${p.data.region}`) : ''),
      filter: 'agTextColumnFilter',
      filterValueGetter: (p) => (p.data?.region ? t(`common:regions.${p.data.region}`) : ''),
    },
    { field: 'sector', headerName: t('register:columns.sector'), editable: true, width: 130, tooltipField: 'sector', filter: 'agTextColumnFilter' },
    {
      field: 'status',
      headerName: t('register:columns.status'),
      editable: true,
      width: 110,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: ['', ...POLICY_STATUSES] },
      valueFormatter: label('statuses'),
      filter: 'agTextColumnFilter',
      filterValueGetter: (p) => (p.data?.status ? t(`common:statuses.${p.data.status}`) : ''),
    },
    { field: 'startYear', headerName: t('register:columns.startYear'), editable: true, width: 100, filter: 'agNumberColumnFilter', cellEditor: 'agTextCellEditor' },
    ...mappingColumns,
    {
      field: 'description',
      headerName: t('register:columns.description'),
      editable: true,
      width: 400,
      cellEditor: 'agLargeTextCellEditor',
      cellEditorPopup: true,
      cellEditorParams: { maxLength: 20_000, rows: 10, cols: 60 },
      tooltipField: 'description',
      filter: 'agTextColumnFilter',
    },
    {
      // The last change to the policy or to any of its links.
      colId: 'updatedAt',
      headerName: t('register:columns.updatedAt'),
      valueGetter: (p) => (p.data ? lastChange(p.data, linkTimes) : ''),
      width: 170,
      valueFormatter: (p) => (p.value ? dateFormat.format(new Date(p.value)) : ''),
      filter: false,
    },
  ];
}
