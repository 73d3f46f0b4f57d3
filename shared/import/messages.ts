import type { ColumnTarget } from './headers';
import type { ImportFileError } from './limits';
import type { RowProblem } from './plan';

/** A translation function bound to a language (i18next's `t`), as the UI and the CLI hand it in. */
type Translate = (key: string, options?: Record<string, string | number>) => string;

/** Message key of a column target in the `import` catalogue ("codes:sdg" -> "targets.codesSdg"). */
export function targetKey(target: ColumnTarget): string {
  const name = target.startsWith('codes:') ? `codes${target.charAt(6).toUpperCase()}${target.slice(7)}` : target;
  return `import:targets.${name}`;
}

export function problemMessage(t: Translate, problem: RowProblem): string {
  return t(`import:problems.${problem.code}`, { row: problem.row, column: problem.column, value: problem.value });
}

export function fileErrorMessage(t: Translate, error: ImportFileError): string {
  return t(`import:fileErrors.${error.code}`, error.detail);
}
