import { useEffect, useMemo, useState } from 'react';
import type { Column, PathToPredicate, Predicate } from '../../../lke';
import type { FormulaFinding } from '../../../workbook';
import {
  differenceRows,
  pathsTo,
  restorable,
  type DifferenceRow,
  type GroupId,
  type PaneActions,
  type PaneData,
  type PaneModel,
} from '../../model';
import { useActionRunner, type ActionRun } from '../shared/useActionRunner';

/** The area filter of the differences: one area (or Hasil), or all. */
export type AreaFilter = GroupId | 'all';

/** The Tinjau view's state: differences and their filters, the paths (null while computing), the findings and the restore. */
export interface TinjauState {
  readonly column: Column;
  /** Every difference, and those that pass the filters. */
  readonly differences: readonly DifferenceRow[];
  readonly shown: readonly DifferenceRow[];
  readonly area: AreaFilter;
  readonly setArea: (a: AreaFilter) => void;
  readonly verdictOnly: boolean;
  readonly setVerdictOnly: (v: boolean) => void;
  readonly paths: Readonly<Record<Predicate, PathToPredicate>> | null;
  readonly findings: readonly FormulaFinding[];
  readonly restore: ActionRun;
  readonly onRestore: () => void;
  /** Going to a difference's TPI cell. */
  readonly select: ActionRun;
  readonly onSelect: (row: DifferenceRow) => void;
}

/**
 * The differences that pass the filters: one area (or all), and only those that change the TPI's verdict.
 *
 * @example
 * filterDifferences(rows, 2, true).every((d) => d.group === 2 && d.changesVerdict) // → true
 */
export function filterDifferences(
  rows: readonly DifferenceRow[],
  area: AreaFilter,
  verdictOnly: boolean,
): DifferenceRow[] {
  return rows.filter((d) => (area === 'all' || d.group === area) && (!verdictOnly || d.changesVerdict));
}

/**
 * The TPI review of the model's entries: differences at once (with their filters), the paths to WBK/WBBM for the
 * headline column just after the first paint (pathTo rescores the LKE many times; the tab and a refresh stay
 * responsive), and the one-click restore of the audited formulas (input cells filtered out).
 *
 * @example
 * const s = useTinjau(model.data, model.profile, actions);
 * s.paths?.WBK.steps.length // → 3 (null for a moment after each reading)
 */
export function useTinjau(data: PaneData, profile: PaneModel['profile'], actions: PaneActions): TinjauState {
  const column = data.evaluation.headline;
  const differences = useMemo(
    () => differenceRows(data.catalogue, data.thresholds, data.entries, profile.profile),
    [data, profile],
  );
  const [area, setArea] = useState<AreaFilter>('all');
  const [verdictOnly, setVerdictOnly] = useState(false);
  const shown = useMemo(
    () => filterDifferences(differences, area, verdictOnly),
    [differences, area, verdictOnly],
  );
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
    shown,
    area,
    setArea,
    verdictOnly,
    setVerdictOnly,
    paths: paths?.of === data ? paths.value : null,
    findings,
    restore,
    onRestore: () => void restore.run(() => actions.restoreFormulas(findings), 'restored'),
  };
}
