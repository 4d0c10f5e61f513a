/**
 * The small cell-grid interface the circulated-workbook reader works on. The command line feeds it from
 * exceljs (src/cli/xlsx/circulatedGrid.ts); the add-in will feed it from office-js (`Range.values`,
 * `Range.formulas`, `Range.valueTypes`, hyperlinks). Nothing here knows either host.
 */
import { parseAddress } from '../workbook/a1';

/** What one cell holds, as a spreadsheet shows it. */
export interface GridCell {
  /**
   * The value shown: typed text or number, or a formula's cached result; null when empty, when the cell
   * shows an error (see `error`), or when a formula has no cached result.
   */
  readonly value: string | number | boolean | null;
  /** The formula without its leading `=` (en-US function names, `,` separators), or null. */
  readonly formula: string | null;
  /** The error the cell shows (`#DIV/0!`, `#VALUE!`, …), or null. */
  readonly error: string | null;
  /** The cell's hyperlink target, or null. */
  readonly hyperlink: string | null;
}

/**
 * A read-only sheet. Rows and columns count from 1 (`cell(8, 11)` is K8). A merged area's value sits in its
 * top-left cell only, as office-js reports it; the other cells of the area read as empty.
 */
export interface CellGrid {
  readonly rowCount: number;
  readonly columnCount: number;
  cell(row: number, col: number): GridCell;
}

/** An empty cell. */
export const EMPTY_CELL: GridCell = { value: null, formula: null, error: null, hyperlink: null };

/**
 * A grid from plain data, for tests and for hosts that already hold the cells in memory.
 *
 * @example
 * const g = gridFromCells({ K8: { value: 'Ya' }, L8: { formula: 'IF(J8="Ya/Tidak",1,0)', value: 1 } });
 * g.cell(8, 11).value // → 'Ya'
 */
export function gridFromCells(cells: Readonly<Record<string, Partial<GridCell>>>): CellGrid {
  const map = new Map<string, GridCell>();
  let rowCount = 0;
  let columnCount = 0;
  for (const [address, c] of Object.entries(cells)) {
    const { row, column: col } = parseAddress(address);
    rowCount = Math.max(rowCount, row);
    columnCount = Math.max(columnCount, col);
    map.set(`${row}:${col}`, { ...EMPTY_CELL, ...c });
  }
  return { rowCount, columnCount, cell: (row, col) => map.get(`${row}:${col}`) ?? EMPTY_CELL };
}

// A1 addressing has one home: src/workbook/a1.ts.
export { columnLetter, columnNumber, cellAt as address } from '../workbook/a1';

/**
 * A cell's shown value as trimmed text ('' when empty or an error).
 *
 * @example
 * gridText({ value: ' Ya ', formula: null, error: null, hyperlink: null }) // → 'Ya'
 */
export function gridText(c: GridCell): string {
  if (c.value === null) return '';
  return String(c.value).trim();
}

/**
 * True when a cell shows nothing: no value, no error.
 *
 * @example
 * isBlank({ value: '  ', formula: null, error: null, hyperlink: null })     // → true
 * isBlank({ value: null, formula: 'K9/K8', error: '#DIV/0!', hyperlink: null }) // → false
 */
export function isBlank(c: GridCell): boolean {
  return c.error === null && (c.value === null || (typeof c.value === 'string' && c.value.trim() === ''));
}
