import { EMPTY_CELL, type CellGrid, type GridCell } from '../../circulated/grid';
import type { FileSheet } from './xlsxBook';

/**
 * A sheet read by the streaming reader as the circulated reader's {@link CellGrid}: the cached result for
 * formulas, error cells as their error, a merged area's value in its top-left cell only (as office-js gives
 * it), each cell's hyperlink target.
 *
 * @example
 * const grid = gridOfFileSheet(openXlsx(bytes, 'OLD.xlsx').sheet('LKE ZI')!);
 * grid.cell(8, 11).value // → 'Tidak'
 */
export function gridOfFileSheet(sheet: FileSheet): CellGrid {
  return {
    rowCount: sheet.rowCount,
    columnCount: sheet.columnCount,
    cell: (row, col): GridCell => {
      if (sheet.covered(row, col)) return EMPTY_CELL;
      const c = sheet.cell(row, col);
      const hyperlink = sheet.link(row, col);
      if (!c) return hyperlink === null ? EMPTY_CELL : { ...EMPTY_CELL, hyperlink };
      return {
        value: c.error || c.value === '' ? null : c.value,
        formula: c.formula,
        error: c.error ? String(c.value) : null,
        hyperlink,
      };
    },
  };
}
