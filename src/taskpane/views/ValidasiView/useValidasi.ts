import { useMemo, useState } from 'react';
import { COLUMNS, indexOf, type Column, type IssueCode, type Question, type Severity } from '../../../lke';
import { inputCell, type CellRef } from '../../../workbook';
import { groupOrder, questionGroups, type GroupId, type IssueRow, type PaneData } from '../../model';
import type { Bilingual } from '../../i18n';

export type ColumnFilter = Column | 'all';
export type SeverityFilter = Severity | 'all';

/** A question a column has not answered validly yet (empty; an invalid answer is an error instead). */
export interface MissingRow {
  readonly question: Question;
  readonly column: Column;
  readonly cell: CellRef;
}

/** The warnings of one area and one kind, shown as one collapsible line ("12 soal tanpa tautan bukti dukung"). */
export interface WarningGroup {
  readonly group: GroupId;
  readonly label: Bilingual;
  readonly code: IssueCode;
  readonly issues: readonly IssueRow[];
}

/** Validasi's lists, in the order that matters: errors, unanswered questions, warnings per area, infos. */
export interface ValidasiLists {
  readonly errors: readonly IssueRow[];
  readonly missing: readonly MissingRow[];
  readonly warnings: readonly WarningGroup[];
  readonly infos: readonly IssueRow[];
}

/**
 * The problems that pass the filters, in the order that matters: errors (row order), then the questions still
 * empty (the TPI's only once the TPI has begun), then warnings grouped per area and kind, then infos. A question
 * with an invalid answer is an error, never also "unanswered".
 *
 * @example
 * const l = validasiLists(model.data, 'all', 'all');
 * l.warnings[0] // → { group: 1, code: 'evidence-missing', issues: [12 rows], … }
 */
export function validasiLists(
  data: Pick<PaneData, 'catalogue' | 'issues' | 'evaluation' | 'entries' | 'hasTpi'>,
  column: ColumnFilter,
  severity: SeverityFilter | 'missing',
): ValidasiLists {
  const wants = (s: Severity | 'missing'): boolean => severity === 'all' || severity === s;
  const kept = data.issues.filter((i) => column === 'all' || i.column === column);
  const errors = wants('error') ? kept.filter((i) => i.severity === 'error') : [];
  const infos = wants('info') ? kept.filter((i) => i.severity === 'info') : [];
  const allErrors = new Set(
    data.issues
      .filter((i) => i.severity === 'error' && i.field === 'answer')
      .map((i) => `${i.column}:${i.soalId}`),
  );
  const columns = COLUMNS.filter((c) => (column === 'all' || c === column) && (c === 'unit' || data.hasTpi));
  const questions = indexOf(data.catalogue).questions;
  const missing: MissingRow[] = wants('missing')
    ? columns.flatMap((c) => {
        const set = new Set(data.evaluation.scores[c].missing);
        return questions
          .filter((q) => set.has(q.soalId) && !allErrors.has(`${c}:${q.soalId}`))
          .map((q) => ({ question: q, column: c, cell: inputCell(q, c) }));
      })
    : [];
  const groups = questionGroups(data.catalogue);
  const warned = wants('warning') ? kept.filter((i) => i.severity === 'warning') : [];
  const warnings = groupOrder(data.catalogue).flatMap(({ group, label }) => {
    const here = warned.filter((i) => (groups.get(i.soalId) ?? 'hasil') === group);
    const codes = [...new Set(here.map((i) => i.code))];
    return codes.map((code) => ({ group, label, code, issues: here.filter((i) => i.code === code) }));
  });
  return { errors, missing, warnings, infos };
}

/** The Validasi view's state: both filters, the lists and their counts (which add up with what is listed). */
export interface ValidasiState {
  readonly column: ColumnFilter;
  readonly severity: SeverityFilter | 'missing';
  readonly setColumn: (c: ColumnFilter) => void;
  readonly setSeverity: (s: SeverityFilter | 'missing') => void;
  readonly lists: ValidasiLists;
  readonly counts: {
    readonly errors: number;
    readonly missing: number;
    readonly warnings: number;
    readonly infos: number;
  };
}

/**
 * Filter state of the Validasi view (all columns, everything to start).
 *
 * @example
 * const v = useValidasi(model.data);
 * v.setColumn('tpi');
 */
export function useValidasi(data: PaneData): ValidasiState {
  const [column, setColumn] = useState<ColumnFilter>('all');
  const [severity, setSeverity] = useState<SeverityFilter | 'missing'>('all');
  const lists = useMemo(() => validasiLists(data, column, severity), [data, column, severity]);
  return {
    column,
    severity,
    setColumn,
    setSeverity,
    lists,
    counts: {
      errors: lists.errors.length,
      missing: lists.missing.length,
      warnings: lists.warnings.reduce((n, g) => n + g.issues.length, 0),
      infos: lists.infos.length,
    },
  };
}
