import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../ui/StatusMessage';

/** How many lines a list shows by name; a last line says how many more there are. */
const SHOWN = 10;

/** The first lines of a long list (problems, links set aside), then "… and N more". */
export function ShortList({ lines, heading }: { lines: readonly string[]; heading?: ReactNode }) {
  const { t } = useTranslation('search');
  return (
    <div className="problems">
      {heading}
      <ul>
        {lines.slice(0, SHOWN).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
        {lines.length > SHOWN && <li>{t('official.more', { count: lines.length - SHOWN })}</li>}
      </ul>
    </div>
  );
}

/** What a framework update did or why it refused, with the reasons listed. */
export function Outcome({ text, tone, details }: { text: string; tone: 'info' | 'error'; details: readonly string[] }) {
  return (
    <div className="official-result">
      <StatusMessage message={text} tone={tone} />
      {details.length > 0 && <ShortList lines={details} />}
    </div>
  );
}
