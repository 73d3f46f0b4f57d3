import { useState } from 'react';
import logo from '../favicon.svg';
import { useTranslation } from 'react-i18next';
import { LANGS, isLang } from '../../shared/model/lang';
import { switchLang } from '../i18n';
import { RegisterView } from '../register/RegisterView';

type View = 'register';

export function App() {
  const { t, i18n } = useTranslation();
  const [view] = useState<View>('register');
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <img src={logo} alt="" width={28} height={28} />
          <span className="brand-name">{t('appName')}</span>
          <span className="brand-tagline">{t('tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="main-nav">
          <button type="button" aria-current={view === 'register' ? 'page' : undefined}>
            {t('nav.register')}
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
      <main className="app-main">{view === 'register' && <RegisterView />}</main>
    </div>
  );
}
