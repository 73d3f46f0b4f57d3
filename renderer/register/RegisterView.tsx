import { AG_GRID_LOCALE_EN, AG_GRID_LOCALE_ES, AG_GRID_LOCALE_FR } from '@ag-grid-community/locale';
import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type CellEditRequestEvent,
  type GridApi,
  type GridReadyEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Policy, PolicyField } from '../../shared/model/policy';
import { POLICY_FIELDS } from '../../shared/model/policy';
import { useAppCommand } from '../app/commands';
import { useServices } from '../app/services';
import { ExportReportDialog } from '../reports/ExportReportDialog';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { StatusMessage } from '../ui/StatusMessage';
import { registerColumns } from './columns';

ModuleRegistry.registerModules([AllCommunityModule]);

const GRID_LOCALES: Record<string, Record<string, string>> = {
  en: AG_GRID_LOCALE_EN,
  fr: AG_GRID_LOCALE_FR,
  es: AG_GRID_LOCALE_ES,
};

const theme = themeQuartz.withParams({
  fontSize: 13,
  headerFontWeight: 600,
  accentColor: '#1d4e89',
  rowHeight: 34,
  headerHeight: 38,
});

function isPolicyField(field: string | undefined): field is PolicyField {
  return (POLICY_FIELDS as readonly string[]).includes(field ?? '');
}

export function RegisterView() {
  const { t, i18n } = useTranslation(['register', 'common']);
  const { policies } = useServices();
  const apiRef = useRef<GridApi<Policy> | null>(null);
  const [rows, setRows] = useState<Policy[] | null>(null);
  const [counts, setCounts] = useState({ shown: 0, total: 0, selected: 0 });
  const [quickFilter, setQuickFilter] = useState('');
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'error' } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [exporting, setExporting] = useState(false);
  const openExport = useCallback(() => setExporting(true), []);
  useAppCommand('export-report', openExport);
  // The rows the grid shows now, in its order: the report's "current filter" scope.
  const shownIds = useCallback(() => {
    const ids: string[] = [];
    apiRef.current?.forEachNodeAfterFilterAndSort((node) => node.data && ids.push(node.data.id));
    return ids;
  }, []);

  // The grid is rebuilt when the language changes (its own texts are set once), so read the rows afresh then.
  useEffect(() => {
    let alive = true;
    setRows(null);
    void policies.all().then((all) => alive && setRows(all));
    return () => {
      alive = false;
    };
  }, [policies, i18n.language]);

  // Changes saved by any feature reach the grid as row transactions, never as a reload of every row.
  useEffect(
    () =>
      policies.subscribe((change) => {
        apiRef.current?.applyTransaction({ add: change.add, update: change.update, remove: change.remove.map((id) => ({ id }) as Policy) });
      }),
    [policies],
  );

  const columnDefs = useMemo(() => registerColumns(t, i18n.language), [t, i18n.language]);
  const refreshCounts = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    let total = 0;
    api.forEachNode(() => total++);
    setCounts({ shown: api.getDisplayedRowCount(), total, selected: api.getSelectedRows().length });
  }, []);

  const onCellEditRequest = useCallback(
    async (event: CellEditRequestEvent<Policy>) => {
      const field = event.colDef.field;
      if (!isPolicyField(field) || !event.data) return;
      const result = await policies.setField(event.data.id, field, event.newValue);
      if (!result.ok) {
        const fieldName = t(`register:columns.${field}`);
        setMessage({ text: t(`common:editErrors.${result.error.code}`, { field: fieldName, value: result.error.value }), tone: 'error' });
      } else {
        setMessage({ text: t('common:saved'), tone: 'info' });
      }
    },
    [policies, t],
  );

  const addPolicy = useCallback(async () => {
    const policy = await policies.add({ title: t('register:newPolicyTitle') });
    const api = apiRef.current;
    if (!api) return;
    // Clear filters that would hide the new row, then put the user in its title cell.
    setQuickFilter('');
    api.setFilterModel(null);
    const node = api.getRowNode(policy.id);
    if (node?.rowIndex != null) {
      api.ensureIndexVisible(node.rowIndex);
      api.setFocusedCell(node.rowIndex, 'title');
      api.startEditingCell({ rowIndex: node.rowIndex, colKey: 'title' });
    }
  }, [policies, t]);

  const deleteSelected = useCallback(async () => {
    setConfirmDelete(false);
    const ids = apiRef.current?.getSelectedRows().map((p) => p.id) ?? [];
    if (ids.length) await policies.remove(ids);
  }, [policies]);

  return (
    <section className="register" aria-labelledby="register-title">
      <div className="toolbar" role="toolbar" aria-label={t('register:title')}>
        <h1 id="register-title">{t('register:title')}</h1>
        <button type="button" className="primary" onClick={() => void addPolicy()}>
          {t('register:addPolicy')}
        </button>
        <button type="button" onClick={openExport}>
          {t('report:dialog.open')}
        </button>
        <button type="button" disabled={counts.selected === 0} onClick={() => setConfirmDelete(true)}>
          {t('register:deleteSelected')}
        </button>
        <input
          type="search"
          className="quick-filter"
          aria-label={t('register:quickFilter')}
          placeholder={t('register:quickFilterPlaceholder')}
          value={quickFilter}
          onChange={(event) => setQuickFilter(event.target.value)}
        />
        <span className="counts" aria-live="polite">
          {t('register:count', { count: counts.total })}
          {counts.shown !== counts.total && ` · ${t('register:shown', { shown: counts.shown, total: counts.total })}`}
        </span>
      </div>
      {message && <StatusMessage message={message.text} tone={message.tone} />}
      <div className="grid-host">
        {rows && (
          <AgGridReact<Policy>
            key={i18n.language}
            theme={theme}
            rowData={rows}
            columnDefs={columnDefs}
            // Values are parsed by the domain (parseFieldValue), not by the grid's type inference.
            defaultColDef={{ sortable: true, resizable: true, cellDataType: false }}
            getRowId={(p) => p.data.id}
            readOnlyEdit
            onCellEditRequest={(event) => void onCellEditRequest(event)}
            selectionColumnDef={{ pinned: 'left', width: 44 }}
            rowSelection={{ mode: 'multiRow', checkboxes: true, headerCheckbox: true, enableClickSelection: false }}
            quickFilterText={quickFilter}
            localeText={GRID_LOCALES[i18n.language] ?? AG_GRID_LOCALE_EN}
            overlayNoRowsTemplate={`<span>${t('register:empty')}</span>`}
            enableBrowserTooltips
            stopEditingWhenCellsLoseFocus
            onGridReady={(event: GridReadyEvent<Policy>) => {
              apiRef.current = event.api;
              refreshCounts();
            }}
            onModelUpdated={refreshCounts}
            onSelectionChanged={refreshCounts}
          />
        )}
      </div>
      <ExportReportDialog open={exporting} onClose={() => setExporting(false)} shownIds={shownIds} />
      <ConfirmDialog
        open={confirmDelete}
        message={t('register:deleteConfirm', { count: counts.selected })}
        confirmLabel={t('common:delete')}
        onConfirm={() => void deleteSelected()}
        onCancel={() => setConfirmDelete(false)}
      />
    </section>
  );
}
