import type { ColumnScore } from '../../lke/score';
import type { CirculatedReading } from '../read';
import { answerTypeCauses } from './answerType';
import { blankCauses } from './blanks';
import { causeContext, type Cause } from './context';
import { rangeCauses } from './ranges';
import { ratioInputCauses } from './ratioInputs';
import { zeroDenominatorCauses } from './zeroDenominator';

export type { Cause, CauseKind, NodeFigure } from './context';

/**
 * Every defect found in a circulated file, computed from its formulas and values: blanks skipped by
 * AVERAGE, answer-type cells that switch a question off, unguarded zero denominators, heading ranges that
 * differ from the rule book's structure, % formulas reading other counts. Ordered by kind, then row.
 *
 * @example
 * findCauses(reading, scoreColumn(LKE_2021, reading.entries, 'unit')).map((c) => c.kind)
 * // → ['blank-skipped', 'answer-type', 'aggregate-range', 'ratio-inputs']
 */
export function findCauses(reading: CirculatedReading, score: ColumnScore): Cause[] {
  const ctx = causeContext(reading, score);
  return [
    ...blankCauses(ctx),
    ...answerTypeCauses(ctx),
    ...zeroDenominatorCauses(ctx),
    ...rangeCauses(ctx),
    ...ratioInputCauses(ctx),
  ];
}
