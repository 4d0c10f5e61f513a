import { hostValue, sourceCell } from '../workbook/source';
import { EMPTY_CELL, type CellGrid, type GridCell } from './grid';

/**
 * The plain arrays a host reads from a used range that starts at A1, in the shapes office-js gives them
 * (`Range.values`, `Range.formulas`, `Range.valueTypes`) plus optional hyperlink addresses per cell
 * (`getCellProperties({ hyperlink: { address: true } })`). No office-js type is needed to build it.
 */
export interface RangeData {
  readonly values: readonly (readonly unknown[])[];
  readonly formulas?: readonly (readonly unknown[])[];
  /** `'Error'` marks a cell showing an error; its `values` entry is the error text (`#DIV/0!`). */
  readonly valueTypes?: readonly (readonly string[])[];
  readonly hyperlinks?: readonly (readonly (string | null | undefined)[])[];
}

/**
 * A {@link CellGrid} over the arrays of a range read from A1 — what the pane will pass to
 * {@link migrateCirculated} after one `load` of the "LKE ZI" sheet's used range.
 *
 * @example
 * const g = gridFromRange({
 *   values: [['', 'Tidak', '#DIV/0!']],
 *   formulas: [['', 'Tidak', '=K9/K8']],
 *   valueTypes: [['Empty', 'String', 'Error']],
 * });
 * g.cell(1, 2).value // → 'Tidak'
 * g.cell(1, 3)       // → { value: null, formula: 'K9/K8', error: '#DIV/0!', hyperlink: null }
 */
export function gridFromRange(data: RangeData): CellGrid {
  const rowCount = data.values.length;
  const columnCount = data.values.reduce((n, r) => Math.max(n, r.length), 0);
  return {
    rowCount,
    columnCount,
    cell: (row, col): GridCell => {
      const values = data.values[row - 1];
      if (!values || col < 1 || col > values.length) return EMPTY_CELL;
      const raw = values[col - 1];
      const f = data.formulas?.[row - 1]?.[col - 1];
      const formula = typeof f === 'string' && f.startsWith('=') ? f.slice(1) : null;
      const shown = sourceCell(hostValue(raw), null, data.valueTypes?.[row - 1]?.[col - 1] === 'Error');
      const link = data.hyperlinks?.[row - 1]?.[col - 1];
      return {
        value: shown.type === 'error' ? null : shown.value,
        formula,
        error: shown.type === 'error' ? String(raw) : null,
        hyperlink: typeof link === 'string' && link !== '' ? link : null,
      };
    },
  };
}
