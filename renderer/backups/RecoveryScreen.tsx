import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, Platform } from '../platform/platform';

interface Props {
  platform: Platform;
  message: string;
  /** Replaces the damaged database with the backup's content, then restarts the app. */
  onRestore: (backup: BackupInfo) => Promise<void>;
}

/**
 * Shown instead of an empty register when the database cannot be opened or looks damaged: says so and offers
 * the newest automatic backup.
 */
export function RecoveryScreen({ platform, message, onRestore }: Props) {
  const { t, i18n } = useTranslation('workspace');
  const [newest, setNewest] = useState<BackupInfo | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // The newest snapshot of the workspace; rows rescued from an earlier damaged database are no snapshot.
    void platform.listBackups().then((list) => setNewest(list.find((b) => b.kind === 'auto') ?? null), () => setNewest(null));
  }, [platform]);
  return (
    <main className="backups recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{t('ui.recoveryTitle')}</h1>
      <p role="alert">{t('ui.recoveryText', { message })}</p>
      {newest && (
        <>
          <p>{t('ui.recoveryBackup', { time: new Date(newest.at).toLocaleString(i18n.language), policies: newest.policies, links: newest.links })}</p>
          <p className="hint">{t('ui.recoveryRescueHint')}</p>
          <button type="button" className="primary" onClick={() => void onRestore(newest).catch((e: unknown) => setError(String(e)))}>
            {t('ui.recoveryRestore')}
          </button>
        </>
      )}
      {newest === null && <p>{t('ui.recoveryNoBackup')}</p>}
      <button type="button" onClick={() => window.location.reload()}>{t('ui.recoveryRetry')}</button>
      {error && <p role="alert" className="error-text">{t('ui.failed', { message: error })}</p>}
    </main>
  );
}
