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

/**
 * Splits `K6` (or `$K$6`) into column number and row.
 *
 * @example
 * parseAddress('$K$6') // → { column: 11, row: 6 }
 */
export function parseAddress(address: string): { column: number; row: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (!m) throw new RangeError(`not an A1 cell address: ${address}`);
  return { column: columnNumber(m[1] ?? ''), row: Number(m[2]) };
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
