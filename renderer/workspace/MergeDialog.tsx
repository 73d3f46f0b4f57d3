import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceFile } from '../../shared/workspace/format';
import { mergeOps, planMerge, type MergeChoices, type MergeField, type MergePlan } from '../../shared/workspace/merge';
import { useServices } from '../app/services';
import type { ChangeOp } from '../db/database';

export const MERGE_LABEL = 'workspace:history.merge';

interface Props {
  file: { name: string; workspace: WorkspaceFile } | null;
  onClose: (message?: { text: string; tone: 'info' | 'error' }) => void;
}

/** Shows what a colleague's file brings and lets the user resolve each field edited on both sides. */
export function MergeDialog({ file, onClose }: Props) {
  const { t } = useTranslation(['workspace', 'register', 'import', 'common', 'groups']);
  const { db, changes } = useServices();
  const ref = useRef<HTMLDialogElement>(null);
  const [plan, setPlan] = useState<MergePlan | null>(null);
  const [choices, setChoices] = useState<MergeChoices>({});

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (file && !dialog.open) dialog.showModal();
    if (!file && dialog.open) dialog.close();
    setPlan(null);
    setChoices({});
    if (file) void Promise.all([db.policies.toArray(), db.links.toArray()]).then(([policies, links]) => setPlan(planMerge({ policies, links }, file.workspace)));
  }, [file, db]);

  const fieldName = (f: MergeField) => (f === 'groups' ? t('import:targets.groups') : t(`register:columns.${f}`));
  const show = (f: MergeField, value: unknown): string => {
    if (Array.isArray(value)) return value.map((g) => t(`groups:names.${g}`)).join('; ');
    if (value === null || value === '') return '';
    if (f === 'status') return t(`common:statuses.${String(value)}`);
    if (f === 'region') return t(`common:regions.${String(value)}`);
    return String(value);
  };
  const ops = useMemo(() => (plan ? mergeOps(plan, choices, new Date().toISOString()) : []), [plan, choices]);

  const merge = async () => {
    if (!plan) return;
    try {
      await changes.change(MERGE_LABEL, () => ops as ChangeOp[]);
      const changed = ops.filter((op) => op.table === 'policies' && op.before).length;
      onClose({ text: ops.length ? t('ui.merged', { added: plan.added.length, links: plan.links.length, changed }) : t('ui.nothingToMerge'), tone: 'info' });
    } catch (error) {
      onClose({ text: t('ui.failed', { message: error instanceof Error ? error.message : String(error) }), tone: 'error' });
    }
  };

  return (
    <dialog ref={ref} className="workspace-dialog" aria-labelledby="merge-title" onCancel={() => onClose()}>
      <h2 id="merge-title">{t('ui.mergeTitle', { name: file?.name ?? '' })}</h2>
      {plan && (
        <>
          <p role="status" className="summary">
            {t('ui.mergeSummary', { added: plan.added.length, links: plan.links.length, same: plan.same, conflicts: plan.conflicts.length })}
          </p>
          {plan.conflicts.length > 0 && <p className="hint">{t('ui.conflictsIntro')}</p>}
          {plan.conflicts.map((conflict) => (
            <table key={conflict.mine.id} className="conflicts-table" aria-label={conflict.mine.title}>
              <caption>{conflict.mine.title} · {conflict.mine.city}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ui.field')}</th>
                  <th scope="col">{t('ui.mine')}</th>
                  <th scope="col">{t('ui.theirs')}</th>
                </tr>
              </thead>
              <tbody>
                {conflict.fields.map((f) => {
                  const choice = choices[conflict.mine.id]?.[f] ?? 'mine';
                  const pick = (side: 'mine' | 'theirs') => setChoices((old) => ({ ...old, [conflict.mine.id]: { ...old[conflict.mine.id], [f]: side } }));
                  const name = `merge-${conflict.mine.id}-${f}`;
                  return (
                    <tr key={f}>
                      <th scope="row">{fieldName(f)}</th>
                      <td>
                        <label className="row">
                          <input type="radio" name={name} checked={choice === 'mine'} onChange={() => pick('mine')} aria-label={t('ui.keepMine', { field: fieldName(f), title: conflict.mine.title })} />
                          <span>{show(f, conflict.mine[f])}</span>
                        </label>
                      </td>
                      <td>
                        <label className="row">
                          <input type="radio" name={name} checked={choice === 'theirs'} onChange={() => pick('theirs')} aria-label={t('ui.takeTheirs', { field: fieldName(f), title: conflict.mine.title })} />
                          <span>{show(f, conflict.theirs[f])}</span>
                        </label>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ))}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => onClose()}>{t('common:cancel')}</button>
        <button type="button" className="primary" disabled={!plan} onClick={() => void merge()}>{t('ui.mergeAction')}</button>
      </div>
    </dialog>
  );
}
