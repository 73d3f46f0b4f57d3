import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MILESTONES_SETTING, parseMilestones, type Stats } from '../../shared/stats';
import { useServices } from '../app/services';
import { writeSetting } from '../workspace/workspaceRepository';

/**
 * "10, 100, 1000 Human Rights Cities and Territories by 2030": the distinct cities and territories with at least one
 * mapped policy against each milestone, and the milestone list as a setting kept in the meta table.
 */
export function CampaignProgress({ stats, milestones }: { stats: Stats; milestones: number[] }) {
  const { t, i18n } = useTranslation('dashboard');
  const { db } = useServices();
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const number = new Intl.NumberFormat(i18n.language);
  const { cities, nextMilestone } = stats.campaign;
  const [draft, setDraft] = useState(milestones.join(', '));
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'error' } | null>(null);
  useEffect(() => setDraft(milestones.join(', ')), [milestones]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseMilestones(draft);
    if (!parsed) {
      setMessage({ text: t('campaign.invalid', { value: draft }), tone: 'error' });
      return;
    }
    await writeSetting(db, MILESTONES_SETTING, parsed);
    setMessage({ text: t('campaign.saved'), tone: 'info' });
  };

  return (
    <section className="dashboard-card campaign-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('charts.campaign', { year: stats.campaign.year })}
      </h2>
      <p className="campaign-count">
        {t('campaign.count', { cities })}
      </p>
      <ul className="milestones">
        {stats.campaign.milestones.map((m) => (
          <li key={m.target} className={m.reached ? 'reached' : undefined}>
            <span className="milestone-label">{t('campaign.milestone', { target: m.target })}</span>
            <div
              className="progress"
              role="progressbar"
              aria-label={t('campaign.progressLabel', { target: m.target })}
              aria-valuemin={0}
              aria-valuemax={m.target}
              aria-valuenow={Math.min(cities, m.target)}
            >
              <div className="progress-fill" style={{ width: `${Math.min(100, (cities / m.target) * 100)}%` }} />
            </div>
            <span className="milestone-state">
              {m.reached ? t('campaign.reached') : `${number.format(cities)} / ${number.format(m.target)}`}
            </span>
          </li>
        ))}
      </ul>
      <p className="campaign-next">
        {nextMilestone === null
          ? t('campaign.allReached')
          : t('campaign.next', { target: nextMilestone, remaining: nextMilestone - cities })}
      </p>
      <form className="milestones-form no-print" onSubmit={(event) => void save(event)}>
        <label htmlFor={inputId}>{t('campaign.milestonesSetting')}</label>
        <input id={inputId} aria-describedby={hintId} value={draft} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit">{t('campaign.save')}</button>
        <span id={hintId} className="hint">
          {t('campaign.milestonesHint')}
        </span>
        {message && (
          <span role={message.tone === 'error' ? 'alert' : 'status'} className={`status-message ${message.tone}`}>
            {message.text}
          </span>
        )}
      </form>
    </section>
  );
}
