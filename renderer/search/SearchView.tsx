import { useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, isLang, type Lang } from '../../shared/model/lang';
import { search, type SearchHit } from '../../shared/search/search';
import { OfficialTextDialog } from '../frameworks/OfficialTextDialog';
import { RevisionDialog, RevisionReviewNotice } from '../frameworks/RevisionDialog';
import { useCatalog } from '../frameworks/useCatalog';
import { UntranslatedFlag } from '../ui/Untranslated';
import { Highlighted } from './Highlighted';
import { ItemView } from './ItemView';
import './search.css';

const RESULT_LIMIT = 50;
/** How much of an item's text a result shows. */
const SNIPPET_LENGTH = 220;

/**
 * The frameworks panel: one search box over every framework in three languages, filters, results with the
 * matched words highlighted, and the item view. Typing stays fluid: results follow a deferred copy of the query.
 */
export function SearchView() {
  const { t, i18n } = useTranslation('search');
  const loaded = useCatalog();
  const lang: Lang = isLang(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const [query, setQuery] = useState('');
  const [frameworks, setFrameworks] = useState<string[]>([]);
  const [matchLang, setMatchLang] = useState<Lang | ''>('');
  const [active, setActive] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const [officialOpen, setOfficialOpen] = useState(false);
  const [revisionOpen, setRevisionOpen] = useState(false);
  const deferredQuery = useDeferredValue(query);
  const listId = useId();

  const hits: SearchHit[] = useMemo(
    () =>
      loaded
        ? search(loaded.index, deferredQuery, { lang, frameworks, languages: matchLang ? [matchLang] : undefined, limit: RESULT_LIMIT })
        : [],
    [loaded, deferredQuery, lang, frameworks, matchLang],
  );
  const activeIndex = Math.min(active, Math.max(0, hits.length - 1));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!hits.length) return;
    if (event.key === 'ArrowDown') setActive(Math.min(activeIndex + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setActive(Math.max(activeIndex - 1, 0));
    else if (event.key === 'Home' && event.ctrlKey) setActive(0);
    else if (event.key === 'End' && event.ctrlKey) setActive(hits.length - 1);
    else if (event.key === 'Enter') setOpenId(hits[activeIndex]!.id);
    else return;
    event.preventDefault();
    document.getElementById(`${listId}-${activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
  };

  const toggleFramework = (id: string) =>
    setFrameworks((current) => (current.includes(id) ? current.filter((f) => f !== id) : [...current, id]));

  return (
    <div className="search-view">
      <section className="search-pane" aria-label={t('ui.results')}>
        <div className="search-heading">
          <h1>{t('ui.heading')}</h1>
          <span className="search-heading-actions">
            <button type="button" onClick={() => setOfficialOpen(true)}>
              {t('official.open')}
            </button>
            <button type="button" onClick={() => setRevisionOpen(true)}>
              {t('revision.open')}
            </button>
          </span>
        </div>
        <OfficialTextDialog open={officialOpen} onClose={() => setOfficialOpen(false)} />
        <RevisionDialog open={revisionOpen} onClose={() => setRevisionOpen(false)} />
        <RevisionReviewNotice />
        <input
          type="search"
          className="search-box"
          aria-label={t('ui.box')}
          placeholder={t('ui.placeholder')}
          value={query}
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={hits.length ? `${listId}-${activeIndex}` : undefined}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          autoFocus
        />
        <fieldset className="search-filters">
          <legend>{t('ui.filters')}</legend>
          <div role="group" aria-label={t('ui.frameworks')} className="framework-filters">
            {(loaded?.catalog.frameworks ?? []).map((f) => (
              <label key={f.id} className="chip-toggle">
                <input type="checkbox" checked={frameworks.includes(f.id)} onChange={() => toggleFramework(f.id)} />
                <span>{t(`frameworkShort.${f.id}`, { defaultValue: f.id })}</span>
              </label>
            ))}
          </div>
          <label className="match-lang">
            <span>{t('ui.searchIn')}</span>
            <select value={matchLang} onChange={(event) => setMatchLang(isLang(event.target.value) ? event.target.value : '')}>
              <option value="">{t('ui.allLanguages')}</option>
              {LANGS.map((l) => (
                <option key={l} value={l}>
                  {t(`common:languages.${l}`)}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        {!loaded ? (
          <p className="search-note">{t('ui.loading')}</p>
        ) : !deferredQuery.trim() ? (
          <p className="search-note">{t('ui.hint')}</p>
        ) : hits.length === 0 ? (
          <p className="search-note" role="status">
            {t('ui.noResults', { query: deferredQuery })}
          </p>
        ) : (
          <p className="search-note" role="status">
            {t('ui.resultCount', { count: hits.length })}
          </p>
        )}
        <ul id={listId} role="listbox" aria-label={t('ui.results')} className="search-results">
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              className={hit.id === openId ? 'open' : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setActive(i);
                setOpenId(hit.id);
              }}
            >
              <div className="result-head">
                <span className={`fw-badge fw-${hit.framework}`}>{t(`frameworkShort.${hit.framework}`, { defaultValue: hit.framework })}</span>
                <span className="result-code">{hit.code}</span>
                <span className="result-title" lang={hit.fallback ? 'en' : undefined}>
                  <Highlighted text={hit.title} ranges={hit.matches.title} />
                </span>
                {hit.exact && <span className="result-flag">{t('ui.exact')}</span>}
                {hit.fallback && <UntranslatedFlag />}
              </div>
              <p className="result-text" lang={hit.fallback ? 'en' : lang}>
                <Highlighted text={snippet(hit).text} ranges={snippet(hit).ranges} />
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section className="item-pane" aria-label={t('ui.item.label')}>
        {loaded && openId ? <ItemView id={openId} catalog={loaded.catalog} lang={lang} onOpen={setOpenId} /> : <p className="search-note">{t('ui.item.empty')}</p>}
      </section>
    </div>
  );
}

/** A window of the text around its first match, with ranges shifted to fit. */
function snippet(hit: SearchHit): { text: string; ranges: [number, number][] } {
  // One space per whitespace character keeps the match ranges valid.
  const text = hit.text.replace(/\s/g, ' ');
  if (text.length <= SNIPPET_LENGTH) return { text, ranges: hit.matches.text };
  const first = hit.matches.text[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - 60, text.length - SNIPPET_LENGTH));
  const end = start + SNIPPET_LENGTH;
  const prefix = start > 0 ? '…' : '';
  const ranges = hit.matches.text
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]) => [s - start + prefix.length, e - start + prefix.length] as [number, number]);
  return { text: `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`, ranges };
}
