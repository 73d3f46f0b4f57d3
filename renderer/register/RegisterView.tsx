import { AG_GRID_LOCALE_EN, AG_GRID_LOCALE_ES, AG_GRID_LOCALE_FR } from '@ag-grid-community/locale';
import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type CellEditRequestEvent,
  type CellFocusedEvent,
  type ColDef,
  type GetRowIdParams,
  type RowSelectionOptions,
  type SelectionColumnDef,
  type StateUpdatedEvent,
  type GridApi,
  type GridReadyEvent,
  type IRowNode,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang, type Lang } from '../../shared/model/lang';
import { POLICY_FIELDS, type Policy, type PolicyField, type PolicyStatus } from '../../shared/model/policy';
import { useServices } from '../app/services';
import { HistoryButtons } from '../mapping/HistoryButtons';
import { itemChip } from '../mapping/itemViews';
import { MappingPanel } from '../mapping/MappingPanel';
import { ImportButton } from '../import/ImportButton';
import { useAppCommand } from '../app/commands';
import { ExportReportDialog } from '../reports/ExportReportDialog';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { StatusMessage } from '../ui/StatusMessage';
import { BulkBar } from './BulkBar';
import { registerColumns } from './columns';
import { ColumnsMenu } from './ColumnsMenu';
import { GroupBulkActions } from './GroupBulkActions';
import { GROUPS_COLUMN, groupsColumn, saveGroupsEdit } from './groupsColumn';
import { FilterBar } from './FilterBar';
import { filtersActive, NO_FILTERS, readFilters, rowPasses, type RegisterFilters } from './filters';
import { frameworkColumns, frameworkOfColumn, linksCountColumn } from './frameworkColumns';
import { columnDefaults, loadGridState, saveGridState, type ColumnDefaults } from './gridState';
import { pasteRefusalText } from './pasteMessages';
import { parseTsv, planPaste, type PasteColumn } from './pastePlan';
import { tabToNextCell, useRegisterKeyboard } from './registerKeyboard';
import { LinkIndex, LinkTimes, type RegisterRow } from './registerRows';
import { QuickFilterText, quickFilterParts, quickFilterPasses } from './quickFilter';
import { QuickFilterBox, RowCountText, RowCounts, type LoadingTotal } from './RegisterToolbarParts';
import '../mapping/mapping.css';
import { RegisterFilterBanner, useRegisterExternalFilter } from './RegisterFilterBanner';

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
  // A little less than the default padding: a 1440-pixel window shows where, what and the mapping of each policy.
  cellHorizontalPadding: 10,
});

const FILTERS_KEY = 'hrmap.register.filters';
/** Policies shown before the whole register is read. */
const FIRST_PAGE = 100;
/** Rows whose quick-filter text is prepared per idle moment after the register is read. */
const TEXT_CHUNK = 2_000;

/** Resolves when the page is idle (no input or frame waiting), or after a second at the latest. */
function idle(): Promise<void> {
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 }));
}
// Values are parsed by the domain (parseFieldValue), not by the grid's type inference. Headers wrap rather than
// cut a name short ("City or / territory"), in every language.
const DEFAULT_COL_DEF: ColDef<RegisterRow> = { sortable: true, resizable: true, cellDataType: false, wrapHeaderText: true, autoHeaderHeight: true };
const SELECTION_COLUMN: SelectionColumnDef = { pinned: 'left', width: 44 };
const ROW_SELECTION: RowSelectionOptions<RegisterRow> = { mode: 'multiRow', checkboxes: true, headerCheckbox: true, enableClickSelection: false };
const getRowId = (p: GetRowIdParams<RegisterRow>) => p.data.id;

function isPolicyField(field: string | undefined): field is PolicyField {
  return (POLICY_FIELDS as readonly string[]).includes(field ?? '');
}

type Message = { text: string; tone: 'info' | 'error' };

