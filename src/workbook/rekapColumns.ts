import type { Column } from '../lke';

/** Columns of sheet Rekap's tables (unit, then TPI). */
/** Value columns of the area and summary tables: unit then TPI. */
export const AREA_COLS: Readonly<
  Record<Column, { pemenuhan: string; reform: string; total: string; share: string }>
> = {
  unit: { pemenuhan: 'C', reform: 'D', total: 'E', share: 'F' },
  tpi: { pemenuhan: 'G', reform: 'H', total: 'I', share: 'J' },
};
export const SUMMARY_COLS: Readonly<Record<Column, { value: string; share: string }>> = {
  unit: { value: 'C', share: 'D' },
  tpi: { value: 'E', share: 'F' },
};
export const PROGRESS_COLS: Readonly<Record<Column, string>> = { unit: 'C', tpi: 'D' };
/** Criteria tables: A label, B threshold, then value / margin / result for unit and for TPI. */
export const CRIT_COLS: Readonly<Record<Column, { value: string; margin: string; result: string }>> = {
  unit: { value: 'C', margin: 'D', result: 'E' },
  tpi: { value: 'F', margin: 'G', result: 'H' },
};
/** Criteria tables: the shortfall text of a failing criterion (a part of the headline), unit then TPI. */
export const SHORT_COLS: Readonly<Record<Column, string>> = { unit: 'I', tpi: 'J' };
