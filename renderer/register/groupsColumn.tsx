import type { CellEditRequestEvent, ColDef, ICellRendererParams, SuppressKeyboardEventParams } from 'ag-grid-community';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { RIGHTS_HOLDER_GROUPS } from '../../shared/model/groups';
import { foldText } from '../../shared/model/policyEdit';
import type { PolicyStore } from '../db/policyStore';
import { ChipList, MultiSelect, type MultiSelectOption } from '../ui/MultiSelect';
import type { RegisterRow } from './registerRows';
import './groups.css';

/** The column id of the rights-holder groups column (its value is the policy's `groups`). */
export const GROUPS_COLUMN = 'groups';

/** Keys the multi-select editor handles itself while it is open; the grid must not act on them. */
const EDITOR_KEYS = new Set(['Enter', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Backspace', 'Delete', 'Tab', 'Escape', 'Home', 'End']);

/** Group names in the UI language, in the fixed list order. */
function names(t: TFunction, groups: readonly string[] | null | undefined): string[] {
  return RIGHTS_HOLDER_GROUPS.filter((g) => groups?.includes(g)).map((g) => t(`groups:names.${g}`));
}

/** Rights-holder groups: chips in the cell, the shared multi-select editor, a text filter on the names. */
export function groupsColumn(t: TFunction): ColDef<RegisterRow> {
  return {
    colId: GROUPS_COLUMN,
    field: 'groups',
    headerName: t('groups:column'),
    width: 260,
    editable: true,
    valueFormatter: (p) => names(t, p.value as string[]).join('; '),
    equals: (a: string[] | null, b: string[] | null) => (a ?? []).join('|') === (b ?? []).join('|'),
    comparator: (a: string[] = [], b: string[] = []) => a.length - b.length,
    filter: 'agTextColumnFilter',
    filterValueGetter: (p) => names(t, p.data?.groups).join('; '),
    cellRenderer: GroupChipsCell,
    cellEditor: GroupsCellEditor,
    cellEditorPopup: true,
    cellEditorPopupPosition: 'under',
    suppressKeyboardEvent: (p: SuppressKeyboardEventParams<RegisterRow>) => p.editing && EDITOR_KEYS.has(p.event.key),
  };
}

/** Saves an edit of the groups column; false when the edit is not in that column. */
export async function saveGroupsEdit(event: CellEditRequestEvent<RegisterRow>, policies: PolicyStore): Promise<boolean> {
  if (event.column.getColId() !== GROUPS_COLUMN || !event.data) return false;
  await policies.setGroups(event.data.id, Array.isArray(event.newValue) ? (event.newValue as string[]) : []);
  return true;
}

function GroupChipsCell(props: ICellRendererParams<RegisterRow, string[]>) {
  const { t } = useTranslation(['groups', 'mapping']);
  return <ChipList chips={names(t, props.value).map((label) => ({ label, title: label }))} more={(count) => t('mapping:chips.more', { count })} />;
}

function GroupsCellEditor(props: CustomCellEditorProps<RegisterRow, string[]>) {
  const { t } = useTranslation('groups');
  const { onValueChange, stopEditing, api } = props;
  // Every group matches an empty search (there are fourteen); a query matches any word of a name, accents ignored.
  const options = useCallback(
    (query: string): MultiSelectOption[] => {
      const q = foldText(query.trim());
      return RIGHTS_HOLDER_GROUPS.map((id) => ({ id, label: t(`names.${id}`) })).filter((o) => !q || foldText(o.label).includes(q));
    },
    [t],
  );
  const chip = useCallback((id: string) => ({ label: t(`names.${id}`) }), [t]);
  const initialQuery = props.eventKey && props.eventKey.length === 1 ? props.eventKey : '';
  return (
    <MultiSelect
      className="cell-multi-select"
      autoFocus
      label={t('editor.label')}
      searchLabel={t('editor.search')}
      placeholder={t('editor.placeholder')}
      optionsLabel={t('editor.options')}
      selected={props.value ?? []}
      onChange={(ids) => onValueChange(RIGHTS_HOLDER_GROUPS.filter((g) => ids.includes(g)))}
      options={options}
      chip={chip}
      removeLabel={(c) => t('editor.remove', { name: c.label })}
      noMatch={(query) => t('editor.noMatch', { query })}
      hint={t('editor.hint')}
      initialQuery={initialQuery}
      onCommit={() => stopEditing()}
      onCancel={() => api.stopEditing(true)}
    />
  );
}
