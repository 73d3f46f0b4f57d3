import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { POLICY_STATUSES, type PolicyStatus } from '../../shared/model/policy';
import { ItemPicker } from '../mapping/ItemPicker';
import { MenuButton } from '../ui/MenuButton';
import { usePopover } from '../ui/usePopover';

interface Props {
  count: number;
  onAddLink: (itemId: string) => void;
  onRemoveLink: (itemId: string) => void;
  onSetStatus: (status: PolicyStatus | '') => void;
  onDelete: () => void;
  /** More actions on the selection (the rights-holder groups), placed before Delete. */
  children?: ReactNode;
}

/** Actions on the selected rows; each is one undoable step. */
export function BulkBar({ count, onAddLink, onRemoveLink, onSetStatus, onDelete, children }: Props) {
  const { t } = useTranslation(['mapping', 'common', 'register']);
  const disabled = count === 0;
  return (
    <div className="bulk-bar" role="group" aria-label={t('bulk.label')}>
      <span className="bulk-count">{t('bulk.selected', { count })}</span>
      <LinkPickerButton label={t('bulk.addLink')} prompt={t('bulk.itemPrompt', { count })} disabled={disabled} onPick={onAddLink} />
      <LinkPickerButton label={t('bulk.removeLink')} prompt={t('bulk.itemRemovePrompt', { count })} disabled={disabled} onPick={onRemoveLink} />
      <MenuButton
        label={t('bulk.setStatus')}
        disabled={disabled}
        choices={POLICY_STATUSES.map((s) => ({ id: s, label: t(`common:statuses.${s}`) }))}
        onChoose={(s) => onSetStatus(s as PolicyStatus)}
      />
      {children}
      <button type="button" disabled={disabled} onClick={onDelete}>
        {t('register:deleteSelected')}
      </button>
    </div>
  );
}

/** A button that opens an item search; choosing an item or Escape closes it and puts focus back on the button. */
function LinkPickerButton({ label, prompt, disabled, onPick }: { label: string; prompt: string; disabled: boolean; onPick: (itemId: string) => void }) {
  const popover = usePopover<HTMLButtonElement>();
  return (
    <div className="popover-anchor" ref={popover.anchorRef}>
      <button type="button" ref={popover.triggerRef} disabled={disabled} aria-expanded={popover.open && !disabled} onClick={popover.toggle}>
        {label}
      </button>
      {popover.open && !disabled && (
        <div className="popover">
          <ItemPicker
            label={prompt}
            onPick={(id) => {
              popover.close();
              if (id) onPick(id);
            }}
            onCancel={() => popover.close()}
            autoFocus
          />
        </div>
      )}
    </div>
  );
}
