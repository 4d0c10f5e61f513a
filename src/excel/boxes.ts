import type { WorkbookPlan } from '../workbook/plan';
import { cellsOf, columnLetter, parseAddress } from '../workbook';
import type { XlContext, XlRange } from './xl';

/** A rectangle to read in one call: 1-based top-left cell and size, on a sheet. */
export interface Box {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * The smallest rectangle holding a sheet's input cells (its unlocked ranges) and some more cells, so one
 * `Range.values` read gets all of them.
 *
 * @example
 * boxOf(plan, 'Jawaban', ['O6', 'P6']) // → { sheet: 'Jawaban', row: 6, col: 11, rows: 197, cols: 7 } (K6:Q202)
 */
export function boxOf(plan: WorkbookPlan, sheet: string, extra: readonly (string | undefined)[]): Box {
  const s = plan.sheets.find((x) => x.name === sheet);
  const addresses = [
    ...(s?.unlocked ?? []).flatMap((r) => r.split(':')),
    ...extra.filter((a) => a !== undefined),
  ];
  if (addresses.length === 0) throw new Error(`nothing to read on ${sheet}`);
  const cells = addresses.map((a) => parseAddress(cellsOf(a)[0] ?? a));
  const r0 = Math.min(...cells.map((c) => c.row));
  const r1 = Math.max(...cells.map((c) => c.row));
  const c0 = Math.min(...cells.map((c) => c.column));
  const c1 = Math.max(...cells.map((c) => c.column));
  return { sheet, row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/** A box as an A1 range. */
export function boxAddress(b: Box): string {
  return `${columnLetter(b.col)}${b.row}:${columnLetter(b.col + b.cols - 1)}${b.row + b.rows - 1}`;
}

/**
 * Queues one load per box (`values` unless told, e.g. `'values,formulas'`; the caller syncs). Missing sheets fail
 * the sync with `ItemNotFound`.
 */
export function readBoxes(ctx: XlContext, boxes: readonly Box[], what = 'values'): XlRange[] {
  return boxes.map((b) => ctx.workbook.worksheets.getItem(b.sheet).getRange(boxAddress(b)).load(what));
}
