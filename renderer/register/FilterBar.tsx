import { useTranslation } from 'react-i18next';
import { RIGHTS_HOLDER_GROUPS } from '../../shared/model/groups';
import { POLICY_STATUSES, REGIONS } from '../../shared/model/policy';
import { ItemPicker } from '../mapping/ItemPicker';
import { filtersActive, NO_FILTERS, type RegisterFilters } from './filters';

interface Props {
  filters: RegisterFilters;
  onChange: (filters: RegisterFilters) => void;
  cities: readonly string[];
  frameworks: readonly { id: string; label: string }[];
}

/** The analyst's filters: mapped to an item, the gaps of a framework, city, region, status, rights-holder group. */
export function FilterBar({ filters, onChange, cities, frameworks }: Props) {
  const { t } = useTranslation(['mapping', 'common', 'groups']);
  const set = (patch: Partial<RegisterFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="filter-bar" role="group" aria-label={t('filters.label')}>
      <div className="filter-field filter-mapped">
        <span className="filter-label" aria-hidden="true">
          {t('filters.mappedTo')}
        </span>
        <ItemPicker label={t('filters.mappedTo')} value={filters.mappedTo} onPick={(mappedTo) => set({ mappedTo })} />
      </div>
      <label className="filter-field">
        <span className="filter-label">{t('filters.notMappedTo')}</span>
        <select value={filters.gapFramework ?? ''} onChange={(e) => set({ gapFramework: e.target.value || null })}>
          <option value="">{t('filters.anyFramework')}</option>
          {frameworks.map((f) => (
            <option key={f.id} value={f.id}>
              {t('filters.gapOption', { framework: f.label })}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span className="visually-hidden">{t('filters.city')}</span>
        <select value={filters.city} onChange={(e) => set({ city: e.target.value })}>
          <option value="">{t('filters.anyCity')}</option>
          {cities.map((city) => (
            <option key={city} value={city}>
              {city}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span className="visually-hidden">{t('filters.region')}</span>
        <select value={filters.region} onChange={(e) => set({ region: e.target.value })}>
          <option value="">{t('filters.anyRegion')}</option>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {t(`common:regions.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span className="visually-hidden">{t('filters.status')}</span>
        <select value={filters.status} onChange={(e) => set({ status: e.target.value })}>
          <option value="">{t('filters.anyStatus')}</option>
          {POLICY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`common:statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span className="visually-hidden">{t('filters.group')}</span>
        <select value={filters.group} onChange={(e) => set({ group: e.target.value })}>
          <option value="">{t('filters.anyGroup')}</option>
          {RIGHTS_HOLDER_GROUPS.map((g) => (
            <option key={g} value={g}>
              {t(`groups:names.${g}`)}
            </option>
          ))}
        </select>
      </label>
      {filtersActive(filters) && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}
