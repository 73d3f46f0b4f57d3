import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { revisionProblemMessage } from '../../shared/frameworks/messages';
import { readFrameworkPack } from '../../shared/frameworks/packSchema';
import { checkCorrespondence, parseCorrespondence, planRevision, RevisionError, type RevisionPlan, type RevisionProblem } from '../../shared/frameworks/revision';
import { readProblemMessage } from '../../shared/i18n/readProblems';
import { decodeText } from '../../shared/import/bytes';
import type { FrameworkPack } from '../../shared/model/framework';
import type { Link } from '../../shared/model/link';
import { takeBackup } from '../backups/backupService';
import { useServices } from '../app/services';
import { useModalDialog } from '../ui/useModalDialog';
import { applyRevision, reviewKey } from './frameworkUpdates';
import { installedPack } from './installFrameworks';
import { Outcome, ShortList } from './Outcome';

const REVIEW_PREFIX = reviewKey('');

interface Props {
  open: boolean;
  onClose: () => void;
}

interface Chosen<T> {
  name: string;
  value: T;
}

type Outcome = { text: string; tone: 'info' | 'error'; details: string[] };

/**
 * Loads a new version of an installed framework (the Charter-Agenda is under revision) with its correspondence
 * table: shows where every link will go before anything changes, takes a backup, applies it in one transaction,
 * then reloads the installed catalogue so every view uses the new items. Links with no counterpart are set aside for review.
 */
