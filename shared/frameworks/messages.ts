import { readProblemMessage } from '../i18n/readProblems';
import type { Translate } from '../i18n/translate';
import type { OfficialTextProblem } from './officialText';
import type { RevisionProblem } from './revision';

/** A correspondence-table problem in the language of `t` (search:revision.problems.*). */
export function revisionProblemMessage(t: Translate, problem: RevisionProblem): string {
  if (problem.reason) return t('search:revision.problems.unreadable', { detail: readProblemMessage(t, problem.reason) });
  if (problem.line !== undefined) return t('search:revision.problems.badLine', { line: problem.line, detail: problem.detail });
  return t(`search:revision.problems.${problem.code}`, { detail: problem.detail });
}

/** An official-text problem in the language of `t` (search:official.problems.*, or the import's file errors). */
export function officialTextProblemMessage(t: Translate, problem: OfficialTextProblem): string {
  if (problem.fileError) return t(`import:fileErrors.${problem.fileError.code}`, problem.fileError.detail);
  if (problem.reason) return t('search:official.problems.unreadable', { detail: readProblemMessage(t, problem.reason) });
  return t(`search:official.problems.${problem.code}`, { detail: problem.detail });
}
