import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { POLICY_STATUSES, REGIONS } from '../../shared/model/policy';
import { lastChange, type RegisterRow } from './registerRows';

/**
 * Column definitions of the register; headers and value labels come from the catalogues. `mappingColumns`
 * (one per framework, and the links count) come right after the title, where an analyst works.
 */
export function registerColumns(t: TFunction, lang: string, mappingColumns: ColDef<RegisterRow>[] = []): ColDef<RegisterRow>[] {
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const label = (key: string) => (p: ValueFormatterParams<RegisterRow, string>) => (p.value ? t(`common:${key}.${p.value}`) : '');
  return [
    { field: 'title', headerName: t('register:columns.title'), editable: true, pinned: 'left', width: 300, filter: 'agTextColumnFilter' },
    ...mappingColumns,
    { field: 'city', headerName: t('register:columns.city'), editable: true, width: 160, filter: 'agTextColumnFilter' },
    { field: 'country', headerName: t('register:columns.country'), editable: true, width: 150, filter: 'agTextColumnFilter' },
    {
      field: 'region',
      headerName: t('register:columns.region'),
      editable: true,
      width: 180,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: ['', ...REGIONS] },
      valueFormatter: label('regions'),
      filter: 'agTextColumnFilter',
      filterValueGetter: (p) => (p.data?.region ? t(`common:regions.${p.data.region}`) : ''),
    },
    { field: 'sector', headerName: t('register:columns.sector'), editable: true, width: 160, filter: 'agTextColumnFilter' },
    {
      field: 'status',
      headerName: t('register:columns.status'),
      editable: true,
      width: 130,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: ['', ...POLICY_STATUSES] },
      valueFormatter: label('statuses'),
      filter: 'agTextColumnFilter',
      filterValueGetter: (p) => (p.data?.status ? t(`common:statuses.${p.data.status}`) : ''),
    },
    { field: 'startYear', headerName: t('register:columns.startYear'), editable: true, width: 120, filter: 'agNumberColumnFilter', cellEditor: 'agTextCellEditor' },
    {
      field: 'description',
      headerName: t('register:columns.description'),
      editable: true,
      width: 420,
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
      valueGetter: (p) => (p.data ? lastChange(p.data) : ''),
      width: 170,
      valueFormatter: (p) => (p.value ? dateFormat.format(new Date(p.value)) : ''),
      filter: false,
    },
  ];
}
