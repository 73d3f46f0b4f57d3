import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POLICY_STATUSES, type PolicyStatus } from '../../shared/model/policy';
import { ItemPicker } from '../mapping/ItemPicker';

interface Props {
  count: number;
  onAddLink: (itemId: string) => void;
  onRemoveLink: (itemId: string) => void;
  onSetStatus: (status: PolicyStatus | '') => void;
  onDelete: () => void;
}

/** Actions on the selected rows; each is one undoable step. */
export function BulkBar({ count, onAddLink, onRemoveLink, onSetStatus, onDelete }: Props) {
  const { t } = useTranslation(['mapping', 'common', 'register']);
  const [open, setOpen] = useState<'add' | 'remove' | null>(null);
  const disabled = count === 0;
  const toggle = (which: 'add' | 'remove') => setOpen((o) => (o === which ? null : which));
  return (
    <div className="bulk-bar" role="group" aria-label={t('bulk.label')}>
      <span className="bulk-count">{t('bulk.selected', { count })}</span>
      <div className="popover-anchor">
        <button type="button" disabled={disabled} aria-expanded={open === 'add'} onClick={() => toggle('add')}>
          {t('bulk.addLink')}
        </button>
        {open === 'add' && !disabled && (
          <div className="popover">
            <ItemPicker
              label={t('bulk.itemPrompt', { count })}
              onPick={(id) => {
                setOpen(null);
                if (id) onAddLink(id);
              }}
              onCancel={() => setOpen(null)}
              autoFocus
            />
          </div>
        )}
      </div>
      <div className="popover-anchor">
        <button type="button" disabled={disabled} aria-expanded={open === 'remove'} onClick={() => toggle('remove')}>
          {t('bulk.removeLink')}
        </button>
        {open === 'remove' && !disabled && (
          <div className="popover">
            <ItemPicker
              label={t('bulk.itemRemovePrompt', { count })}
              onPick={(id) => {
                setOpen(null);
                if (id) onRemoveLink(id);
              }}
              onCancel={() => setOpen(null)}
              autoFocus
            />
          </div>
        )}
      </div>
      <select
        aria-label={t('bulk.setStatus')}
        disabled={disabled}
        value="-"
        onChange={(e) => {
          if (e.target.value !== '-') onSetStatus(e.target.value as PolicyStatus | '');
        }}
      >
        <option value="-" disabled>
          {t('bulk.setStatus')}
        </option>
        {POLICY_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`common:statuses.${s}`)}
          </option>
        ))}
      </select>
      <button type="button" disabled={disabled} onClick={onDelete}>
        {t('register:deleteSelected')}
      </button>
    </div>
  );
}
