import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';

/**
 * Says, on every screen, that the automatic backup failed (the disk is full, the backup folder cannot be
 * written…), with a retry; it goes away once a snapshot is written again.
 */
export function BackupAlert() {
  const { t } = useTranslation('workspace');
  const { autoBackup } = useServices();
  const [failure, setFailure] = useState<Error | null>(() => autoBackup.lastFailure());
  const [retrying, setRetrying] = useState(false);

  useEffect(() => {
    const offFailed = autoBackup.onFailed(setFailure);
    const offWritten = autoBackup.onWritten(() => setFailure(null));
    return () => {
      offFailed();
      offWritten();
    };
  }, [autoBackup]);

  if (!failure) return null;
  const retry = async () => {
    setRetrying(true);
    await autoBackup.flush();
    setRetrying(false);
  };
  return (
    <div className="backup-alert" role="alert">
      <span>{t('ui.backupFailed', { message: failure.message })}</span>
      <button type="button" disabled={retrying} onClick={() => void retry()}>
        {t('ui.backupRetry')}
      </button>
    </div>
  );
}
