import type { TFunction } from 'i18next';
import type { PasteProblem } from './pastePlan';

/** One refused pasted cell, in words: "Row 2, Start year: “soon” is not a year…". */
export function pasteProblemText(t: TFunction, problem: PasteProblem, column: string): string {
  let text: string;
  switch (problem.kind) {
    case 'edit':
      text = t(`common:editErrors.${problem.error.code}`, { field: column, value: problem.error.value });
      break;
    case 'ref':
      text = t(`mapping:paste.${problem.problem.reason}Ref`, { value: problem.problem.text });
      break;
    case 'unknownGroups':
      text = t('mapping:paste.unknownGroups', { names: problem.names.join(', ') });
      break;
    case 'readOnly':
      text = t('mapping:paste.readOnly');
      break;
    case 'tooWide':
      text = t('mapping:paste.tooWide');
      break;
  }
  return t('mapping:paste.cell', { row: problem.row, column, problem: text });
}

/** How many refused cells a refusal names; the rest are counted. */
const NAMED = 3;

/** Why a paste was refused: up to three cells by row and column, then how many more. */
export function pasteRefusalText(t: TFunction, problems: readonly PasteProblem[], columnName: (colId: string) => string): string {
  // Each cell is a clause of one sentence: its own closing full stop goes (the catalogue ends the sentence).
  const named = problems.slice(0, NAMED).map((p) => pasteProblemText(t, p, columnName(p.colId)).replace(/\.\s*$/, ''));
  const rest = problems.length - named.length;
  if (rest > 0) named.push(t('mapping:paste.more', { count: rest }));
  return t('mapping:paste.refused', { count: problems.length, cells: named.join('; ') });
}
