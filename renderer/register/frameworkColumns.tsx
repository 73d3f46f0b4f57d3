import type { ColDef, ICellRendererParams, SuppressKeyboardEventParams } from 'ag-grid-community';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkCatalog } from '../../shared/frameworks/catalog';
import { isLang, type Lang } from '../../shared/model/lang';
import { itemChip, itemOption } from '../mapping/itemViews';
import { useServices } from '../app/services';
import { useItemSearch } from '../mapping/useItemSearch';
import { ChipList, MultiSelect } from '../ui/MultiSelect';
import { itemsOfFramework, type RegisterRow } from './registerRows';

export const FRAMEWORK_COLUMN_PREFIX = 'fw:';
export const LINKS_COLUMN = 'links';

export function frameworkColumnId(frameworkId: string): string {
  return `${FRAMEWORK_COLUMN_PREFIX}${frameworkId}`;
}

export function frameworkOfColumn(colId: string | undefined): string | null {
  return colId?.startsWith(FRAMEWORK_COLUMN_PREFIX) ? colId.slice(FRAMEWORK_COLUMN_PREFIX.length) : null;
}

/** Plain data only: the grid copies column params, so functions and class instances come from context instead. */
interface FrameworkColumnParams {
  frameworkId: string;
  frameworkLabel: string;
}

/** Keys the multi-select editor handles itself while it is open; the grid must not act on them. */
const EDITOR_KEYS = new Set(['Enter', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Backspace', 'Delete', 'Tab', 'Escape', 'Home', 'End', 'PageUp', 'PageDown']);

/** One column per framework: chips of the mapped items, edited in place with the multi-select editor. */
export function frameworkColumns(t: TFunction, lang: Lang, catalog: FrameworkCatalog): ColDef<RegisterRow>[] {
  const order = (id: string) => catalog.item(id)?.order ?? Number.MAX_SAFE_INTEGER;
  // The grid hands some callbacks the raw value (ids) and others the formatted text; accept both.
  const codes = (ids: unknown): string =>
    Array.isArray(ids) ? ids.map((id: string) => itemChip(catalog, lang, id).label).join(', ') : typeof ids === 'string' ? ids : '';
  return catalog.frameworks.map((framework): ColDef<RegisterRow> => {
    const key = `mapping:columns.${framework.id}`;
    const label = t(key) !== key ? t(key) : framework.id;
    const params: FrameworkColumnParams = { frameworkId: framework.id, frameworkLabel: label };
    return {
      colId: frameworkColumnId(framework.id),
      headerName: label,
      // Codes are short ("XI.2", "6.1"): three chips fit; more show as "+n".
      width: framework.id === 'charter' ? 120 : 100,
      editable: true,
      valueGetter: (p) => (p.data ? itemsOfFramework(p.data.links, framework.id, order) : []),
      valueFormatter: (p) => codes(p.value),
      equals: (a: string[] | null, b: string[] | null) => (a ?? []).join('|') === (b ?? []).join('|'),
      comparator: (a: unknown, b: unknown) => {
        const x = Array.isArray(a) ? (a as string[]) : [];
        const y = Array.isArray(b) ? (b as string[]) : [];
        return x.length - y.length || order(x[0] ?? '') - order(y[0] ?? '');
      },
      filter: 'agTextColumnFilter',
      filterValueGetter: (p) => (p.data ? codes(itemsOfFramework(p.data.links, framework.id, order)) : ''),
      cellRenderer: FrameworkChipsCell,
      cellRendererParams: params,
      cellEditor: FrameworkCellEditor,
      cellEditorParams: params,
      cellEditorPopup: true,
      cellEditorPopupPosition: 'under',
      suppressKeyboardEvent: (p: SuppressKeyboardEventParams<RegisterRow>) => p.editing && EDITOR_KEYS.has(p.event.key),
    };
  });
}

export function linksCountColumn(t: TFunction): ColDef<RegisterRow> {
  return {
    colId: LINKS_COLUMN,
    headerName: t('mapping:columns.links'),
    headerTooltip: t('mapping:columns.linksTooltip'),
    width: 80,
    type: 'numericColumn',
    valueGetter: (p) => p.data?.links.length ?? 0,
    filter: 'agNumberColumnFilter',
  };
}

function FrameworkChipsCell(props: ICellRendererParams<RegisterRow, string[]> & FrameworkColumnParams) {
  const { i18n, t } = useTranslation('mapping');
  const lang = isLang(i18n.language) ? i18n.language : 'en';
  const { catalog } = useServices();
  const ids = props.value ?? [];
  return <ChipList chips={ids.map((id) => itemChip(catalog, lang, id))} more={(count) => t('chips.more', { count })} />;
}

function FrameworkCellEditor(props: CustomCellEditorProps<RegisterRow, string[]> & FrameworkColumnParams) {
  const { i18n, t } = useTranslation('mapping');
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'en';
  const { catalog } = useServices();
  const findItems = useItemSearch();
  const { frameworkId, frameworkLabel, onValueChange, stopEditing, api } = props;
  const options = useCallback(
    (query: string) => findItems(query, { frameworks: [frameworkId], limit: 12 }).map((item) => itemOption(item, lang)),
    [findItems, frameworkId, lang],
  );
  const chip = useCallback((id: string) => itemChip(catalog, lang, id), [catalog, lang]);
  const initialQuery = props.eventKey && props.eventKey.length === 1 ? props.eventKey : '';
  return (
    <MultiSelect
      className="cell-multi-select"
      autoFocus
      label={t('editor.label', { framework: frameworkLabel })}
      searchLabel={t('editor.search', { framework: frameworkLabel })}
      placeholder={t('editor.placeholder')}
      optionsLabel={t('editor.options')}
      selected={props.value ?? []}
      onChange={(ids) => onValueChange(ids)}
      options={options}
      chip={chip}
      removeLabel={(c) => t('editor.remove', { code: c.label })}
      noMatch={(query) => t('editor.noMatch', { query })}
      hint={t('editor.hint')}
      initialQuery={initialQuery}
      onCommit={() => stopEditing()}
      onCancel={() => api.stopEditing(true)}
    />
  );
}
