import type { Column, CriterionSource, FigureId, Predicate } from '../lke';
import { SHEETS } from './columns';
import { PROFIL } from './profil';
import type { RekapRows } from './rekapRows';
import { AREA_COLS, CRIT_COLS, PROGRESS_COLS, SUMMARY_COLS } from './rekapColumns';
import type { AreaPart } from './plan';

/**
 * "Where is it": the one place that knows the cell of a figure, an area, a criterion source, a verdict and
 * the workbook name of each. The sheet builder, the names and the readers all ask here.
 */

const SUFFIX: Readonly<Record<Column, string>> = { unit: 'UNIT', tpi: 'TPI' };

/** What carries a workbook name: a figure, a predicate's verdict, or the "complete" flag. */
export type NamedThing = FigureId | Predicate | 'lengkap';

/**
 * The workbook name of a figure, verdict or the complete flag for a column.
 *
 * @example
 * figureName('total', 'tpi')    // → 'ZI_TOTAL_TPI'
 * figureName('WBK', 'unit')     // → 'ZI_WBK_UNIT'
 * figureName('lengkap', 'unit') // → 'ZI_LENGKAP_UNIT'
 */
export function figureName(id: NamedThing, column: Column): string {
  return `ZI_${id.toUpperCase()}_${SUFFIX[column]}`;
}

/**
 * The Rekap cell (no sheet) of a headline figure for a column.
 *
 * @example
 * figureCell(rekapRows(LKE_2021, THRESHOLDS_2021), 'total', 'tpi') // → 'E24'
 */
export function figureCell(rows: RekapRows, id: FigureId, column: Column): string {
  const r = rows.summary.get(id);
  if (r === undefined) throw new RangeError(`figure ${id} has no row on sheet Rekap`);
  return `${SUMMARY_COLS[column].value}${r}`;
}

/** The Rekap cell of an area's part for a column (`areaCell(rows, 5, 'total', 'unit')` → `E10`). */
export function areaCell(rows: RekapRows, area: number, part: AreaPart, column: Column): string {
  const r = rows.area.get(area);
  if (r === undefined) throw new RangeError(`area ${area} has no row on sheet Rekap`);
  return `${AREA_COLS[column][part]}${r}`;
}

/**
 * The cell a criterion reads, as a reference usable in a formula of sheet Rekap.
 *
 * @example
 * sourceRef(rows, { kind: 'area', area: 1 }, 'tpi') // → 'I6'
 * sourceRef(rows, { kind: 'held' }, 'tpi')          // → 'Profil!B8'
 */
export function sourceRef(rows: RekapRows, source: CriterionSource, column: Column): string {
  switch (source.kind) {
    case 'figure':
      return figureCell(rows, source.id, column);
    case 'area':
      return areaCell(rows, source.area, 'total', column);
    case 'held':
      return `${SHEETS.profil}!${PROFIL.heldValue}`;
    default: {
      const never: never = source;
      return never;
    }
  }
}

/** The Rekap cell of a predicate's verdict for a column. */
export function verdictCell(rows: RekapRows, p: Predicate, column: Column): string {
  return `${CRIT_COLS[column].result}${rows.criteria[p].verdict}`;
}

/** The Rekap cell of the "complete" flag of a column. */
export function completeCell(rows: RekapRows, column: Column): string {
  return `${PROGRESS_COLS[column]}${rows.complete}`;
}
