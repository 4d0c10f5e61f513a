/** A1 addresses for the preview host: `K6`, `$K$6`, `K6:N7`, `A:A`, with 0-based coordinates. */

/** A rectangle of cells, 0-based, inclusive. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Excel's grid size. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/**
 * Column letters to a 0-based index.
 *
 * @example
 * colIndex('A')  // → 0
 * colIndex('AA') // → 26
 */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * A 0-based column index to letters.
 *
 * @example
 * colLetters(0)  // → 'A'
 * colLetters(27) // → 'AB'
 */
export function colLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;

function part(text: string): { row: number | null; col: number | null } | null {
  const cell = CELL.exec(text);
  if (cell) return { col: colIndex(cell[1] ?? ''), row: Number(cell[2]) - 1 };
  const col = COLS.exec(text);
  if (col) return { col: colIndex(col[1] ?? ''), row: null };
  const row = ROWS.exec(text);
  if (row) return { col: null, row: Number(row[1]) - 1 };
  return null;
}

/**
 * Parses an address without a sheet, or returns null when it is not one.
 *
 * @example
 * parseA1('K6:N7') // → { row: 5, col: 10, rows: 2, cols: 4 }
 * parseA1('C:C')   // → { row: 0, col: 2, rows: 1048576, cols: 1 }
 */
export function parseA1(address: string): Rect | null {
  const [a, b, extra] = address.split(':');
  if (a === undefined || extra !== undefined) return null;
  const p = part(a);
  const q = b === undefined ? p : part(b);
  if (!p || !q) return null;
  if ((p.row === null) !== (q.row === null) || (p.col === null) !== (q.col === null)) return null;
  const r0 = p.row === null || q.row === null ? 0 : Math.min(p.row, q.row);
  const r1 = p.row === null || q.row === null ? MAX_ROWS - 1 : Math.max(p.row, q.row);
  const c0 = p.col === null || q.col === null ? 0 : Math.min(p.col, q.col);
  const c1 = p.col === null || q.col === null ? MAX_COLS - 1 : Math.max(p.col, q.col);
  if (r1 >= MAX_ROWS || c1 >= MAX_COLS) return null;
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/**
 * A rectangle as an A1 address (`K6`, `K6:N7`); `absolute` adds `$`.
 *
 * @example
 * toA1({ row: 5, col: 10, rows: 2, cols: 4 }) // → 'K6:N7'
 */
export function toA1(r: Rect, absolute = false): string {
  const d = absolute ? '$' : '';
  const cell = (row: number, col: number): string => `${d}${colLetters(col)}${d}${row + 1}`;
  const first = cell(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? first : `${first}:${cell(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** Sheet names that need quotes in a reference. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** True when the cell lies in the rectangle. */
export function contains(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
}

/** True when two rectangles share a cell. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
