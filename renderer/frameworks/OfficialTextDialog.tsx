import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { officialTextProblemMessage } from '../../shared/frameworks/messages';
import { readOfficialTextFile, type OfficialTextProblem } from '../../shared/frameworks/officialText';
import { useServices } from '../app/services';
import { loadXlsxBrowser } from '../import/xlsxLoader';
import { useModalDialog } from '../ui/useModalDialog';
import { applyOfficialText } from './frameworkUpdates';
import { Outcome } from './Outcome';

interface Props {
  open: boolean;
  onClose: () => void;
}

/**
 * Attaches official wording (the Charter's or the SDGs' own sentences) that the user has a right to use:
 * a JSON pack, a CSV or an .xlsx with a code column and a column per language. All or nothing; the item view,
 * the search and the report's Frameworks sheet show it beside our summaries.
 */
export function OfficialTextDialog({ open, onClose }: Props) {
  const { t } = useTranslation(['search', 'import', 'common']);
  const { db, platform, catalog, catalogs } = useServices();
  const ref = useModalDialog(open);
  const [frameworkId, setFrameworkId] = useState('charter');
  const [source, setSource] = useState('');
  const [version, setVersion] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; tone: 'info' | 'error'; problems: string[] } | null>(null);

  useEffect(() => {
    if (open) setResult(null);
  }, [open]);

  const problemText = (p: OfficialTextProblem) => officialTextProblemMessage(t, p);

  const choose = async () => {
    const file = await platform.openFile({ filters: [{ name: t('official.fileType'), extensions: ['json', 'csv', 'xlsx', 'txt'] }] });
    if (!file) return;
    setBusy(true);
    try {
      const read = await readOfficialTextFile(file.data, loadXlsxBrowser, { frameworkId, source: source.trim() || file.name, version: version.trim() || '—' });
      const applied = read.ok ? await applyOfficialText(db, read.value) : read;
      if (!applied.ok) {
        const problems = applied.problems.map(problemText);
        setResult({ text: t('official.refused', { name: file.name, count: problems.length }), tone: 'error', problems });
        return;
      }
      await catalogs.reload(); // the search, the pickers and the item view see the new wording
      const framework = read.ok ? read.value.frameworkId : frameworkId;
      setResult({ text: t('official.done', { count: applied.value, framework: t(`frameworkShort.${framework}`, { defaultValue: framework }), name: file.name }), tone: 'info', problems: [] });
    } catch (error) {
      setResult({ text: t('official.failed', { message: error instanceof Error ? error.message : String(error) }), tone: 'error', problems: [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="workspace-dialog official-dialog" aria-labelledby="official-title" onCancel={onClose}>
      <h2 id="official-title">{t('official.title')}</h2>
      <p>{t('official.intro')}</p>
      <div className="official-fields">
        <label>
          <span>{t('official.framework')}</span>
          <select value={frameworkId} onChange={(event) => setFrameworkId(event.target.value)}>
            {catalog.frameworks.map((f) => (
              <option key={f.id} value={f.id}>
                {t(`frameworkShort.${f.id}`, { defaultValue: f.id })}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('official.source')}</span>
          <input value={source} onChange={(event) => setSource(event.target.value)} placeholder={t('official.sourcePlaceholder')} />
        </label>
        <label>
          <span>{t('official.version')}</span>
          <input value={version} onChange={(event) => setVersion(event.target.value)} placeholder="2011" />
        </label>
      </div>
      <p className="search-note">{t('official.formats')}</p>
      {result && <Outcome text={result.text} tone={result.tone} details={result.problems} />}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common:close')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void choose()}>
          {t('official.choose')}
        </button>
      </div>
    </dialog>
  );
}

