import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkPack } from '../../shared/model/framework';
import { isLang, LANGS, type Lang } from '../../shared/model/lang';
import type { Link } from '../../shared/model/link';
import { REGIONS, type Policy, type RegionId } from '../../shared/model/policy';
import { reportSheetIds } from '../../shared/report/buildReport';
import type { ReportScope } from '../../shared/report/scope';
import { REPORT_PRESETS, REPORT_SHEETS, type ReportPreset, type ReportSheetId } from '../../shared/report/sheets';
import { cityKey } from '../../shared/stats/stats';
import { useServices } from '../app/services';
import { loadPacks } from '../frameworks/installFrameworks';
import { META_NAME } from '../workspace/workspaceRepository';
import { WorkerCancelled } from '../workers/runInWorker';
import { runReportWorker, type ReportJob } from './runReportWorker';

type ScopeKind = 'all' | 'filter' | 'city' | 'region';
type Phase = { kind: 'idle' } | { kind: 'preparing' } | { kind: 'writing'; share: number } | { kind: 'done'; text: string; tone: 'info' | 'error' };

interface Props {
  open: boolean;
  onClose: () => void;
  /**
   * The ids of the rows the register shows now (its filter and sort), for the "current filter" scope; null while
   * the register is still reading its policies (what it shows then is not yet what the filter selects).
   */
  shownIds: () => string[] | null;
}

/**
 * "Export report": scope, preset, sheets and language, then the workbook is written in a Web Worker (the page
 * never freezes), with progress and a stop button, and saved through the platform (save dialog or download).
 */
