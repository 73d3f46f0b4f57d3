import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import './untranslated.css';

/**
 * The visible marker for framework text shown in English because the UI language has no translation yet
 * (pickText's `fallback`). Search results, the item view, pickers, chips, the mapping panel, suggestions and the
 * dashboard all use this one, so the marker reads the same everywhere.
 */
export function UntranslatedFlag() {
  const { t, i18n } = useTranslation('search');
  // Its own language, as it often sits inside the English text it qualifies.
  return (
    <span className="result-flag untranslated-flag" lang={i18n.language}>
      {t('ui.untranslated')}
    </span>
  );
}

/** The same marker inside plain text (hover titles, accessible names, chart labels): "Title (not yet translated…)". */
export function useUntranslatedLabel(): (text: string, untranslated: boolean | undefined) => string {
  const { t } = useTranslation('search');
  return useCallback((text, untranslated) => (untranslated ? t('ui.untranslatedLabel', { text }) : text), [t]);
}
