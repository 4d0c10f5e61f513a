/**
 * The preview host's 0-based rectangles over the one A1 module (`src/workbook/a1.ts`): parsing, letters and sheet
 * quoting live there; here only the shape office-js ranges take in the host (`Rect`) and its geometry.
 */
import { absolute as absoluteCell, cellAt, parseRange } from '../../workbook/a1';

export { quoteSheet } from '../../workbook/a1';

/** A rectangle of cells, 0-based, inclusive. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * Parses an address without a sheet, or returns null when it is not one.
 *
 * @example
 * parseA1('K6:N7') // → { row: 5, col: 10, rows: 2, cols: 4 }
 * parseA1('C:C')   // → { row: 0, col: 2, rows: 1048576, cols: 1 }
 */
export function parseA1(address: string): Rect | null {
  const r = parseRange(address);
  if (!r) return null;
  return { row: r.top - 1, col: r.left - 1, rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 };
}

/**
 * A rectangle as an A1 address (`K6`, `K6:N7`); `absolute` adds `$`.
 *
 * @example
 * toA1({ row: 5, col: 10, rows: 2, cols: 4 }) // → 'K6:N7'
 * toA1({ row: 5, col: 10, rows: 1, cols: 1 }, true) // → '$K$6'
 */
export function toA1(r: Rect, absolute = false): string {
  const cell = (row: number, col: number): string => {
    const a = cellAt(row + 1, col + 1);
    return absolute ? absoluteCell(a) : a;
  };
  const first = cell(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? first : `${first}:${cell(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** True when the cell lies in the rectangle. */
export function contains(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
}

/** True when two rectangles share a cell. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
