import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COLUMN_TARGETS, matchHeaders, type ColumnTarget } from '../../shared/import/headers';
import { builtinCatalog } from '../../shared/frameworks/builtin';
import { ImportFileError } from '../../shared/import/limits';
import { linkDetailsFor } from '../../shared/import/linkDetails';
import { fileErrorMessage, problemMessage, targetKey } from '../../shared/import/messages';
import { duplicateKey, type DuplicateMode, type ImportPlan } from '../../shared/import/plan';
import { defaultSheet, tableOf, type Spreadsheet } from '../../shared/import/readSpreadsheet';
import type { HeaderedTable } from '../../shared/import/table';
import type { Link } from '../../shared/model/link';
import type { Policy } from '../../shared/model/policy';
import { useServices } from '../app/services';
import { WorkerCancelled } from '../workers/runInWorker';
import { applyImport, isCancel } from './applyImport';
import { SpreadsheetReader } from './readSpreadsheetInWorker';
import { useImportPlan } from './useImportPlan';

const PREVIEW_ROWS = 8;
const SHOWN_PROBLEMS = 50;
const DUPLICATE_MODES: DuplicateMode[] = ['skip', 'update', 'add'];

interface Props {
  open: boolean;
  onClose: (message?: { text: string; tone: 'info' | 'error' }) => void;
}

/**
 * The import wizard: choose a file (through the Platform), a sheet, check the columns (auto-matched from their
 * headers), see the first rows as they will be stored and every problem with its row number, choose what to do
 * with duplicates, import with progress. Writing is one transaction: a failure or a cancel changes nothing.
 */
