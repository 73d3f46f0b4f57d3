import { translate } from '../i18n/translate';
import { pickText, type Lang } from '../model/lang';
import type { SuggestReason } from './suggest';

/** A suggestion's reason as a sentence in the user's language (CLI, mapping panel). */
export function reasonText(reason: SuggestReason, lang: Lang): string {
  if (reason.kind === 'words') return translate(lang, 'search', 'reasons.words', { words: reason.words.join(', ') });
  const label = translate(lang, 'search', `frameworkShort.${reason.fromFramework}`);
  return translate(lang, 'search', 'reasons.crosswalk', {
    framework: label.startsWith('frameworkShort.') ? reason.fromFramework : label,
    code: reason.fromCode,
    rationale: pickText(reason.rationale, lang).value,
  });
}
