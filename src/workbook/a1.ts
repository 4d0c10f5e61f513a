/** A1 addressing: column letters, cell and range addresses. The one A1 module of the project (pure). */

/**
 * The letters of a 1-based column number.
 *
 * @example
 * columnLetter(1)  // → 'A'
 * columnLetter(17) // → 'Q'
 * columnLetter(28) // → 'AB'
 */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * The 1-based number of a column's letters.
 *
 * @example
 * columnNumber('Q')  // → 17
 * columnNumber('AB') // → 28
 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMNS_ONLY = /^\$?([A-Za-z]{1,3})$/;
const ROWS_ONLY = /^\$?(\d{1,7})$/;

/** Excel's grid: the last row and the last column. */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

/**
 * Splits `K6` (or `$K$6`) into column number and row.
 *
 * @example
 * parseAddress('$K$6') // → { column: 11, row: 6 }
 */
export function parseAddress(address: string): { column: number; row: number } {
  const m = CELL.exec(address);
  if (!m) throw new RangeError(`not an A1 cell address: ${address}`);
  return { column: columnNumber(m[1] ?? ''), row: Number(m[2]) };
}

/**
 * A block of cells, 1-based and inclusive. `cells` for `K6:N7`; `columns` for whole columns (`C:E`, every row);
 * `rows` for whole rows (`7:9`, every column).
 */
export interface A1Range {
  readonly kind: 'cells' | 'columns' | 'rows';
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function corner(text: string): { row: number | null; column: number | null } | null {
  const cell = CELL.exec(text);
  if (cell) return { column: columnNumber(cell[1] ?? ''), row: Number(cell[2]) };
  const col = COLUMNS_ONLY.exec(text);
  if (col) return { column: columnNumber(col[1] ?? ''), row: null };
  const row = ROWS_ONLY.exec(text);
  if (row) return { column: null, row: Number(row[1]) };
  return null;
}

/**
 * Parses a range address without a sheet (`K6`, `$K$6`, `K6:N7`, `N7:K6`, `C:C`, `7:7`), or null when it is not
 * one or lies outside Excel's grid. The corners come back in order, whichever way round they were written.
 *
 * @example
 * parseRange('K6:N7')  // → { kind: 'cells', top: 6, left: 11, bottom: 7, right: 14 }
 * parseRange('$K$6')   // → { kind: 'cells', top: 6, left: 11, bottom: 6, right: 11 }
 * parseRange('C:C')    // → { kind: 'columns', top: 1, left: 3, bottom: 1048576, right: 3 }
 * parseRange('7:7')    // → { kind: 'rows', top: 7, left: 1, bottom: 7, right: 16384 }
 * parseRange('K0')     // → null
 * parseRange('Jawaban!K6') // → null (strip the sheet first: `address.slice(address.lastIndexOf('!') + 1)`)
 */
export function parseRange(address: string): A1Range | null {
  const [a, b, extra] = address.split(':');
  if (a === undefined || extra !== undefined) return null;
  const p = corner(a);
  const q = b === undefined ? p : corner(b);
  if (!p || !q) return null;
  if ((p.row === null) !== (q.row === null) || (p.column === null) !== (q.column === null)) return null;
  const kind = p.row === null ? 'columns' : p.column === null ? 'rows' : 'cells';
  const top = p.row === null || q.row === null ? 1 : Math.min(p.row, q.row);
  const bottom = p.row === null || q.row === null ? MAX_ROW : Math.max(p.row, q.row);
  const left = p.column === null || q.column === null ? 1 : Math.min(p.column, q.column);
  const right = p.column === null || q.column === null ? MAX_COLUMN : Math.max(p.column, q.column);
  if (top < 1 || bottom > MAX_ROW || right > MAX_COLUMN) return null;
  return { kind, top, left, bottom, right };
}

/**
 * The address part of a reference, without its sheet (the sheet name may itself hold `!` only inside quotes,
 * which come before the last `!`).
 *
 * @example
 * bareAddress("'LKE ZI'!C3:F9") // → 'C3:F9'
 * bareAddress('K6')             // → 'K6'
 */
export function bareAddress(reference: string): string {
  return reference.slice(reference.lastIndexOf('!') + 1);
}

/**
 * A sheet name as a formula reference writes it: bare when it is a plain word, else in single quotes with
 * inner quotes doubled (Excel's rule; HyperFormula and LibreOffice read the same).
 *
 * @example
 * quoteSheet('Jawaban') // → 'Jawaban'
 * quoteSheet('LKE ZI')  // → "'LKE ZI'"
 * quoteSheet("Unit's")  // → "'Unit''s'"
 */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * The address of the cell at a 1-based row and column.
 *
 * @example
 * cellAt(185, 11) // → 'K185'
 */
export function cellAt(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/**
 * The address of a cell.
 *
 * @example
 * cellAddress('K', 6) // → 'K6'
 */
export function cellAddress(column: string, row: number): string {
  return `${column}${row}`;
}

/**
 * The absolute form of a cell address.
 *
 * @example
 * absolute('D20') // → '$D$20'
 */
export function absolute(address: string): string {
  const { column, row } = parseAddress(address);
  return `$${columnLetter(column)}$${row}`;
}

/**
 * A range from its corners; one cell when both are the same.
 *
 * @example
 * rangeAddress('K', 6, 'N', 7) // → 'K6:N7'
 * rangeAddress('K', 6, 'K', 6) // → 'K6'
 */
export function rangeAddress(c1: string, r1: number, c2: string, r2: number): string {
  const a = cellAddress(c1, r1);
  const b = cellAddress(c2, r2);
  return a === b ? a : `${a}:${b}`;
}

/**
 * Every cell address of a range, row by row.
 *
 * @example
 * cellsOf('K6:L7') // → ['K6', 'L6', 'K7', 'L7']
 */
export function cellsOf(range: string): string[] {
  const [a = '', b = a] = range.split(':');
  const p = parseAddress(a);
  const q = parseAddress(b);
  const out: string[] = [];
  for (let r = p.row; r <= q.row; r++)
    for (let c = p.column; c <= q.column; c++) out.push(`${columnLetter(c)}${r}`);
  return out;
}

/**
 * Groups sorted row numbers into runs of consecutive rows that share a key.
 *
 * @example
 * rowRuns([6, 7, 9], () => 'x') // → [{ first: 6, last: 7, key: 'x' }, { first: 9, last: 9, key: 'x' }]
 */
export function rowRuns<K>(
  rows: readonly number[],
  keyOf: (row: number) => K,
): { first: number; last: number; key: K }[] {
  const out: { first: number; last: number; key: K }[] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const key = keyOf(row);
    const prev = out[out.length - 1];
    if (prev && prev.last === row - 1 && JSON.stringify(prev.key) === JSON.stringify(key)) prev.last = row;
    else out.push({ first: row, last: row, key });
  }
  return out;
}