export function RevisionDialog({ open, onClose }: Props) {
  const { t } = useTranslation(['search', 'common']);
  const { db, platform, catalogs } = useServices();
  const ref = useModalDialog(open);
  const [pack, setPack] = useState<Chosen<FrameworkPack> | null>(null);
  const [table, setTable] = useState<Chosen<Map<string, string>> | null>(null);
  const [plan, setPlan] = useState<RevisionPlan | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [applied, setApplied] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (open) {
      setPack(null);
      setTable(null);
      setPlan(null);
      setOutcome(null);
      setApplied(false);
    }
  }, [open]);

  const refuse = (name: string, details: string[]) => setOutcome({ text: t('revision.refused', { name }), tone: 'error', details });
  const problemText = (p: RevisionProblem) => revisionProblemMessage(t, p);

  // The plan is worked out as soon as both files are in, against what is installed now: nothing is written.
  useEffect(() => {
    if (!pack || !table) return setPlan(null);
    let live = true;
    void (async () => {
      const id = pack.value.framework.id;
      const current = await installedPack(db, id);
      if (!current) return live && refuse(pack.name, [t('revision.problems.notInstalled', { detail: id })]);
      const oldPack = current.pack;
      const problems = checkCorrespondence(oldPack, pack.value, table.value);
      if (problems.length) return live && refuse(table.name, problems.map(problemText));
      const links = await db.links.ofFramework(id);
      if (live) {
        setOutcome(null);
        setPlan(planRevision(oldPack, pack.value, table.value, links, new Date().toISOString()));
      }
    })();
    return () => {
      live = false;
    };
    // refuse and problemText only translate.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pack, table, db]);

  const choosePack = async () => {
    const file = await platform.openFile({ filters: [{ name: t('revision.packType'), extensions: ['json'] }] });
    if (!file) return;
    const read = readFrameworkPack(decodeText(file.data).text);
    if (read.ok) setPack({ name: file.name, value: read.pack });
    else {
      setPack(null);
      refuse(file.name, [t('revision.problems.unreadable', { detail: readProblemMessage(t, read.reason) })]);
    }
  };

  const chooseTable = async () => {
    const file = await platform.openFile({ filters: [{ name: t('revision.tableType'), extensions: ['json', 'csv'] }] });
    if (!file) return;
    const parsed = parseCorrespondence(decodeText(file.data).text);
    if (parsed.problems.length) {
      setTable(null);
      return refuse(file.name, parsed.problems.map(problemText));
    }
    setTable({ name: file.name, value: parsed.table });
  };

  const apply = async () => {
    if (!pack || !table) return;
    setBusy(true);
    try {
      await takeBackup(db, platform); // the links as they were, should the revision turn out wrong
      const done = await applyRevision(db, pack.value, table.value);
      await catalogs.reload(); // every view (register, pickers, dashboard, import, search) uses the new items
      setApplied(true);
      setOutcome({
        text: t('revision.applied', { framework: t(`frameworkShort.${done.frameworkId}`, { defaultValue: done.frameworkId }), version: done.toVersion }),
        tone: 'info',
        details: [],
      });
    } catch (error) {
      // The table was checked when chosen; the installed version may have changed since (another window).
      if (error instanceof RevisionError) refuse(table.name, error.problems.map(problemText));
      else setOutcome({ text: t('revision.failed', { message: error instanceof Error ? error.message : String(error) }), tone: 'error', details: [] });
    } finally {
      setBusy(false);
    }
  };


  return (
    <dialog ref={ref} className="workspace-dialog official-dialog" aria-labelledby="revision-title" onCancel={onClose}>
      <h2 id="revision-title">{t('revision.title')}</h2>
      <p>{t('revision.intro')}</p>
      <div className="revision-files">
        <button type="button" disabled={applied} onClick={() => void choosePack()}>
          {t('revision.choosePack')}
        </button>
        <span>{pack ? t('revision.pack', { name: pack.name, framework: pack.value.framework.id, version: pack.value.framework.version, count: pack.value.items.length }) : ''}</span>
        <button type="button" disabled={applied} onClick={() => void chooseTable()}>
          {t('revision.chooseTable')}
        </button>
        <span>{table ? t('revision.table', { name: table.name, count: table.value.size }) : ''}</span>
      </div>
      {plan && !applied && (
        <div role="status" className="revision-plan">
          <p>
            {t('revision.plan', {
              from: plan.fromVersion,
              to: plan.toVersion,
              kept: plan.kept.length,
              moved: plan.moved.length,
              merged: plan.merged.length,
              unmatched: plan.unmatched.length,
            })}
          </p>
          {plan.unmatched.length > 0 && <ReviewList links={plan.unmatched.map((l) => ({ policyId: l.policyId, itemId: l.itemId }))} />}
        </div>
      )}
      {outcome && <Outcome text={outcome.text} tone={outcome.tone} details={outcome.details} />}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common:close')}
        </button>
        {!applied && (
          <button type="button" className="primary" disabled={!plan || busy} onClick={() => void apply()}>
            {t('revision.apply')}
          </button>
        )}
      </div>
    </dialog>
  );
}

/** Links that cannot follow a revision, by policy title and former item id. */
export function ReviewList({ links }: { links: { policyId: string; itemId: string }[] }) {
  const { t } = useTranslation('search');
  const { db } = useServices();
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    void db.policies.bulkGet(links.map((l) => l.policyId)).then((rows) => live && setTitles(new Map(rows.flatMap((p) => (p ? [[p.id, p.title] as const] : [])))));
    return () => {
      live = false;
    };
  }, [links, db]);
  const lines = links.map((l) => t('revision.unmatchedLink', { policy: titles.get(l.policyId) ?? l.policyId, item: l.itemId }));
  return <ShortList lines={lines} heading={<p>{t('revision.unmatchedHeading', { count: links.length })}</p>} />;
}

/**
 * In the Frameworks view while links set aside by a revision wait for review: which ones, and a way to say
 * they have been dealt with (the analyst maps those policies again in the register).
 */
export function RevisionReviewNotice() {
  const { t } = useTranslation('search');
  const { db } = useServices();
  const waiting = useLiveQuery(async () => {
    const rows = await db.meta.where('key').startsWith(REVIEW_PREFIX).toArray();
    return rows.flatMap((row) => (Array.isArray(row.value) ? (row.value as Link[]) : [])).map((l) => ({ policyId: l.policyId, itemId: l.itemId }));
  }, [db]);
  if (!waiting?.length) return null;
  const clear = () => void db.meta.where('key').startsWith(REVIEW_PREFIX).delete();
  return (
    <details className="revision-review">
      <summary>{t('revision.waiting', { count: waiting.length })}</summary>
      <ReviewList links={waiting} />
      <button type="button" onClick={clear}>
        {t('revision.reviewed')}
      </button>
    </details>
  );
}
