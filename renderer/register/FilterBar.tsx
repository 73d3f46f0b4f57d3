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
      <FilterSelect label={t('filters.city')} value={filters.city} any={t('filters.anyCity')} options={cities.map((c) => [c, c])} onChange={(city) => set({ city })} />
      <FilterSelect label={t('filters.region')} value={filters.region} any={t('filters.anyRegion')} options={REGIONS.map((r) => [r, t(`common:regions.${r}`)])} onChange={(region) => set({ region })} />
      <FilterSelect label={t('filters.status')} value={filters.status} any={t('filters.anyStatus')} options={POLICY_STATUSES.map((st) => [st, t(`common:statuses.${st}`)])} onChange={(status) => set({ status })} />
      <FilterSelect label={t('filters.group')} value={filters.group} any={t('filters.anyGroup')} options={RIGHTS_HOLDER_GROUPS.map((g) => [g, t(`groups:names.${g}`)])} onChange={(group) => set({ group })} />
      {filtersActive(filters) && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}

/** One of the filters that pick a value from a list (city, region, status, group), "" meaning any. */
function FilterSelect({ label, value, any, options, onChange }: { label: string; value: string; any: string; options: readonly (readonly [string, string])[]; onChange: (value: string) => void }) {
  return (
    <label className="filter-field">
      <span className="visually-hidden">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{any}</option>
        {options.map(([id, text]) => (
          <option key={id} value={id}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
