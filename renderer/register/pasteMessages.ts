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
