import { useEffect, useMemo, useState } from 'react';
import type { Column, PathToPredicate, Predicate } from '../../../lke';
import type { FormulaFinding } from '../../../workbook';
import {
  differenceRows,
  pathsTo,
  restorable,
  type DifferenceRow,
  type PaneActions,
  type PaneData,
  type PaneModel,
} from '../../model';
import { useActionRunner, type ActionRun } from '../shared/useActionRunner';

/** The Tinjau view's state: differences, the paths (null while computing), the findings and the restore. */
export interface TinjauState {
  readonly column: Column;
  readonly differences: readonly DifferenceRow[];
  readonly paths: Readonly<Record<Predicate, PathToPredicate>> | null;
  readonly findings: readonly FormulaFinding[];
  readonly restore: ActionRun;
  readonly onRestore: () => void;
  /** Going to a difference's TPI cell. */
  readonly select: ActionRun;
  readonly onSelect: (row: DifferenceRow) => void;
}

/**
 * The TPI review of the model's entries: differences at once, the paths to WBK/WBBM for the headline column just
 * after the first paint (pathTo rescores the LKE many times; the tab and a refresh stay responsive), and the
 * one-click restore of the audited formulas (input cells filtered out).
 *
 * @example
 * const s = useTinjau(model.data, model.profile, actions);
 * s.paths?.WBK.steps.length // → 3 (null for a moment after each reading)
 */
export function useTinjau(data: PaneData, profile: PaneModel['profile'], actions: PaneActions): TinjauState {
  const column = data.evaluation.headline;
  const differences = useMemo(() => differenceRows(data.catalogue, data.entries), [data]);
  const [paths, setPaths] = useState<{ readonly of: PaneData; readonly value: TinjauState['paths'] } | null>(
    null,
  );
  useEffect(() => {
    const timer = setTimeout(
      () =>
        setPaths({
          of: data,
          value: pathsTo(data.catalogue, data.thresholds, data.entries, profile.profile, column),
        }),
      0,
    );
    return () => clearTimeout(timer);
  }, [data, profile, column]);
  const findings = useMemo(() => restorable(data.catalogue, data.findings), [data]);
  const restore = useActionRunner();
  const select = useActionRunner();
  return {
    select,
    onSelect: (row) => void select.run(() => actions.selectCell(row.cell.sheet, row.cell.address)),
    column,
    differences,
    paths: paths?.of === data ? paths.value : null,
    findings,
    restore,
    onRestore: () => void restore.run(() => actions.restoreFormulas(findings), 'restored'),
  };
}
