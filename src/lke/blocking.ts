import type { Column } from './answers';
import type { ColumnScore } from './score';
import type { Issue } from './validate';

/**
 * Why a verdict is withheld (scoring-rules §5): an answer not filled in, or an entry error of the column —
 * an answer outside its options, a count that is not a non-negative whole number, an index outside 0..4,
 * a count above its denominator. Problems with the evidence link (`field: 'evidence'`), warnings and infos
 * never withhold a verdict.
 */
export interface Blocker {
  readonly kind: 'missing' | 'error';
  readonly soalId: number;
  readonly column: Column;
  /** `empty` for an answer not filled in, else the issue code. */
  readonly code: string;
}

/** True for an issue that withholds the verdict of its column. */
export function isBlocking(i: Issue): boolean {
  return i.severity === 'error' && i.field === 'answer';
}

/**
 * The blockers of one column: its entry errors in row order, then the answers still empty.
 *
 * @example
 * blockers(score, issues) // soal 91 = 13 over soal 90 = 12, nothing else wrong:
 * // → [{ kind: 'error', soalId: 91, column: 'tpi', code: 'numerator-above-denominator' }]
 */
export function blockers(score: ColumnScore, issues: readonly Issue[]): Blocker[] {
  const errors = issues.filter((i) => i.column === score.column && isBlocking(i));
  const invalid = new Set(errors.map((i) => i.soalId));
  return [
    ...errors.map((i): Blocker => ({ kind: 'error', soalId: i.soalId, column: i.column, code: i.code })),
    ...score.missing
      .filter((id) => !invalid.has(id))
      .map((id): Blocker => ({ kind: 'missing', soalId: id, column: score.column, code: 'empty' })),
  ];
}
