import { useTranslation } from 'react-i18next';
import { RIGHTS_HOLDER_GROUPS } from '../../shared/model/groups';
import { useServices } from '../app/services';

interface Props {
  count: number;
  selectedIds(): string[];
  onDone(message: string): void;
}

/** Bulk set/unset of a rights-holder group on the selected rows; each is one undoable step. */
export function GroupBulkActions({ count, selectedIds, onDone }: Props) {
  const { t } = useTranslation('groups');
  const { policies } = useServices();
  const disabled = count === 0;
  const apply = async (group: string, add: boolean) => {
    const changed = await policies.changeGroups(selectedIds(), add ? { add: [group] } : { remove: [group] });
    onDone(t(add ? 'bulk.added' : 'bulk.removed', { count: changed, group: t(`names.${group}`) }));
  };
  const picker = (label: string, add: boolean) => (
    <select aria-label={label} disabled={disabled} value="-" onChange={(e) => e.target.value !== '-' && void apply(e.target.value, add)}>
      <option value="-" disabled>
        {label}
      </option>
      {RIGHTS_HOLDER_GROUPS.map((g) => (
        <option key={g} value={g}>
          {t(`names.${g}`)}
        </option>
      ))}
    </select>
  );
  return (
    <span className="group-bulk-actions" role="group" aria-label={t('bulk.label')}>
      {picker(t('bulk.add'), true)}
      {picker(t('bulk.remove'), false)}
    </span>
  );
}
