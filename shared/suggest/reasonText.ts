import { pickText, type Lang } from '../model/lang';
import type { SuggestReason } from './suggest';

/** A translator for the "search" namespace: i18next's `t` in the app, `cliT('search')` in the CLI. */
export type SearchTranslate = (key: string, vars?: Record<string, string | number>) => string;

/** "Charter", "DUDH", "ODS"…; an imported framework without a short name shows its id. */
export function frameworkLabel(t: SearchTranslate, id: string): string {
  const key = `frameworkShort.${id}`;
  const label = t(key);
  return label === key || label.endsWith(key) ? id : label;
}

/** A suggestion's reason as a sentence in the user's language (CLI, mapping panel). */
export function reasonText(reason: SuggestReason, lang: Lang, t: SearchTranslate): string {
  if (reason.kind === 'words') return t('reasons.words', { words: reason.words.join(', ') });
  return t('reasons.crosswalk', {
    framework: frameworkLabel(t, reason.fromFramework),
    code: reason.fromCode,
    rationale: pickText(reason.rationale, lang).value,
  });
}
