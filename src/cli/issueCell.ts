import { indexOf, LKE_2021, type Issue } from '../lke';
import { inputCell } from '../workbook/inputs';

/**
 * The workbook cell an issue is about: the answer cell of its column, or the unit's evidence cell.
 *
 * @example
 * issueCell({ soalId: 1, column: 'tpi', field: 'answer' }) // → 'Jawaban!N6'
 */
export function issueCell(issue: Pick<Issue, 'soalId' | 'column' | 'field'>): string {
  const q = indexOf(LKE_2021).question.get(issue.soalId);
  if (!q) return '';
  const cell = inputCell(q, issue.field === 'evidence' ? 'unitEvidence' : issue.column);
  return `${cell.sheet}!${cell.address}`;
}
