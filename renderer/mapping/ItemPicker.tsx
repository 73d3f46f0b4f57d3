import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang, type Lang } from '../../shared/model/lang';
import { useServices } from '../app/services';
import { MultiSelect } from '../ui/MultiSelect';
import { itemChip, itemOption } from './itemViews';
import { useItemSearch } from './useItemSearch';

interface Props {
  label: string;
  /** The chosen item (shown as a chip; Backspace clears it), or null. */
  value?: string | null;
  onPick: (itemId: string | null) => void;
  frameworks?: readonly string[];
  onCancel?: () => void;
  className?: string;
  autoFocus?: boolean;
}

/** Picks one framework item by searching (the same search and keys as the grid's cell editor). */
export function ItemPicker({ label, value = null, onPick, frameworks, onCancel, className, autoFocus }: Props) {
  const { t, i18n } = useTranslation('mapping');
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'en';
  const { catalog } = useServices();
  const search = useItemSearch();
  const options = useCallback(
    (query: string) => search(query, { frameworks, limit: 12 }).map((item) => itemOption(item, lang)),
    [search, frameworks, lang],
  );
  const chip = useCallback((id: string) => itemChip(catalog, lang, id), [catalog, lang]);
  return (
    <MultiSelect
      className={`item-picker ${className ?? ''}`}
      label={label}
      searchLabel={label}
      placeholder={t('editor.placeholder')}
      optionsLabel={t('editor.options')}
      selected={value ? [value] : []}
      onChange={(ids) => onPick(ids.at(-1) ?? null)}
      options={options}
      chip={chip}
      removeLabel={(c) => t('editor.remove', { code: c.label })}
      noMatch={(query) => t('editor.noMatch', { query })}
      onCancel={onCancel}
      autoFocus={autoFocus}
    />
  );
}
