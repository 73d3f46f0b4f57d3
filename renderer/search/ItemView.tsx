import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { FrameworkCatalog } from '../../shared/frameworks/catalog';
import { officialSourceFor, type FrameworkItem } from '../../shared/model/framework';
import { pickText, type Lang } from '../../shared/model/lang';
import { useServices } from '../app/services';
import { UntranslatedFlag, useUntranslatedLabel } from '../ui/Untranslated';

interface Props {
  id: string;
  catalog: FrameworkCatalog;
  lang: Lang;
  onOpen: (id: string) => void;
}

/** One framework item: full text, where it sits (parent, children), crosswalk relations and mapped policies. */
export function ItemView({ id, catalog, lang, onOpen }: Props) {
  const { t } = useTranslation('search');
  const item = catalog.item(id);
  if (!item) return null;
  const title = pickText(item.title, lang);
  const text = pickText(item.text, lang);
  const official = item.officialText ? pickText(item.officialText, lang) : null;
  const officialFrom = officialSourceFor(item, lang);
  const parent = item.parentId ? catalog.item(item.parentId) : undefined;
  const children = catalog.children(id);
  const related = catalog.relatedTo(id);
  const framework = catalog.framework(item.frameworkId);

  return (
    <article className="item-view" aria-labelledby="item-title">
      <p className="item-path">
        <span className={`fw-badge fw-${item.frameworkId}`}>{t(`frameworkShort.${item.frameworkId}`, { defaultValue: item.frameworkId })}</span>
        {framework && <span>{pickText(framework.name, lang).value}</span>}
        <span>· {t(`kinds.${item.kind}`)}</span>
      </p>
      <h2 id="item-title" tabIndex={-1}>
        <span className="item-code">{item.code}</span> {title.value}
      </h2>
      {(title.fallback || text.fallback) && <p className="untranslated">{t('ui.untranslated')}</p>}
      {official?.value && (
        <section>
          <h3>{t('ui.item.officialText')}</h3>
          <p className="item-text" lang={official.fallback ? 'en' : lang}>
            {official.value}
          </p>
          {officialFrom && <p className="search-note">{t('ui.item.officialSource', { source: officialFrom.source, version: officialFrom.version })}</p>}
        </section>
      )}
      <section>
        {official?.value && <h3>{t('ui.item.summary')}</h3>}
        <p className="item-text" lang={text.fallback ? 'en' : lang}>
          {text.value}
        </p>
      </section>
      {parent && (
        <section>
          <h3>{t('ui.item.parent')}</h3>
          <ItemLink item={parent} lang={lang} onOpen={onOpen} />
        </section>
      )}
      {children.length > 0 && (
        <section>
          <h3>{t('ui.item.children')}</h3>
          <ul className="item-links">
            {children.map((child) => (
              <li key={child.id}>
                <ItemLink item={child} lang={lang} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>{t('ui.item.related')}</h3>
        {related.length === 0 ? (
          <p className="search-note">{t('ui.item.noRelated')}</p>
        ) : (
          <ul className="item-links related">
            {related.map((entry) => {
              const other = catalog.item(entry.to);
              const rationale = pickText(entry.rationale, lang);
              return other ? (
                <li key={entry.to}>
                  <ItemLink item={other} lang={lang} onOpen={onOpen} />
                  <span className="rationale" lang={rationale.fallback ? 'en' : undefined}>
                    {rationale.value} {rationale.fallback && <UntranslatedFlag />}
                  </span>
                </li>
              ) : null;
            })}
          </ul>
        )}
      </section>
      <MappedPolicies itemId={id} />
    </article>
  );
}

/** A parent, child or related item: badge, code and title, the title marked when it is the English fallback. */
function ItemLink({ item, lang, onOpen }: { item: FrameworkItem; lang: Lang; onOpen: (id: string) => void }) {
  const { t } = useTranslation('search');
  const marked = useUntranslatedLabel();
  const framework = t(`frameworkShort.${item.frameworkId}`, { defaultValue: item.frameworkId });
  const title = pickText(item.title, lang);
  return (
    <button type="button" className="item-link" onClick={() => onOpen(item.id)} aria-label={marked(t('ui.item.link', { framework, code: item.code, title: title.value }), title.fallback)}>
      <span className={`fw-badge fw-${item.frameworkId}`}>{framework}</span>
      <span className="item-code">{item.code}</span>
      <span lang={title.fallback ? 'en' : undefined}>{title.value}</span>
      {title.fallback && <UntranslatedFlag />}
    </button>
  );
}

/** The policies linked to this item (the links table; empty until policies are mapped). */
function MappedPolicies({ itemId }: { itemId: string }) {
  const { t } = useTranslation('search');
  const { db } = useServices();
  const rows = useLiveQuery(async () => {
    const links = await db.links.ofItem(itemId);
    const policies = await db.policies.bulkGet(links.map((l) => l.policyId));
    return links.flatMap((link, i) => (policies[i] ? [{ link, policy: policies[i]! }] : []));
  }, [db, itemId]);
  return (
    <section>
      <h3>{t('ui.item.policies')}</h3>
      {!rows || rows.length === 0 ? (
        <p className="search-note">{t('ui.item.noPolicies')}</p>
      ) : (
        <ul className="mapped-policies">
          {rows.map(({ link, policy }) => (
            <li key={link.id}>
              <strong>{policy.title}</strong>
              {policy.city && <span className="search-note"> · {policy.city}</span>}
              <span className={`strength ${link.strength}`}>{t(`ui.item.${link.strength}`)}</span>
              {link.rationale && <p className="rationale">{link.rationale}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
