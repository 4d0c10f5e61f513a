import type { CellValue, SheetPlan, WorkbookPlan } from '../workbook/plan';
import { SHEETS } from '../workbook/columns';
import { columnLetter, parseAddress } from '../workbook/a1';
import type { XlCellValue } from './xl';

/**
 * The plan's metadata sheet (the veryHidden sheet that carries the template identity).
 *
 * @example
 * metaSheetOf(plan).name // → 'LKE_ZI_META'
 */
export function metaSheetOf(plan: WorkbookPlan): SheetPlan {
  const sheet = plan.sheets.find((s) => s.name === SHEETS.meta);
  if (!sheet) throw new Error(`the plan has no ${SHEETS.meta} sheet`);
  return sheet;
}

/** The top-left cell and size of the area the metadata blocks cover. */
function metaBox(meta: SheetPlan): { col: number; row: number; rows: number; cols: number } {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = 0;
  let c1 = 0;
  for (const b of meta.blocks) {
    const { column, row } = parseAddress(b.address);
    r0 = Math.min(r0, row);
    c0 = Math.min(c0, column);
    r1 = Math.max(r1, row + b.cells.length - 1);
    c1 = Math.max(c1, column + (b.cells[0]?.length ?? 1) - 1);
  }
  if (!Number.isFinite(r0)) throw new Error('empty metadata sheet');
  return { col: c0, row: r0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/**
 * The range to read to find the identity: the area the plan writes on the metadata sheet.
 *
 * @example
 * metaRange(metaSheetOf(plan)) // → 'A1:B4'
 */
export function metaRange(meta: SheetPlan): string {
  const b = metaBox(meta);
  return `${columnLetter(b.col)}${b.row}:${columnLetter(b.col + b.cols - 1)}${b.row + b.rows - 1}`;
}

/** A cell of an API value grid as the planner reads cells: '' is empty (null). */
function planValue(v: XlCellValue | undefined): CellValue {
  return v === undefined || v === '' ? null : v;
}

/**
 * Turns the values read from {@link metaRange} into the `cell(address)` look-up `detectTemplate` takes.
 *
 * @example
 * detectTemplate(readMetaCells(meta, [['template_id', 'lke-zi-…'], …]))
 */
export function readMetaCells(
  meta: SheetPlan,
  values: readonly (readonly XlCellValue[])[],
): (address: string) => CellValue {
  const b = metaBox(meta);
  return gridLookup(b.row, b.col, values);
}

/**
 * A `cell(address)` look-up over a grid of API values whose top-left cell is at (row, column), 1-based.
 *
 * @example
 * gridLookup(6, 11, [['Ya']])('K6') // → 'Ya'
 */
export function gridLookup(
  row: number,
  col: number,
  values: readonly (readonly XlCellValue[])[],
): (address: string) => CellValue {
  return (address) => {
    const a = parseAddress(address);
    return planValue(values[a.row - row]?.[a.column - col]);
  };
}
