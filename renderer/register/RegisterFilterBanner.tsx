import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridApi } from 'ag-grid-community';
import type { Policy } from '../../shared/model/policy';
import { useRegisterFilter } from '../app/registerFilter';

/**
 * The grid props that apply the app-level register filter (set by the dashboard) as an AG Grid external filter,
 * re-filtering whenever it changes.
 */
export function useRegisterExternalFilter(apiRef: RefObject<GridApi<Policy> | null>) {
  const { filter } = useRegisterFilter();
  // The grid keeps the callbacks it was given; they read the current filter through this ref.
  const current = useRef(filter);
  current.current = filter;
  useEffect(() => {
    apiRef.current?.onFilterChanged();
  }, [apiRef, filter]);
  // Stable identities: new callbacks on every render would make the grid re-apply its options and
  // cancel the cell being edited.
  return useMemo(
    () => ({
      isExternalFilterPresent: () => current.current !== null,
      doesExternalFilterPass: (node: { data?: Policy }) => !current.current || (node.data !== undefined && current.current.policyIds.has(node.data.id)),
    }),
    [],
  );
}

/** Says which dashboard figure the register is showing, with a button to show every policy again. */
export function RegisterFilterBanner() {
  const { t } = useTranslation('dashboard');
  const { filter, clear } = useRegisterFilter();
  if (!filter) return null;
  return (
    <div className="register-filter-banner" role="status">
      <span>{t('registerFilter.showing', { count: filter.policyIds.size, label: filter.label })}</span>
      <button type="button" onClick={clear}>
        {t('registerFilter.clear')}
      </button>
    </div>
  );
}