export function RegisterView() {
  const { t, i18n } = useTranslation(['register', 'common', 'mapping']);
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'en';
  const services = useServices();
  const { policies, links, catalog, changes } = services;
  const apiRef = useRef<GridApi<RegisterRow> | null>(null);
  const indexRef = useRef<LinkIndex>(new LinkIndex());
  const linkTimes = useMemo(() => new LinkTimes(), []);
  /** True once the grid holds every policy (not only the first page), so its filtered rows mean what the filter selects. */
  const wholeRegisterRef = useRef(false);
  const [rows, setRows] = useState<RegisterRow[] | null>(null);
  const rowCounts = useMemo(() => new RowCounts(), []);
  const [selected, setSelected] = useState(0);
  /** The typed quick filter, split into parts (null: none); applied with the register's other filters. */
  const quickPartsRef = useRef<string[] | null>(null);
  const [quickClearKey, setQuickClearKey] = useState(0);
  const [filters, setFilters] = useState<RegisterFilters>(() => readFilters(localStorage.getItem(FILTERS_KEY)));
  const filtersRef = useRef(filters);
  const [cities, setCities] = useState<string[]>([]);
  /** While the register is still being read: how many policies there are ('counting' until that is known). */
  const [loadingTotal, setLoadingTotal] = useState<LoadingTotal>(null);
  const firstRenderedRef = useRef<(() => void) | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(0);
  const [panelId, setPanelId] = useState<string | null>(null);
  const [panelOpen, setPanelOpen] = useState(true);
  const initialState = useMemo(() => loadGridState(), [i18n.language]);

  const info = useCallback((text: string) => setMessage({ text, tone: 'info' }), []);
  const fail = useCallback((text: string) => setMessage({ text, tone: 'error' }), []);
  // The dashboard's app-level filter (a set of policy ids), combined with the register's own filters.
  const dashboardFilter = useRegisterExternalFilter(apiRef as RefObject<GridApi<Policy> | null>);
  const dashboardFilterRef = useRef(dashboardFilter);
  dashboardFilterRef.current = dashboardFilter;
  const [exporting, setExporting] = useState(false);
  const openExport = useCallback(() => setExporting(true), []);
  useAppCommand('export-report', openExport);
  // The rows the grid shows now (every filter, in its sort order): the report's "current filter" scope.
  const shownIds = useCallback(() => {
    if (!wholeRegisterRef.current) return null;
    const ids: string[] = [];
    apiRef.current?.forEachNodeAfterFilterAndSort((node) => {
      if (node.data) ids.push(node.data.id);
    });
    return ids;
  }, []);

  // The grid is rebuilt when the language changes (its own texts are set once), so read the rows afresh then.
  // Reading is staged so the first rows paint at once even with tens of thousands of policies: a first page of
  // policies, then every policy with its links (one row each in IndexedDB, so one read brings both).
  useEffect(() => {
    let alive = true;
    wholeRegisterRef.current = false;
    setRows(null);
    void (async () => {
      const firstPage = await policies.firstPage(FIRST_PAGE);
      if (!alive) return;
      const complete = firstPage.length < FIRST_PAGE;
      setRows(firstPage.map((p) => indexRef.current.rowOf(p)));
      // Counting walks the whole store (tens of milliseconds at 20,000): it waits for the first page to be shown.
      if (!complete) {
        setLoadingTotal('counting');
        void policies.count().then((total) => {
          if (alive && !wholeRegisterRef.current) setLoadingTotal(total);
        });
      }
      // Let the grid paint the first page before the long reads occupy the page.
      await Promise.race([new Promise<void>((resolve) => (firstRenderedRef.current = resolve)), new Promise((resolve) => setTimeout(resolve, 1500))]);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      if (!alive) return;
      const whole = await policies.allWithLinks();
      if (!alive) return;
      wholeRegisterRef.current = true;
      const allPolicies = whole.policies;
      const index = new LinkIndex(whole.links);
      indexRef.current = index;
      linkTimes.note(whole.links);
      setCities(distinctCities(allPolicies));
      const allRows = allPolicies.map((p) => index.rowOf(p));
      setRows(allRows);
      setLoadingTotal(null);
      // The quick filter's row texts are prepared in idle moments, so typing and scrolling come first, rather
      // than on the first keystroke.
      for (let i = 0; i < allRows.length && alive; i += TEXT_CHUNK) {
        await idle();
        for (const row of allRows.slice(i, i + TEXT_CHUNK)) quickTextRef.current.of(row);
      }
    })();
    return () => {
      alive = false;
    };
  }, [policies, i18n.language, linkTimes]);

  // Changes saved by any feature (and undo/redo) reach the grid as row transactions, never as a reload.
  useEffect(
    () =>
      policies.subscribe((change) => {
        const index = indexRef.current;
        apiRef.current?.applyTransaction({
          add: change.add.map((p) => index.rowOf(p)),
          update: change.update.map((p) => index.rowOf(p)),
          remove: change.remove.map((id) => ({ id }) as RegisterRow),
        });
        const newCities = [...change.add, ...change.update].map((p) => p.city.trim()).filter(Boolean);
        if (newCities.length) setCities((known) => (newCities.every((c) => known.includes(c)) ? known : distinctCities([...known.map((city) => ({ city })), ...newCities.map((city) => ({ city }))])));
      }),
    [policies],
  );
  useEffect(
    () =>
      links.subscribe((change) => {
        linkTimes.note([...change.add, ...change.update]);
        const now = new Date().toISOString();
        for (const link of change.remove) linkTimes.touch(link.policyId, now);
        const touched = indexRef.current.apply(change);
        const api = apiRef.current;
        if (!api) return;
        const update: RegisterRow[] = [];
        for (const id of touched) {
          const node = api.getRowNode(id);
          if (node?.data) update.push({ ...node.data, links: indexRef.current.of(id) });
        }
        if (update.length) api.applyTransaction({ update });
      }),
    [links, linkTimes],
  );

  const columnDefs = useMemo(
    () => registerColumns(t, i18n.language, linkTimes, [...frameworkColumns(t, lang, catalog), linksCountColumn(t), groupsColumn(t)]),
    [t, i18n.language, lang, catalog, linkTimes],
  );
  // The remembered layout keeps only what differs from these defaults (see gridState.ts).
  const layoutDefaults = useMemo(() => columnDefaults(columnDefs), [columnDefs]);
  const layoutDefaultsRef = useRef<ColumnDefaults>(layoutDefaults);
  layoutDefaultsRef.current = layoutDefaults;
  const onStateUpdated = useCallback((event: StateUpdatedEvent<RegisterRow>) => saveGridState(event.state, layoutDefaultsRef.current), []);
  // What the quick filter searches in each row, in the UI language (rebuilt with the columns).
  const quickText = useMemo(
    () =>
      new QuickFilterText(
        {
          region: (id) => t(`common:regions.${id}`),
          status: (id) => t(`common:statuses.${id}`),
          group: (id) => t(`groups:names.${id}`),
          item: (id) => itemChip(catalog, lang, id).label,
        },
        { ids: catalog.frameworks.map((f) => f.id), order: (id) => catalog.item(id)?.order ?? Number.MAX_SAFE_INTEGER },
      ),
    [t, lang, catalog],
  );
  const quickTextRef = useRef(quickText);
  quickTextRef.current = quickText;
  // New labels (a framework revision, official text) change what rows are searched for: filter again.
  useEffect(() => {
    if (quickPartsRef.current) apiRef.current?.onFilterChanged();
  }, [quickText]);
  const frameworkLabels = useMemo(
    () => catalog.frameworks.map((f) => ({ id: f.id, label: t(`mapping:columns.${f.id}`, { defaultValue: f.id }) })),
    [catalog, t],
  );

  const refreshCounts = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    let total = 0;
    api.forEachNode(() => total++);
    rowCounts.set(api.getDisplayedRowCount(), total);
  }, [rowCounts]);
  const refreshSelected = useCallback(() => setSelected(apiRef.current?.getSelectedNodes().length ?? 0), []);

  const isExternalFilterPresent = useCallback(
    () => quickPartsRef.current !== null || filtersActive(filtersRef.current) || dashboardFilterRef.current.isExternalFilterPresent(),
    [],
  );
  const doesExternalFilterPass = useCallback((node: IRowNode<RegisterRow>) => {
    const row = node.data;
    if (!row) return false;
    const parts = quickPartsRef.current;
    if (parts && !quickFilterPasses(quickTextRef.current.of(row), parts)) return false;
    return rowPasses(row, filtersRef.current) && dashboardFilterRef.current.doesExternalFilterPass(node);
  }, []);
  const changeQuickFilter = useCallback((typed: string) => {
    const parts = quickFilterParts(typed);
    if ((parts ?? []).join(' ') === (quickPartsRef.current ?? []).join(' ')) return;
    quickPartsRef.current = parts;
    apiRef.current?.onFilterChanged();
  }, []);

  const changeFilters = useCallback((next: RegisterFilters) => {
    filtersRef.current = next;
    setFilters(next);
    localStorage.setItem(FILTERS_KEY, JSON.stringify(next));
    apiRef.current?.onFilterChanged();
  }, []);

  const onCellEditRequest = useCallback(
    async (event: CellEditRequestEvent<RegisterRow>) => {
      if (!event.data) return;
      if (await saveGroupsEdit(event, policies)) return info(t('common:saved'));
      const frameworkId = frameworkOfColumn(event.column.getColId());
      if (frameworkId) {
        const ids = Array.isArray(event.newValue) ? (event.newValue as string[]) : [];
        await links.setFrameworkItems(event.data.id, frameworkId, ids);
        info(t('common:saved'));
        return;
      }
      const field = event.colDef.field;
      if (!isPolicyField(field)) return;
      const result = await policies.setField(event.data.id, field, event.newValue);
      if (!result.ok) {
        const fieldName = t(`register:columns.${field}`);
        fail(t(`common:editErrors.${result.error.code}`, { field: fieldName, value: result.error.value }));
      } else info(t('common:saved'));
    },
    [policies, links, t, info, fail],
  );

  const addPolicy = useCallback(async () => {
    const policy = await policies.add({ title: t('register:newPolicyTitle') });
    const api = apiRef.current;
    if (!api) return;
    // Clear filters that would hide the new row, then put the user in its title cell.
    quickPartsRef.current = null;
    setQuickClearKey((k) => k + 1);
    api.setFilterModel(null);
    if (filtersActive(filtersRef.current)) changeFilters(NO_FILTERS);
    // The quick filter is one of the grid's external filters: clearing it takes a new filter pass.
    else api.onFilterChanged();
    const node = api.getRowNode(policy.id);
    if (node?.rowIndex != null) {
      api.ensureIndexVisible(node.rowIndex);
      api.setFocusedCell(node.rowIndex, 'title');
      api.startEditingCell({ rowIndex: node.rowIndex, colKey: 'title' });
    }
  }, [policies, t, changeFilters]);

  const selectedIds = () => apiRef.current?.getSelectedNodes().flatMap((n) => (n.data ? [n.data.id] : [])) ?? [];
  const code = (itemId: string) => itemChip(catalog, lang, itemId).label;

  const bulkAdd = async (itemId: string) => {
    const ids = selectedIds();
    const count = await links.addToPolicies(ids, itemId);
    info(t('mapping:bulk.added', { count, code: code(itemId) }));
  };
  const bulkRemove = async (itemId: string) => {
    const count = await links.removeFromPolicies(selectedIds(), itemId);
    info(t('mapping:bulk.removed', { count, code: code(itemId) }));
  };
  const bulkStatus = async (status: PolicyStatus | '') => {
    const ids = selectedIds();
    await policies.setStatus(ids, status);
    info(t('mapping:bulk.statusSet', { count: ids.length }));
  };
  const deleteSelected = async () => {
    setConfirmDelete(0);
    const ids = selectedIds();
    if (!ids.length) return;
    await policies.remove(ids);
    info(t('mapping:bulk.deleted', { count: ids.length }));
  };

  /** Paste from a spreadsheet: the block lands under the focused cell, as one undoable step, or not at all. */
  const onPaste = async (event: ClipboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    const api = apiRef.current;
    if (!api) return;
    const text = event.clipboardData.getData('text/plain');
    if (!text) return;
    event.preventDefault();
    const focused = api.getFocusedCell();
    if (!focused) {
      fail(t('mapping:paste.noFocus'));
      return;
    }
    const block = parseTsv(text);
    const displayed = api.getAllDisplayedColumns();
    let start = displayed.indexOf(focused.column);
    if (displayed[start]?.getColDef().colId === 'ag-Grid-SelectionColumn' || displayed[start]?.getColId().startsWith('ag-Grid')) start++;
    const columns: PasteColumn[] = displayed.slice(Math.max(start, 0)).map((col) => {
      const colId = col.getColId();
      const field = col.getColDef().field;
      const frameworkId = frameworkOfColumn(colId);
      if (frameworkId) return { colId, kind: 'framework', frameworkId };
      if (colId === GROUPS_COLUMN) return { colId, kind: 'groups' };
      if (isPolicyField(field) && col.getColDef().editable) return { colId, kind: 'field', field };
      return { colId, kind: 'readOnly' };
    });
    const rowsUnder: RegisterRow[] = [];
    for (let i = 0; i < block.length; i++) {
      const node = api.getDisplayedRowAtIndex(focused.rowIndex + i);
      if (!node?.data) break;
      rowsUnder.push(node.data);
    }
    const author = await links.author();
    const now = policies.now();
    const fullLinks = await links.forPolicies(rowsUnder.map((r) => r.id));
    const plan = planPaste(block, {
      rows: rowsUnder,
      columns,
      itemExists: catalog.has,
      linksOf: (policyId) => fullLinks.filter((l) => l.policyId === policyId),
      newPolicy: () => policies.draft(),
      newLink: (policyId, itemId) => links.draft(policyId, itemId, author, {}, now),
      now,
    });
    if (plan.problems.length) {
      fail(pasteRefusalText(t, plan.problems, (colId) => api.getColumn(colId)?.getColDef().headerName ?? colId));
      return;
    }
    await changes.change('mapping:history.paste', () => plan.ops);
    info(t('mapping:paste.done', { rows: block.length, updated: plan.updated, added: plan.added }));
  };

  // Props handed to the grid keep their identity between renders: a new object would make the grid
  // re-apply options (and close an open editor).
  const onCellEditRequestEvent = useCallback((event: CellEditRequestEvent<RegisterRow>) => void onCellEditRequest(event), [onCellEditRequest]);
  const onGridReady = useCallback(
    (event: GridReadyEvent<RegisterRow>) => {
      apiRef.current = event.api;
      refreshCounts();
      refreshSelected();
    },
    [refreshCounts, refreshSelected],
  );
  const noRowsTemplate = useMemo(() => `<span>${t('register:empty')}</span>`, [t]);

  const onFirstDataRendered = useCallback(() => {
    firstRenderedRef.current?.();
  }, []);

  const onCellFocused = useCallback((event: CellFocusedEvent<RegisterRow>) => {
    if (event.rowIndex == null || event.rowPinned) return;
    const node = event.api.getDisplayedRowAtIndex(event.rowIndex);
    if (node?.data) setPanelId(node.data.id);
  }, []);

  const openPanel = useCallback(() => setPanelOpen(true), []);
  const regions = useRegisterKeyboard(apiRef, panelId, openPanel);

  return (
    <div className="register-layout">
      <section className="register" aria-labelledby="register-title" ref={regions.section}>
        <div className="toolbar" role="toolbar" aria-label={t('register:title')} ref={regions.toolbar}>
          <h1 id="register-title">{t('register:title')}</h1>
          <button type="button" className="primary" onClick={() => void addPolicy()}>
            {t('register:addPolicy')}
          </button>
          <HistoryButtons onDone={info} />
          <ImportButton onDone={setMessage} />
          <button type="button" onClick={openExport}>
            {t('report:dialog.open')}
          </button>
          {/* What is shown and how: kept together, on the right (under the actions when the panel narrows the bar). */}
          <div className="toolbar-end">
            <QuickFilterBox onChange={changeQuickFilter} clearKey={quickClearKey} />
            <RowCountText counts={rowCounts} loadingTotal={loadingTotal} />
            <ColumnsMenu apiRef={apiRef as RefObject<GridApi | null>} />
            <button type="button" aria-pressed={panelOpen} aria-keyshortcuts="Alt+M" title={t('mapping:panel.toggleTitle')} onClick={() => setPanelOpen((o) => !o)}>
              {t('mapping:panel.links')}
            </button>
          </div>
        </div>
        <RegisterFilterBanner />
        <FilterBar filters={filters} onChange={changeFilters} cities={cities} frameworks={frameworkLabels} />
        <div className="action-row">
          <BulkBar
            count={selected}
            onAddLink={(id) => void bulkAdd(id)}
            onRemoveLink={(id) => void bulkRemove(id)}
            onSetStatus={(s) => void bulkStatus(s)}
            onDelete={() => setConfirmDelete(selected)}
          >
            <GroupBulkActions count={selected} selectedIds={selectedIds} onDone={info} />
          </BulkBar>
        </div>
        <div className="grid-host" ref={regions.gridHost} onPaste={(event) => void onPaste(event)}>
          {rows && (
            <AgGridReact<RegisterRow>
              key={i18n.language}
              theme={theme}
              rowData={rows}
              columnDefs={columnDefs}
              initialState={initialState}
              onStateUpdated={onStateUpdated}
              tabToNextCell={tabToNextCell}
              defaultColDef={DEFAULT_COL_DEF}
              getRowId={getRowId}
              readOnlyEdit
              onCellEditRequest={onCellEditRequestEvent}
              selectionColumnDef={SELECTION_COLUMN}
              rowSelection={ROW_SELECTION}
              suppressColumnVirtualisation
              isExternalFilterPresent={isExternalFilterPresent}
              doesExternalFilterPass={doesExternalFilterPass}
              localeText={GRID_LOCALES[i18n.language] ?? AG_GRID_LOCALE_EN}
              overlayNoRowsTemplate={noRowsTemplate}
              enableBrowserTooltips
              stopEditingWhenCellsLoseFocus
              onGridReady={onGridReady}
              onModelUpdated={refreshCounts}
              onSelectionChanged={refreshSelected}
              onCellFocused={onCellFocused}
              onFirstDataRendered={onFirstDataRendered}
            />
          )}
        </div>
        {/* A status line of fixed height under the grid: a message never moves the rows. */}
        <div className="register-status">
          {message && <StatusMessage message={message.text} tone={message.tone} />}
          <p className="shortcut-hint">
            {!panelId && `${t('mapping:panel.empty')} `}
            {t('register:shortcuts')}
          </p>
        </div>
        <ExportReportDialog open={exporting} onClose={() => setExporting(false)} shownIds={shownIds} />
        <ConfirmDialog
          open={confirmDelete > 0}
          message={t('mapping:bulk.deleteConfirm', { count: confirmDelete })}
          confirmLabel={t('common:delete')}
          onConfirm={() => void deleteSelected()}
          onCancel={() => setConfirmDelete(0)}
        />
      </section>
      {/* Until a policy is chosen the grid has the whole width; the status line says how to open the panel. */}
      {panelOpen && panelId && (
        <div className="panel-region" ref={regions.panel}>
          <MappingPanel policyId={panelId} onClose={() => setPanelOpen(false)} onMessage={info} />
        </div>
      )}
    </div>
  );
}

function distinctCities(policies: readonly { city: string }[]): string[] {
  const set = new Set<string>();
  for (const p of policies) if (p.city.trim()) set.add(p.city.trim());
  return [...set].sort((a, b) => a.localeCompare(b));
}
