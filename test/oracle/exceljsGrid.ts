import type { Cell, CellValue, Worksheet } from 'exceljs';
import { EMPTY_CELL, type CellGrid, type GridCell } from '../../src/circulated/grid';

type Shown = string | number | boolean | null;

function plain(v: CellValue | undefined): { value: Shown; error: string | null } {
  if (v === null || v === undefined) return { value: null, error: null };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    return { value: v, error: null };
  if (v instanceof Date) return { value: v.toISOString(), error: null };
  if ('error' in v) return { value: null, error: v.error };
  if ('richText' in v) return { value: v.richText.map((t) => t.text).join(''), error: null };
  if ('hyperlink' in v) return { value: v.text, error: null };
  return { value: null, error: null };
}

/**
 * One exceljs cell as a {@link GridCell}: the cached result for formulas, the top-left value for merges.
 *
 * @example
 * gridCellOf(ws.getCell('K154')) // → { value: null, formula: 'IF(OR(K155="",…', error: '#DIV/0!', hyperlink: null }
 */
export function gridCellOf(c: Cell): GridCell {
  if (c.isMerged && c.master !== c) return EMPTY_CELL;
  const hyperlink = c.hyperlink ? String(c.hyperlink) : null;
  const v = c.value;
  if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const formula = c.formula || ('formula' in v ? v.formula : null) || null;
    // exceljs drops a cached 0 from `value` but keeps it in `result`.
    const result = c.result as CellValue | undefined;
    const shown = plain(result);
    return {
      value: shown.value,
      formula: formula ? formula.replace(/^=/, '') : null,
      error: shown.error,
      hyperlink,
    };
  }
  const shown = plain(v);
  return { value: shown.value, formula: null, error: shown.error, hyperlink };
}

/**
 * An exceljs worksheet as the circulated reader's {@link CellGrid} (cells are read once and kept).
 *
 * @example
 * const grid = gridOfWorksheet(workbook.getWorksheet('LKE ZI'));
 * grid.cell(8, 11).value // → 'Tidak'
 */
export function gridOfWorksheet(ws: Worksheet): CellGrid {
  const cache = new Map<number, GridCell>();
  const columnCount = Math.max(ws.columnCount, ws.actualColumnCount);
  const rowCount = Math.max(ws.rowCount, ws.actualRowCount);
  return {
    rowCount,
    columnCount,
    cell: (row, col) => {
      const key = row * 16384 + col;
      let hit = cache.get(key);
      if (!hit) {
        hit =
          row < 1 || col < 1 || row > rowCount || col > columnCount
            ? EMPTY_CELL
            : gridCellOf(ws.getCell(row, col));
        cache.set(key, hit);
      }
      return hit;
    },
  };
}
