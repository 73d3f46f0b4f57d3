import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The register's "x policies · y of x shown", kept outside RegisterView's state: the grid reports a new count after
 * every filter, sort and transaction, and only this line needs to draw it again.
 */
export class RowCounts {
  private value = { shown: 0, total: 0 };
  private readonly listeners = new Set<() => void>();

  get = () => this.value;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  set(shown: number, total: number): void {
    if (shown === this.value.shown && total === this.value.total) return;
    this.value = { shown, total };
    for (const listener of this.listeners) listener();
  }
}

/** While the register is being read: the number of policies it holds, 'counting' before that is known; else null. */
export type LoadingTotal = number | 'counting' | null;

/** The count line; while the register is still being read, the number of policies it holds (never the first page's). */
export function RowCountText({ counts, loadingTotal }: { counts: RowCounts; loadingTotal: LoadingTotal }) {
  const { t } = useTranslation(['register', 'common']);
  const { shown, total } = useSyncExternalStore(counts.subscribe, counts.get);
  return (
    <span className="counts" aria-live="polite">
      {loadingTotal === 'counting' ? t('common:loading') : t('register:count', { count: loadingTotal ?? total })}
      {loadingTotal === null && shown !== total && ` · ${t('register:shown', { shown, total })}`}
    </span>
  );
}

/**
 * The "Filter policies" box. It keeps what is typed in its own state and hands it to the grid directly, so a
 * keystroke redraws the box and the grid rows, not the whole register. A new `clearKey` empties it.
 */
export function QuickFilterBox({ onChange, clearKey }: { onChange: (text: string) => void; clearKey: number }) {
  const { t } = useTranslation('register');
  const [text, setText] = useState('');
  const [clearedFor, setClearedFor] = useState(clearKey);
  if (clearedFor !== clearKey) {
    setClearedFor(clearKey);
    setText('');
  }
  return (
    <input
      type="search"
      className="quick-filter"
      aria-label={t('quickFilter')}
      placeholder={t('quickFilterPlaceholder')}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(event.target.value);
      }}
    />
  );
}