export function ExportReportDialog({ open, onClose, shownIds }: Props) {
  const { t, i18n } = useTranslation(['report', 'common']);
  const { db, platform } = useServices();
  const ref = useRef<HTMLDialogElement>(null);
  const job = useRef<ReportJob | null>(null);
  const [data, setData] = useState<{ policies: Policy[]; links: Link[]; name: string; shown: string[] | null; packs: FrameworkPack[] } | null>(null);
  const [scopeKind, setScopeKind] = useState<ScopeKind>('all');
  const [city, setCity] = useState('');
  const [region, setRegion] = useState<RegionId | ''>('');
  const [preset, setPreset] = useState<ReportPreset | 'custom'>('congress');
  const [sheets, setSheets] = useState<ReportSheetId[]>([...REPORT_PRESETS.congress]);
  const [lang, setLang] = useState<Lang>(isLang(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
    if (!open) return;
    setPhase({ kind: 'idle' });
    if (isLang(i18n.resolvedLanguage)) setLang(i18n.resolvedLanguage);
    const shown = shownIds();
    let alive = true;
    void Promise.all([db.rows.policiesAndLinks(), db.meta.get(META_NAME), loadPacks(db)]).then(([{ policies, links }, name, packs]) => {
      if (!alive) return;
      // No name: the report says "Untitled workspace" in its own language (shared/report).
      setData({ policies, links, name: typeof name?.value === 'string' ? name.value : '', shown, packs });
      setScopeKind(shown && shown.length < policies.length ? 'filter' : 'all');
    });
    return () => {
      alive = false;
    };
    // Read afresh each time the dialog opens; shownIds is read at that moment on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const cities = useMemo(() => {
    const byKey = new Map<string, string>();
    for (const p of data?.policies ?? []) if (cityKey(p.city) && !byKey.has(cityKey(p.city))) byKey.set(cityKey(p.city), p.city.trim());
    return [...byKey.values()].sort((a, b) => a.localeCompare(b, lang));
  }, [data, lang]);
  const regions = useMemo(() => REGIONS.filter((r) => data?.policies.some((p) => p.region === r)), [data]);

  const chosenSheets = preset === 'custom' ? sheets : reportSheetIds({ preset });
  const scope: ReportScope | null = useMemo(() => {
    switch (scopeKind) {
      case 'all':
        return { kind: 'all' };
      case 'filter':
        return { kind: 'policies', ids: data?.shown ?? [] };
      case 'city':
        return city ? { kind: 'city', name: city } : null;
      case 'region':
        return region ? { kind: 'region', region } : null;
    }
  }, [scopeKind, city, region, data]);

  const busy = phase.kind === 'preparing' || phase.kind === 'writing';
  const close = useCallback(() => {
    job.current?.cancel();
    onClose();
  }, [onClose]);

  const exportReport = useCallback(async () => {
    if (!data || !scope) return;
    if (chosenSheets.length === 0) return setPhase({ kind: 'done', text: t('report:dialog.noSheets'), tone: 'error' });
    setPhase({ kind: 'preparing' });
    const now = new Date();
    const started = runReportWorker(
      { name: data.name, policies: data.policies, links: data.links, packs: data.packs, scope, preset, sheets: chosenSheets, lang, now: now.toISOString() },
      (share) => setPhase({ kind: 'writing', share }),
    );
    job.current = started;
    try {
      const result = await started.result;
      job.current = null;
      if (result.policies === 0) return setPhase({ kind: 'done', text: t('report:dialog.noPolicies'), tone: 'error' });
      const suggestedName = t('report:dialog.fileName', { preset, date: now.toISOString().slice(0, 10) });
      const saved = await platform.saveFile({ suggestedName, data: result.data, filters: [{ name: t('report:dialog.fileType'), extensions: ['xlsx'] }] });
      setPhase(
        saved.saved
          ? { kind: 'done', text: t('report:dialog.done', { location: saved.location ?? suggestedName }), tone: 'info' }
          : { kind: 'done', text: t('report:dialog.cancelled'), tone: 'info' },
      );
    } catch (error) {
      job.current = null;
      if (error instanceof WorkerCancelled) setPhase({ kind: 'done', text: t('report:dialog.cancelled'), tone: 'info' });
      else setPhase({ kind: 'done', text: t('report:dialog.failed', { message: (error as Error).message }), tone: 'error' });
    }
  }, [data, scope, chosenSheets, preset, lang, platform, t]);

  const count = data?.policies.length ?? 0;
  const presets: [ReportPreset | 'custom', string][] = [
    ['council', t('report:dialog.presetCouncil')],
    ['congress', t('report:dialog.presetCongress')],
    ['custom', t('report:dialog.presetCustom')],
  ];
  return (
    <dialog ref={ref} className="report-dialog" aria-labelledby="report-dialog-title" onCancel={(e) => (busy ? e.preventDefault() : close())}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void exportReport();
        }}
      >
        <h2 id="report-dialog-title">{t('report:dialog.title')}</h2>
        <fieldset disabled={busy}>
          <legend>{t('report:dialog.scope')}</legend>
          <label>
            <input type="radio" name="scope" checked={scopeKind === 'all'} onChange={() => setScopeKind('all')} />
            {t('report:dialog.scopeAll', { count })}
          </label>
          <label>
            <input type="radio" name="scope" checked={scopeKind === 'filter'} disabled={data?.shown === null} onChange={() => setScopeKind('filter')} />
            {data?.shown === null ? t('report:dialog.scopeFilterLoading') : t('report:dialog.scopeFilter', { count: data?.shown.length ?? 0 })}
          </label>
          <label>
            <input type="radio" name="scope" checked={scopeKind === 'city'} onChange={() => setScopeKind('city')} />
            {t('report:dialog.scopeCity')}
          </label>
          {scopeKind === 'city' && (
            <select className="indent" aria-label={t('report:dialog.city')} value={city} onChange={(e) => setCity(e.target.value)} required>
              <option value="">{t('report:dialog.chooseCity')}</option>
              {cities.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
          <label>
            <input type="radio" name="scope" checked={scopeKind === 'region'} onChange={() => setScopeKind('region')} />
            {t('report:dialog.scopeRegion')}
          </label>
          {scopeKind === 'region' && (
            <select className="indent" aria-label={t('report:dialog.region')} value={region} onChange={(e) => setRegion(e.target.value as RegionId | '')} required>
              <option value="">{t('report:dialog.region')}</option>
              {regions.map((r) => (
                <option key={r} value={r}>
                  {t(`common:regions.${r}`)}
                </option>
              ))}
            </select>
          )}
        </fieldset>
        <fieldset disabled={busy}>
          <legend>{t('report:dialog.preset')}</legend>
          {presets.map(([id, label]) => (
            <label key={id}>
              <input
                type="radio"
                name="preset"
                checked={preset === id}
                onChange={() => {
                  // Choosing sheets starts from the sheets of the preset the user had.
                  if (id === 'custom') setSheets(chosenSheets);
                  setPreset(id);
                }}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={busy || preset !== 'custom'}>
          <legend>{t('report:dialog.sheets')}</legend>
          <div className="sheet-list">
            {REPORT_SHEETS.map((id) => (
              <label key={id}>
                <input
                  type="checkbox"
                  checked={chosenSheets.includes(id)}
                  onChange={(e) => setSheets((list) => (e.target.checked ? [...list, id] : list.filter((s) => s !== id)))}
                />
                {t(`report:sheets.${id}`, { lng: lang })}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="field">
          <span>{t('report:dialog.language')}</span>
          <select value={lang} disabled={busy} onChange={(e) => isLang(e.target.value) && setLang(e.target.value)}>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {t(`common:languages.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="report-status" aria-live="polite">
          {phase.kind === 'preparing' && <span>{t('report:dialog.preparing')}</span>}
          {phase.kind === 'writing' && (
            <>
              <progress aria-label={t('report:dialog.progress')} max={1} value={phase.share} />
              <span>{t('report:dialog.exporting', { percent: Math.round(phase.share * 100) })}</span>
            </>
          )}
          {phase.kind === 'done' && <span className={phase.tone === 'error' ? 'error-text' : undefined} role={phase.tone === 'error' ? 'alert' : 'status'}>{phase.text}</span>}
        </div>
        <div className="dialog-actions">
          {busy ? (
            <button type="button" onClick={() => job.current?.cancel()}>
              {t('report:dialog.stop')}
            </button>
          ) : (
            <button type="button" onClick={close}>
              {t('common:close')}
            </button>
          )}
          <button type="submit" className="primary" disabled={busy || !data || !scope || chosenSheets.length === 0}>
            {t('report:dialog.export')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
