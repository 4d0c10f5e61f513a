import { indexOf, LKE_2021, type Issue } from '../lke';
import { INPUT_COLUMNS, SHEETS } from '../workbook/columns';

/**
 * The workbook cell an issue is about: the answer cell of its column, or the unit's evidence cell.
 *
 * @example
 * issueCell({ soal_id: 1, column: 'tpi', field: 'answer', … }) // → 'Jawaban!N6'
 */
export function issueCell(issue: Pick<Issue, 'soal_id' | 'column' | 'field'>): string {
  const row = indexOf(LKE_2021).question.get(issue.soal_id)?.row;
  if (row === undefined) return '';
  const col = issue.field === 'evidence' ? INPUT_COLUMNS.unitEvidence : INPUT_COLUMNS[issue.column];
  return `${SHEETS.jawaban}!${col}${row}`;
}
