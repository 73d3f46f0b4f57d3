import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ServicesProvider, type Services } from './app/services';
import { AutoBackup } from './backups/backupService';
import { RecoveryScreen } from './backups/RecoveryScreen';
import { openAndCheck, recoverFromBackup } from './backups/startupCheck';
import type { BackupInfo } from './platform/platform';
import { ChangeLog } from './db/changeLog';
import { HrmapDatabase } from './db/database';
import { LinkStore } from './db/linkStore';
import { PolicyStore } from './db/policyStore';
import { seedIfNew } from './db/seed';
import { CatalogSource } from './frameworks/catalogSource';
import { installFrameworks } from './frameworks/installFrameworks';
import { initI18n, initialLang } from './i18n';
import { choosePlatform } from './platform';
import './app/app.css';

async function start(): Promise<void> {
  const platform = choosePlatform();
  const info = await platform.appInfo();
  const i18n = await initI18n(initialLang(info.locale));
  const root = createRoot(document.getElementById('root')!);
  const db = new HrmapDatabase();
  try {
    await openAndCheck(db);
  } catch (error) {
    // A database that cannot be opened or read: say so and offer the newest backup rather than start empty.
    db.close();
    const message = error instanceof Error ? error.message : String(error);
    const restore = async (backup: BackupInfo) => {
      await recoverFromBackup(db.name, platform, backup);
      window.location.reload();
    };
    root.render(<RecoveryScreen platform={platform} message={message} onRestore={restore} />);
    return;
  }
  try {
    await seedIfNew(db);
    await installFrameworks(db);
    // Ask the browser not to evict our data under storage pressure; offline users depend on it.
    void navigator.storage?.persist?.();
    const changes = new ChangeLog(db);
    const autoBackup = new AutoBackup(db, changes, platform);
    autoBackup.start();
    // A pending snapshot is written when the page is hidden (closing the window, switching away).
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void autoBackup.flush());
    const services: Omit<Services, 'catalog'> = {
      platform,
      db,
      changes,
      autoBackup,
      catalogs: await CatalogSource.open(db),
      // The link store subscribes to the change log first, so it hears each step first: when an import adds
      // policies with their links, the register then adds each row with its links, not 20,000 rows to update again.
      links: new LinkStore(db, changes),
      policies: new PolicyStore(db, undefined, undefined, changes),
    };
    root.render(
      <StrictMode>
        <ServicesProvider services={services}>
          <App />
        </ServicesProvider>
      </StrictMode>,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    root.render(<p role="alert" className="startup-error">{i18n.t('startupError', { message })}</p>);
  }
}

void start();
