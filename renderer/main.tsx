import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ServicesProvider, type Services } from './app/services';
import { builtinCatalog } from '../shared/frameworks/builtin';
import { ChangeLog } from './db/changeLog';
import { HrmapDatabase } from './db/database';
import { LinkStore } from './db/linkStore';
import { PolicyStore } from './db/policyStore';
import { seedIfNew } from './db/seed';
import { installFrameworks } from './frameworks/installFrameworks';
import { initI18n, initialLang } from './i18n';
import { choosePlatform } from './platform';
import './app/app.css';

async function start(): Promise<void> {
  const platform = choosePlatform();
  const info = await platform.appInfo();
  const i18n = await initI18n(initialLang(info.locale));
  const root = createRoot(document.getElementById('root')!);
  try {
    const db = new HrmapDatabase();
    await db.open();
    await seedIfNew(db);
    await installFrameworks(db);
    // Ask the browser not to evict our data under storage pressure; offline users depend on it.
    void navigator.storage?.persist?.();
    const changes = new ChangeLog(db);
    const services: Services = { platform, db, changes, catalog: builtinCatalog(), policies: new PolicyStore(db, undefined, undefined, changes), links: new LinkStore(db, changes) };
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
