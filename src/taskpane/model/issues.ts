import { indexOf, type Catalogue, type Issue } from '../../lke';
import { inputCell } from '../../workbook';
import { questionGroups } from './groups';
import type { IssueRow } from './types';

/**
 * The engine's problems with the input cell each is about (the answer cell of its column, or the unit's
 * evidence cell) and the group it is listed under.
 *
 * @example
 * issueRows(LKE_2021, [{ soalId: 1, column: 'tpi', field: 'answer', … }])[0].cell
 * // → { sheet: 'Jawaban', address: 'N6' }
 */
export function issueRows(catalogue: Catalogue, issues: readonly Issue[]): IssueRow[] {
  const ix = indexOf(catalogue);
  const groups = questionGroups(catalogue);
  return issues.flatMap((i): IssueRow[] => {
    const q = ix.question.get(i.soalId);
    if (!q) return [];
    const field = i.field === 'evidence' ? 'unitEvidence' : i.column;
    return [{ ...i, soalCode: q.code, cell: inputCell(q, field), group: groups.get(q.soalId) ?? 'hasil' }];
  });
}
