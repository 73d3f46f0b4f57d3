import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang, pickText, type Lang } from '../../shared/model/lang';
import type { Link } from '../../shared/model/link';
import type { Policy } from '../../shared/model/policy';
import { useServices } from '../app/services';
import { dismiss, dismissedFor } from '../db/dismissals';
import { UntranslatedFlag } from '../ui/Untranslated';
import { itemCode } from './itemViews';
import { suggestionsFor, type SuggestionView } from './suggestions';

const LIMIT = 8;

/** Ranked items suggested from the policy's words and its accepted links, each with why; accept or dismiss. */
export function SuggestionList({ policy, links: policyLinks, onMessage }: { policy: Policy; links: Link[]; onMessage: (text: string) => void }) {
  const { t, i18n } = useTranslation('mapping');
  const { t: searchT } = useTranslation('search');
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'en';
  const { db, catalog, links } = useServices();
  const [dismissed, setDismissed] = useState<string[] | null>(null);

  useEffect(() => {
    let alive = true;
    void dismissedFor(db, policy.id).then((d) => alive && setDismissed(d));
    return () => {
      alive = false;
    };
  }, [db, policy.id]);

  const accepted = policyLinks.map((l) => l.itemId).join('|');
  const suggestions = useMemo<SuggestionView[] | null>(
    () =>
      dismissed &&
      suggestionsFor(catalog, lang, (key, vars) => searchT(key, vars), {
        title: policy.title,
        description: policy.description,
        accepted: accepted ? accepted.split('|') : [],
        dismissed,
        limit: LIMIT,
      }),
    [catalog, lang, searchT, policy.title, policy.description, accepted, dismissed],
  );
  if (!suggestions || !dismissed) return null;

  return (
    <section className="panel-section suggestions" aria-labelledby="panel-suggestions-title">
      <h3 id="panel-suggestions-title">{t('panel.suggestions')}</h3>
      {suggestions.length === 0 && <p className="muted">{t('panel.noSuggestions')}</p>}
      {suggestions.length > 0 && (
        <ol className="suggestion-list">
          {suggestions.map((s) => {
            const item = catalog.item(s.itemId);
            if (!item) return null;
            const code = `${t(`columns.${item.frameworkId}`, { defaultValue: item.frameworkId })} ${itemCode(item, lang)}`;
            const title = pickText(item.title, lang);
            return (
              <li key={s.itemId} className="suggestion">
                <div className="link-head">
                  <span className="chip chip-suggested">{code}</span>
                  <span className="link-title" lang={title.fallback ? 'en' : undefined}>
                    {title.value} {title.fallback && <UntranslatedFlag />}
                  </span>
                  <button
                    type="button"
                    className="accept"
                    aria-label={t('panel.accept', { code })}
                    onClick={() => void links.add(policy.id, s.itemId, { strength: 'primary' }).then(() => onMessage(t('panel.accepted', { code })))}
                  >
                    ✓
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('panel.dismiss', { code })}
                    onClick={() => void dismiss(db, policy.id, s.itemId).then(() => setDismissed([...dismissed, s.itemId]))}
                  >
                    ×
                  </button>
                </div>
                {s.reasons.length > 0 && (
                  <p className="suggestion-why">
                    <span className="why-label">{t('panel.why')}</span> {s.reasons.join(' · ')}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
