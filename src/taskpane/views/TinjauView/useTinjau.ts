import { useMemo } from 'react';
import type { FormulaFinding } from '../../../workbook';
import {
  restorable,
  reviewOf,
  type PaneActions,
  type PaneData,
  type PaneModel,
  type Review,
} from '../../model';
import { useActionRunner, type ActionRun } from '../shared/useActionRunner';

/** The Tinjau view's state: the review (computed once per reading), the restorable findings and the restore. */
export interface TinjauState {
  readonly review: Review;
  readonly findings: readonly FormulaFinding[];
  readonly restore: ActionRun;
  readonly onRestore: () => void;
}

/**
 * The TPI review of the model's entries (differences and the path to each predicate for the headline column),
 * memoised on the reading, and the one-click restore of the audited formulas (input cells filtered out).
 *
 * @example
 * const s = useTinjau(model.data, model.profile, actions);
 * s.review.paths.WBK.steps.length // → 3
 */
export function useTinjau(data: PaneData, profile: PaneModel['profile'], actions: PaneActions): TinjauState {
  const review = useMemo(
    () => reviewOf(data.catalogue, data.thresholds, data.entries, profile.profile, data.evaluation.headline),
    [data, profile],
  );
  const findings = useMemo(() => restorable(data.catalogue, data.findings), [data]);
  const restore = useActionRunner();
  return {
    review,
    findings,
    restore,
    onRestore: () => void restore.run(() => actions.restoreFormulas(findings), 'restored'),
  };
}
