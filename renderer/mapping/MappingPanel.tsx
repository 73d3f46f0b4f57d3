import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitItemId } from '../../shared/model/framework';
import { isLang, pickText, type Lang } from '../../shared/model/lang';
import type { Link, LinkStrength } from '../../shared/model/link';
import type { Policy } from '../../shared/model/policy';
import { useServices } from '../app/services';
import { UntranslatedFlag, useUntranslatedLabel } from '../ui/Untranslated';
import { ItemPicker } from './ItemPicker';
import { itemCode } from './itemViews';
import { SuggestionList } from './SuggestionList';

interface Props {
  policyId: string;
  onClose: () => void;
  onMessage: (text: string) => void;
}

/**
 * The side panel of the selected policy: its full description, its links grouped by framework (code, title,
 * strength, rationale) to add, edit and remove, and suggestions to accept or dismiss.
 */
export function MappingPanel({ policyId, onClose, onMessage }: Props) {
  const { t, i18n } = useTranslation(['mapping', 'common']);
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'en';
  const { policies, links, catalog } = useServices();
  const [policy, setPolicy] = useState<Policy | null>(null);
  const [policyLinks, setPolicyLinks] = useState<Link[]>([]);
  const [author, setAuthor] = useState('');

  const reload = useCallback(async () => {
    const [p, l] = await Promise.all([policies.get(policyId), links.forPolicy(policyId)]);
    setPolicy(p ?? null);
    setPolicyLinks(l);
  }, [policies, links, policyId]);

  useEffect(() => {
    void reload();
    const offPolicies = policies.subscribe((c) => {
      if ([...c.add, ...c.update].some((p) => p.id === policyId) || c.remove.includes(policyId)) void reload();
    });
    const offLinks = links.subscribe((c) => {
      if ([...c.add, ...c.update, ...c.remove].some((l) => l.policyId === policyId)) void reload();
    });
    return () => {
      offPolicies();
      offLinks();
    };
  }, [policies, links, policyId, reload]);

  useEffect(() => {
    void links.author().then(setAuthor);
  }, [links]);

  if (!policy) return <aside className="mapping-panel" aria-label={t('panel.label')} />;
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  const frameworkLabel = (id: string) => t(`columns.${id}`, { defaultValue: pickText(catalog.framework(id)?.name, lang).value || id });
  const order = (id: string) => catalog.item(id)?.order ?? Number.MAX_SAFE_INTEGER;
  const byFramework = catalog.frameworks.map((f) => ({
    id: f.id,
    label: frameworkLabel(f.id),
    links: policyLinks.filter((l) => splitItemId(l.itemId).frameworkId === f.id).sort((a, b) => order(a.itemId) - order(b.itemId)),
  }));
  const meta = [policy.city, policy.country, policy.status ? t(`common:statuses.${policy.status}`) : ''].filter(Boolean).join(' · ');

  return (
    <aside className="mapping-panel" aria-label={t('panel.label')}>
      <header className="panel-header">
        <div>
          <h2>{policy.title}</h2>
          {meta && <p className="panel-meta">{meta}</p>}
        </div>
        <button type="button" className="icon-button" aria-label={t('panel.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <p className="panel-description">{policy.description || t('panel.noDescription')}</p>

      <section aria-labelledby="panel-links-title" className="panel-section">
        <h3 id="panel-links-title">{t('panel.links')}</h3>
        <ItemPicker
          label={t('panel.add')}
          onPick={(itemId) => {
            if (itemId) void links.add(policyId, itemId);
          }}
        />
        {byFramework.map((group) => (
          <div key={group.id} className="link-group">
            <h4>{group.label}</h4>
            {group.links.length === 0 ? (
              <p className="muted">{t('panel.noLinks', { framework: group.label })}</p>
            ) : (
              <ul className="link-list">
                {group.links.map((link) => (
                  <LinkRow key={link.id} link={link} lang={lang} dateFormat={dateFormat} />
                ))}
              </ul>
            )}
          </div>
        ))}
        <label className="author-field">
          <span>{t('panel.author')}</span>
          <input value={author} onChange={(e) => setAuthor(e.target.value)} onBlur={() => void links.setAuthor(author)} />
        </label>
      </section>

      <SuggestionList policy={policy} links={policyLinks} onMessage={onMessage} />
    </aside>
  );
}

function LinkRow({ link, lang, dateFormat }: { link: Link; lang: Lang; dateFormat: Intl.DateTimeFormat }) {
  const { t } = useTranslation('mapping');
  const { links, catalog } = useServices();
  const [editing, setEditing] = useState(false);
  const [rationale, setRationale] = useState(link.rationale);
  useEffect(() => setRationale(link.rationale), [link.rationale]);
  const item = catalog.item(link.itemId);
  const marked = useUntranslatedLabel();
  const code = item ? itemCode(item, lang) : link.itemId;
  const title = item ? pickText(item.title, lang) : { value: '', fallback: false };
  return (
    <li className="link-row">
      <div className="link-head">
        <span className={title.fallback ? 'chip untranslated' : 'chip'} title={marked(title.value, title.fallback)}>
          {code}
        </span>
        <span className="link-title" lang={title.fallback ? 'en' : undefined}>
          {title.value} {title.fallback && <UntranslatedFlag />}
        </span>
        <select
          aria-label={`${t('panel.strength')} ${code}`}
          value={link.strength}
          onChange={(e) => void links.update(link.id, { strength: e.target.value as LinkStrength })}
        >
          <option value="primary">{t('panel.strengths.primary')}</option>
          <option value="secondary">{t('panel.strengths.secondary')}</option>
        </select>
        <button type="button" className="icon-button" aria-label={t('panel.edit', { code })} aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
          ✎
        </button>
        <button type="button" className="icon-button" aria-label={t('panel.remove', { code })} onClick={() => void links.remove([link.id])}>
          ×
        </button>
      </div>
      {editing ? (
        <form
          className="rationale-form"
          onSubmit={(e) => {
            e.preventDefault();
            void links.update(link.id, { rationale }).then(() => setEditing(false));
          }}
        >
          <textarea
            aria-label={`${t('panel.rationale')} ${code}`}
            placeholder={t('panel.rationalePlaceholder')}
            value={rationale}
            rows={3}
            autoFocus
            onChange={(e) => setRationale(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setEditing(false);
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit();
            }}
          />
          <button type="submit">{t('panel.save')}</button>
        </form>
      ) : (
        link.rationale && <p className="link-rationale">{link.rationale}</p>
      )}
      <p className="link-meta">{t('panel.byOn', { author: link.author || '—', date: dateFormat.format(new Date(link.updatedAt)) })}</p>
    </li>
  );
}
