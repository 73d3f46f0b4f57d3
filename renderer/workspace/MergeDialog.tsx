import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceFile } from '../../shared/workspace/format';
import { isLang } from '../../shared/model/lang';
import type { Link } from '../../shared/model/link';
import { mergeOps, planMerge, type LinkChoices, type LinkConflict, type LinkMergeField, type MergeChoices, type MergeField, type MergePlan, type Side } from '../../shared/workspace/merge';
import { useServices } from '../app/services';
import type { ChangeOp } from '../db/database';
import { frameworkName, itemChip } from '../mapping/itemViews';

export const MERGE_LABEL = 'workspace:history.merge';

interface Props {
  file: { name: string; workspace: WorkspaceFile } | null;
  onClose: (message?: { text: string; tone: 'info' | 'error' }) => void;
}

/** Shows what a colleague's file brings and lets the user resolve each field (of a policy or a link) edited on both sides. */
export function MergeDialog({ file, onClose }: Props) {
  const { t, i18n } = useTranslation(['workspace', 'register', 'import', 'common', 'groups', 'mapping']);
  const { db, changes, catalog } = useServices();
  const ref = useRef<HTMLDialogElement>(null);
  const [plan, setPlan] = useState<MergePlan | null>(null);
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  const [choices, setChoices] = useState<MergeChoices>({});
  const [linkChoices, setLinkChoices] = useState<LinkChoices>({});

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (file && !dialog.open) dialog.showModal();
    if (!file && dialog.open) dialog.close();
    setPlan(null);
    setChoices({});
    setLinkChoices({});
    if (file) {
      void db.rows.policiesAndLinks().then(({ policies, links }) => {
        setTitles(new Map(policies.map((p) => [p.id, p.title])));
        setPlan(planMerge({ policies, links }, file.workspace));
      });
    }
  }, [file, db]);

  const fieldName = (f: MergeField) => (f === 'groups' ? t('import:targets.groups') : t(`register:columns.${f}`));
  const show = (f: MergeField, value: unknown): string => {
    if (Array.isArray(value)) return value.map((g) => t(`groups:names.${g}`)).join('; ');
    if (value === null || value === '') return '';
    if (f === 'status') return t(`common:statuses.${String(value)}`);
    if (f === 'region') return t(`common:regions.${String(value)}`);
    return String(value);
  };
  const lang = isLang(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const linkName = (link: Link) => {
    const frameworkId = catalog.item(link.itemId)?.frameworkId ?? '';
    return t('ui.linkName', { policy: titles.get(link.policyId) ?? link.policyId, framework: frameworkName(catalog, frameworkId, lang), code: itemChip(catalog, lang, link.itemId).label });
  };
  const linkFieldName = (f: LinkMergeField) => t(`mapping:panel.${f}`);
  const showLink = (f: LinkMergeField, link: Link) => (f === 'strength' ? t(`mapping:panel.strengths.${link.strength}`) : link.rationale);
  const ops = useMemo(() => (plan ? mergeOps(plan, choices, new Date().toISOString(), linkChoices) : []), [plan, choices, linkChoices]);

  const merge = async () => {
    if (!plan) return;
    try {
      await changes.change(MERGE_LABEL, () => ops as ChangeOp[]);
      const changed = ops.filter((op) => op.table === 'policies' && op.before).length;
      const changedLinks = ops.filter((op) => op.table === 'links' && op.before).length;
      onClose({ text: ops.length ? t('ui.merged', { added: plan.added.length, links: plan.links.length, changed, changedLinks }) : t('ui.nothingToMerge'), tone: 'info' });
    } catch (error) {
      onClose({ text: t('ui.failed', { message: error instanceof Error ? error.message : String(error) }), tone: 'error' });
    }
  };

  // A render helper, not a component: a component defined here would be remounted on every choice.
  const linkConflictRow = (conflict: LinkConflict, field: LinkMergeField) => {
    const id = conflict.mine.id;
    const choice = linkChoices[id]?.[field] ?? 'mine';
    const pick = (side: Side) => setLinkChoices((old) => ({ ...old, [id]: { ...old[id], [field]: side } }));
    const name = `merge-link-${id}-${field}`;
    const link = linkName(conflict.mine);
    const label = (which: Side) => t(which === 'mine' ? 'ui.keepMineLink' : 'ui.takeTheirsLink', { field: linkFieldName(field), link });
    return (
      <tr key={`${id}-${field}`}>
        <th scope="row">
          {link}
          <br />
          <span className="muted">{linkFieldName(field)}</span>
        </th>
        <ChoiceCells name={name} choice={choice} onPick={pick} label={label} show={(which) => showLink(field, conflict[which])} />
      </tr>
    );
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
              <ConflictHead />
              <tbody>
                {conflict.fields.map((f) => {
                  const choice = choices[conflict.mine.id]?.[f] ?? 'mine';
                  const pick = (side: Side) => setChoices((old) => ({ ...old, [conflict.mine.id]: { ...old[conflict.mine.id], [f]: side } }));
                  const label = (which: Side) => t(which === 'mine' ? 'ui.keepMine' : 'ui.takeTheirs', { field: fieldName(f), title: conflict.mine.title });
                  return (
                    <tr key={f}>
                      <th scope="row">{fieldName(f)}</th>
                      <ChoiceCells name={`merge-${conflict.mine.id}-${f}`} choice={choice} onPick={pick} label={label} show={(which) => show(f, conflict[which][f])} />
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ))}
          {plan.linkConflicts.length > 0 && (
            <>
              <p className="summary">{t('ui.linkConflictsSummary', { count: plan.linkConflicts.length })}</p>
              <p className="hint">{t('ui.linkConflictsIntro')}</p>
              <table className="conflicts-table" aria-label={t('ui.linkConflictsTitle')}>
                <caption>{t('ui.linkConflictsTitle')}</caption>
                <ConflictHead />
                <tbody>{plan.linkConflicts.flatMap((conflict) => conflict.fields.map((f) => linkConflictRow(conflict, f)))}</tbody>
              </table>
            </>
          )}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => onClose()}>{t('common:cancel')}</button>
        <button type="button" className="primary" disabled={!plan} onClick={() => void merge()}>{t('ui.mergeAction')}</button>
      </div>
    </dialog>
  );
}

/** The header of a conflicts table: what differs, my value, the colleague's. */
function ConflictHead() {
  const { t } = useTranslation('workspace');
  return (
    <thead>
      <tr>
        <th scope="col">{t('ui.field')}</th>
        <th scope="col">{t('ui.mine')}</th>
        <th scope="col">{t('ui.theirs')}</th>
      </tr>
    </thead>
  );
}

/** The two choices for one conflicting field (a policy's or a link's): keep mine, or take the colleague's. */
function ChoiceCells({ name, choice, onPick, label, show }: { name: string; choice: Side; onPick: (side: Side) => void; label: (side: Side) => string; show: (side: Side) => string }) {
  return (
    <>
      {(['mine', 'theirs'] as const).map((side) => (
        <td key={side}>
          <label className="row">
            <input type="radio" name={name} checked={choice === side} onChange={() => onPick(side)} aria-label={label(side)} />
            <span>{show(side)}</span>
          </label>
        </td>
      ))}
    </>
  );
}
