import { useTranslation } from 'react-i18next';
import { useModalDialog } from './useModalDialog';

interface Props {
  open: boolean;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal yes/no question on the native <dialog>: focus trapped, Escape cancels. */
export function ConfirmDialog({ open, message, confirmLabel, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} className="confirm-dialog" onCancel={onCancel} aria-label={message}>
      <p>{message}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} autoFocus>
          {t('cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