export function ImportWizard({ open, onClose }: Props) {
  const { t } = useTranslation(['import', 'common', 'register']);
  const { platform, db, changes, links: linkStore } = useServices();
  const ref = useRef<HTMLDialogElement>(null);
  const [fileName, setFileName] = useState('');
  const [book, setBook] = useState<Spreadsheet | null>(null);
  const [sheetName, setSheetName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [targets, setTargets] = useState<ColumnTarget[]>([]);
  const [duplicates, setDuplicates] = useState<DuplicateMode>('skip');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [existing, setExisting] = useState<{ policies: Policy[]; links: Link[] } | null>(null);
  const [author, setAuthor] = useState('');
  const [writing, setWriting] = useState<number | null>(null);
  const cancelRef = useRef({ aborted: false });
  /** Reads chosen files in workers while the wizard is open; closing it stops them. */
  const readerRef = useRef<SpreadsheetReader | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
    if (open) {
      void Promise.all([db.rows.policiesAndLinks(), linkStore.author()]).then(([current, name]) => {
        setExisting(current);
        setAuthor(name);
      });
    } else {
      setReading(false);
      setBook(null);
      setFileName('');
      setError(null);
      setTargets([]);
      setExisting(null);
      setSkipInvalid(false);
      setDuplicates('skip');
    }
  }, [open, db, linkStore]);

  useEffect(() => {
    if (!open) return;
    const reader = new SpreadsheetReader();
    readerRef.current = reader;
    return () => {
      reader.dispose();
      readerRef.current = null;
    };
  }, [open]);

  const table = useMemo<HeaderedTable | null>(() => {
    const sheet = book?.sheets.find((s) => s.name === sheetName);
    if (!sheet) return null;
    try {
      return tableOf(sheet);
    } catch (e) {
      if (e instanceof ImportFileError) return null;
      throw e;
    }
  }, [book, sheetName]);

  const sheetError = useMemo(() => {
    const sheet = book?.sheets.find((s) => s.name === sheetName);
    if (!sheet) return null;
    try {
      tableOf(sheet);
      return null;
    } catch (e) {
      return e instanceof ImportFileError ? fileErrorMessage(t, e) : String(e);
    }
  }, [book, sheetName, t]);

  useEffect(() => setTargets(table ? matchHeaders(table.headers) : []), [table]);

  // Our own report's Links sheet carries each link's strength, rationale and author.
  const linkDetails = useMemo(() => (book && table ? linkDetailsFor(book.sheets, table.sheet, builtinCatalog().has) : null), [book, table]);
  const { plan, progress } = useImportPlan(table, targets, duplicates, existing, author, linkDetails);

  const chooseFile = useCallback(async () => {
    setError(null);
    const file = await platform.openFile({ filters: [{ name: t('import:wizard.title'), extensions: ['xlsx', 'csv', 'tsv', 'txt'] }] });
    const reader = readerRef.current;
    if (!file || !reader) return;
    const job = reader.read(file.data);
    setFileName(file.name);
    setError(null);
    setReading(true);
    setBook(null);
    try {
      const read = await job.result;
      setBook(read);
      setSheetName(defaultSheet(read.sheets)?.name ?? '');
    } catch (e) {
      // A cancelled read (a newer file, the wizard closed) says nothing: whoever cancelled it owns the state.
      if (e instanceof WorkerCancelled) return;
      setError(e instanceof ImportFileError ? fileErrorMessage(t, e) : e instanceof Error ? e.message : String(e));
    } finally {
      if (reader.isCurrent(job)) setReading(false);
    }
  }, [platform, t]);

  const runImport = useCallback(async () => {
    if (!plan) return;
    cancelRef.current = { aborted: false };
    setWriting(0);
    try {
      await applyImport(changes, plan, { signal: cancelRef.current, onProgress: (done, total) => setWriting(Math.round((done / total) * 100)) });
      const counts = { added: plan.added.length, updated: plan.updated.length, skipped: plan.skipped, links: plan.links.length };
      onClose({ text: plan.added.length + plan.updated.length + plan.links.length ? t('import:wizard.done', counts) : t('import:wizard.nothing'), tone: 'info' });
    } catch (e) {
      if (isCancel(e)) onClose({ text: t('import:wizard.cancelled'), tone: 'info' });
      else setError(t('import:wizard.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setWriting(null);
    }
  }, [plan, changes, onClose, t]);

  const cancel = () => {
    if (writing !== null) cancelRef.current.aborted = true;
    else onClose();
  };

  const blocked = !plan || (plan.invalid > 0 && !skipInvalid) || writing !== null || progress !== null;
  const matchedDuplicates = plan ? plan.rows.filter((r) => r.action === 'skip' || r.action === 'update').length + (duplicates === 'add' ? countAddDuplicates(plan, existing) : 0) : 0;

  return (
    <dialog ref={ref} className="import-wizard" aria-labelledby="import-title" onCancel={(e) => { e.preventDefault(); cancel(); }}>
      <h2 id="import-title">{t('import:wizard.title')}</h2>

      <section aria-labelledby="import-step-file" className="wizard-step">
        <h3 id="import-step-file">{t('import:wizard.stepFile')}</h3>
        <p className="hint">{t('import:wizard.fileHint')}</p>
        <div className="row">
          <button type="button" className="primary" onClick={() => void chooseFile()} disabled={writing !== null}>
            {t('import:wizard.chooseFile')}
          </button>
          {reading && (
            <span role="status" className="row">
              <progress aria-label={t('import:wizard.reading', { name: fileName })} />
              <span>{t('import:wizard.reading', { name: fileName })}</span>
            </span>
          )}
          {book && table && <span>{t('import:wizard.fileInfo', { name: fileName, rows: table.rows.length })}</span>}
          {book?.kind === 'csv' && <span className="muted">{t('import:wizard.csvInfo', { encoding: book.encoding ?? '', separator: book.separator === '\t' ? '⇥' : (book.separator ?? '') })}</span>}
        </div>
        {book && book.sheets.length > 1 && (
          <label className="row">
            <span>{t('import:wizard.sheet')}</span>
            <select value={sheetName} onChange={(e) => setSheetName(e.target.value)}>
              {book.sheets.map((s) => (
                <option key={s.name} value={s.name}>{s.name}</option>
              ))}
            </select>
          </label>
        )}
        {(error ?? sheetError) && <p role="alert" className="error-text">{error ?? sheetError}</p>}
      </section>

      {table && (
        <section aria-labelledby="import-step-columns" className="wizard-step">
          <h3 id="import-step-columns">{t('import:wizard.stepColumns')}</h3>
          <p className="hint">{t('import:wizard.columnsIntro')}</p>
          <table className="mapping-table">
            <thead>
              <tr>
                <th scope="col">{t('import:wizard.columnHeader')}</th>
                <th scope="col">{t('import:wizard.columnTarget')}</th>
                <th scope="col">{t('import:wizard.columnSample')}</th>
              </tr>
            </thead>
            <tbody>
              {table.headers.map((header, c) => (
                <tr key={`${c}-${header}`}>
                  <th scope="row">{header}</th>
                  <td>
                    <select
                      aria-label={t('import:wizard.targetFor', { header })}
                      value={targets[c] ?? 'ignore'}
                      onChange={(e) => setTargets((old) => old.map((v, i) => (i === c ? (e.target.value as ColumnTarget) : v)))}
                    >
                      {COLUMN_TARGETS.map((target) => (
                        <option key={target} value={target}>{t(targetKey(target))}</option>
                      ))}
                    </select>
                  </td>
                  <td className="sample">{table.rows[0]?.cells[c] ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {!targets.includes('title') && <p role="alert" className="error-text">{t('import:fileErrors.noTitleColumn')}</p>}
        </section>
      )}

      {table && plan && (
        <section aria-labelledby="import-step-review" className="wizard-step">
          <h3 id="import-step-review">{t('import:wizard.stepReview')}</h3>
          <p className="summary" role="status">
            {t('import:wizard.summary', { added: plan.added.length, updated: plan.updated.length, skipped: plan.skipped, links: plan.links.length })}
          </p>
          {linkDetails && <p className="hint">{t('import:wizard.linkDetails', { sheet: linkDetails.sheet })}</p>}
          <h4>{t('import:wizard.preview')}</h4>
          <div className="preview-host">
            <table className="preview-table" aria-label={t('import:wizard.preview')}>
              <thead>
                <tr>
                  <th scope="col">{t('import:wizard.previewRow')}</th>
                  <th scope="col">{t('import:wizard.previewAction')}</th>
                  <th scope="col">{t('register:columns.title')}</th>
                  <th scope="col">{t('register:columns.city')}</th>
                  <th scope="col">{t('register:columns.country')}</th>
                  <th scope="col">{t('register:columns.region')}</th>
                  <th scope="col">{t('register:columns.status')}</th>
                  <th scope="col">{t('register:columns.startYear')}</th>
                  <th scope="col">{t('import:targets.groups')}</th>
                  <th scope="col">{t('import:wizard.previewLinks')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.rows.slice(0, PREVIEW_ROWS).map((row) => (
                  <tr key={row.row} className={`action-${row.action}`}>
                    <td>{row.row}</td>
                    <td>{t(`import:wizard.actions.${row.action}`)}</td>
                    <td>{row.policy.title}</td>
                    <td>{row.policy.city}</td>
                    <td>{row.policy.country}</td>
                    <td>{row.policy.region ? t(`common:regions.${row.policy.region}`) : ''}</td>
                    <td>{row.policy.status ? t(`common:statuses.${row.policy.status}`) : ''}</td>
                    <td>{row.policy.startYear ?? ''}</td>
                    <td>{row.policy.groups.map((g) => t(`groups:names.${g}`)).join('; ')}</td>
                    <td className="codes">{row.itemIds.join(' ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {plan.problems.length > 0 && (
            <div className="problems" role="region" aria-labelledby="import-problems">
              <h4 id="import-problems">{t('import:wizard.problems', { count: plan.invalid })}</h4>
              <ul>
                {plan.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                  <li key={i}>{problemMessage(t, p)}</li>
                ))}
              </ul>
              {plan.problems.length > SHOWN_PROBLEMS && <p>{t('import:wizard.moreProblems', { count: plan.problems.length - SHOWN_PROBLEMS })}</p>}
              <p className="hint">{t('import:wizard.problemsHint')}</p>
              <label className="row">
                <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />
                <span>{t('import:wizard.skipInvalid')}</span>
              </label>
            </div>
          )}

          <fieldset className="duplicates">
            <legend>{t('import:wizard.duplicates')}</legend>
            <p className="hint">{matchedDuplicates ? t('import:wizard.duplicatesCount', { count: matchedDuplicates }) : t('import:wizard.noDuplicates')}</p>
            {DUPLICATE_MODES.map((mode) => (
              <label key={mode} className="row">
                <input type="radio" name="import-duplicates" value={mode} checked={duplicates === mode} onChange={() => setDuplicates(mode)} />
                <span>{t(`import:duplicates.${mode}`)}</span>
              </label>
            ))}
          </fieldset>
        </section>
      )}

      {progress !== null && <p role="status">{t('import:wizard.planning', { percent: progress })}</p>}
      {writing !== null && (
        <div role="status" className="row">
          <progress max={100} value={writing} aria-label={t('import:wizard.importing', { percent: writing })} />
          <span>{t('import:wizard.importing', { percent: writing })}</span>
        </div>
      )}

      <div className="dialog-actions">
        <button type="button" onClick={cancel}>{t('common:cancel')}</button>
        <button type="button" className="primary" disabled={blocked} onClick={() => void runImport()}>
          {t('import:wizard.import')}
        </button>
      </div>
    </dialog>
  );
}

/** With "add", duplicates are imported as new rows; still tell the user how many rows matched. */
function countAddDuplicates(plan: ImportPlan, existing: { policies: Policy[] } | null): number {
  if (!existing) return 0;
  const keys = new Set(existing.policies.map((p) => duplicateKey(p.title, p.city)));
  return plan.added.filter((p) => keys.has(duplicateKey(p.title, p.city))).length;
}
