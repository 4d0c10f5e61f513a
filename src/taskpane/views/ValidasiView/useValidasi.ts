import { useMemo, useState } from 'react';
import type { Column, Severity } from '../../../lke';
import { groupOrder, type GroupId, type IssueRow, type PaneData } from '../../model';
import type { Bilingual } from '../../i18n';

export type ColumnFilter = Column | 'all';
export type SeverityFilter = Severity | 'all';

/** A group of the list: an area (or Hasil) with its problems after filtering. */
export interface IssueGroup {
  readonly group: GroupId;
  readonly label: Bilingual;
  readonly issues: readonly IssueRow[];
}

/**
 * The problems that pass the filters, grouped by area in the LKE's order (empty groups left out).
 *
 * @example
 * groupIssues(LKE_2021, rows, 'tpi', 'error').map((g) => [g.group, g.issues.length]) // → [[1, 2], ['hasil', 1]]
 */
export function groupIssues(
  data: Pick<PaneData, 'catalogue' | 'issues'>,
  column: ColumnFilter,
  severity: SeverityFilter,
): IssueGroup[] {
  const kept = data.issues.filter(
    (i) => (column === 'all' || i.column === column) && (severity === 'all' || i.severity === severity),
  );
  return groupOrder(data.catalogue)
    .map(({ group, label }) => ({ group, label, issues: kept.filter((i) => i.group === group) }))
    .filter((g) => g.issues.length > 0);
}

/** The Validasi view's state: both filters and the filtered groups. */
export interface ValidasiState {
  readonly column: ColumnFilter;
  readonly severity: SeverityFilter;
  readonly setColumn: (c: ColumnFilter) => void;
  readonly setSeverity: (s: SeverityFilter) => void;
  readonly groups: readonly IssueGroup[];
  readonly count: number;
}

/**
 * Filter state of the Validasi view (all columns, all severities to start).
 *
 * @example
 * const v = useValidasi(model.data);
 * v.setColumn('tpi');
 */
export function useValidasi(data: PaneData): ValidasiState {
  const [column, setColumn] = useState<ColumnFilter>('all');
  const [severity, setSeverity] = useState<SeverityFilter>('all');
  const groups = useMemo(() => groupIssues(data, column, severity), [data, column, severity]);
  return {
    column,
    severity,
    setColumn,
    setSeverity,
    groups,
    count: groups.reduce((n, g) => n + g.issues.length, 0),
  };
}
