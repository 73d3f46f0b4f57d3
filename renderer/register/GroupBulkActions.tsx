import { useTranslation } from 'react-i18next';
import { RIGHTS_HOLDER_GROUPS } from '../../shared/model/groups';
import { useServices } from '../app/services';
import { MenuButton } from '../ui/MenuButton';

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
  const choices = RIGHTS_HOLDER_GROUPS.map((g) => ({ id: g, label: t(`names.${g}`) }));
  return (
    <span className="group-bulk-actions" role="group" aria-label={t('bulk.label')}>
      <MenuButton label={t('bulk.add')} disabled={disabled} choices={choices} onChoose={(g) => void apply(g, true)} />
      <MenuButton label={t('bulk.remove')} disabled={disabled} choices={choices} onChoose={(g) => void apply(g, false)} />
    </span>
  );
}
