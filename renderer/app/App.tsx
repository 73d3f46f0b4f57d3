import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import logo from '../favicon.svg';
import { useTranslation } from 'react-i18next';
import { LANGS, isLang } from '../../shared/model/lang';
import { switchLang } from '../i18n';
import { dispatchAppCommand } from './commands';
import { useServices } from './services';
import { RegisterView } from '../register/RegisterView';
import type { WorkspaceCommand } from '../workspace/WorkspaceView';
import { RegisterFilterProvider } from './registerFilter';
import { BackupAlert } from '../backups/BackupAlert';

type View = 'register' | 'search' | 'dashboard' | 'backups';

// The register is the first screen; the other views (the dashboard brings the chart library) load when first opened.
const SearchView = lazy(() => import('../search/SearchView').then((m) => ({ default: m.SearchView })));
const DashboardView = lazy(() => import('../dashboard/DashboardView').then((m) => ({ default: m.DashboardView })));
const WorkspaceView = lazy(() => import('../workspace/WorkspaceView').then((m) => ({ default: m.WorkspaceView })));
const WORKSPACE_COMMANDS: readonly string[] = ['save-workspace', 'open-workspace', 'merge-workspace'];

export function App() {
  const { t, i18n } = useTranslation();
  const { platform } = useServices();
  const [view, setView] = useState<View>('register');
  const [workspaceCommand, setWorkspaceCommand] = useState<WorkspaceCommand | null>(null);
  const commandDone = useCallback(() => setWorkspaceCommand(null), []);
  const showRegister = useCallback(() => setView('register'), []);

  // The shell's menus and dialogs follow the UI language.
  useEffect(() => {
    if (isLang(i18n.resolvedLanguage)) void platform.setLanguage(i18n.resolvedLanguage);
  }, [platform, i18n.resolvedLanguage]);

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command.startsWith('lang:')) {
          const lang = command.slice(5);
          if (isLang(lang)) void switchLang(lang);
        } else if (command.startsWith('view:')) {
          const next = command.slice(5);
          if (next === 'register' || next === 'search' || next === 'dashboard' || next === 'backups') setView(next);
        } else if (WORKSPACE_COMMANDS.includes(command)) {
          setView('backups');
          setWorkspaceCommand(command as WorkspaceCommand);
        } else {
          dispatchAppCommand(command as Exclude<typeof command, `view:${string}` | `lang:${string}`>);
        }
      }),
    [platform],
  );
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <img src={logo} alt="" width={28} height={28} />
          <span className="brand-name">{t('appName')}</span>
          <span className="brand-tagline">{t('tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="main-nav">
          <button type="button" aria-current={view === 'register' ? 'page' : undefined} onClick={showRegister}>
            {t('nav.register')}
          </button>
          <button type="button" aria-current={view === 'search' ? 'page' : undefined} onClick={() => setView('search')}>
            {t('nav.search')}
          </button>
          <button type="button" aria-current={view === 'dashboard' ? 'page' : undefined} onClick={() => setView('dashboard')}>
            {t('nav.dashboard')}
          </button>
          <button type="button" aria-current={view === 'backups' ? 'page' : undefined} onClick={() => setView('backups')}>
            {t('workspace:ui.nav')}
          </button>
        </nav>
        <label className="lang-switch">
          <span>{t('language')}</span>
          <select
            value={i18n.resolvedLanguage}
            onChange={(event) => {
              if (isLang(event.target.value)) void switchLang(event.target.value);
            }}
          >
            {LANGS.map((lang) => (
              <option key={lang} value={lang}>
                {t(`languages.${lang}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <BackupAlert />
      <RegisterFilterProvider onShow={showRegister}>
        <main className="app-main">
          {view === 'register' && <RegisterView />}
          <Suspense fallback={<p className="muted">{t('loading')}</p>}>
            {view === 'search' && <SearchView />}
            {view === 'dashboard' && <DashboardView />}
            {view === 'backups' && <WorkspaceView command={workspaceCommand} onCommandDone={commandDone} />}
          </Suspense>
        </main>
      </RegisterFilterProvider>
    </div>
  );
}
