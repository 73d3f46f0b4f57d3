import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppCommand } from '../app/commands';
import { ImportWizard } from './ImportWizard';

/** "Import…" in the register toolbar (and the File menu's Import command): opens the wizard. */
export function ImportButton({ onDone }: { onDone: (message: { text: string; tone: 'info' | 'error' }) => void }) {
  const { t } = useTranslation('import');
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  useAppCommand('import', show);
  return (
    <>
      <button type="button" onClick={show}>
        {t('wizard.open')}
      </button>
      <ImportWizard
        open={open}
        onClose={(message) => {
          setOpen(false);
          if (message) onDone(message);
        }}
      />
    </>
  );
}
