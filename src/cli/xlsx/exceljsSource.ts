import type ExcelJS from 'exceljs';
import { sourceCell, type CellSource, type CellValue, type SourceCell } from '../../workbook';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

type Raw = ExcelJS.CellValue | undefined;

function isFormula(v: Raw): v is ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue {
  return v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v);
}

/**
 * A cell value of exceljs as a spreadsheet shows it: text, number, boolean, null; rich text and hyperlinks as
 * their text, dates as Excel serial numbers (what formulas see), error values as their text, formulas as their
 * cached result. Used where exceljs already holds the workbook (the import command, which writes it back).
 *
 * @example
 * shownValue({ richText: [{ text: 'Y' }, { text: 'a' }] }) // → { value: 'Ya', error: false }
 * shownValue({ error: '#N/A' })                            // → { value: '#N/A', error: true }
 */
export function shownValue(v: Raw): { value: CellValue; error: boolean } {
  if (v === null || v === undefined) return { value: null, error: false };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    return { value: v, error: false };
  if (v instanceof Date) return { value: (v.getTime() - EXCEL_EPOCH) / 86_400_000, error: false };
  if ('richText' in v) return { value: v.richText.map((r) => r.text).join(''), error: false };
  if ('error' in v) return { value: String(v.error), error: true };
  if (isFormula(v)) return shownValue(v.result);
  if ('text' in v) return typeof v.text === 'string' ? { value: v.text, error: false } : shownValue(v.text);
  return { value: null, error: false };
}

/**
 * One exceljs cell as a {@link SourceCell}. exceljs reads a merged area's value into every cell of it: those
 * cells are marked `merged` (the template reader refuses them as input).
 */
export function exceljsCell(cell: ExcelJS.Cell): SourceCell {
  const v = cell.value;
  // exceljs drops a cached 0 or FALSE from a formula's `value` but keeps it in `result`.
  const shown = isFormula(v) ? shownValue(cell.result) : shownValue(v);
  const covered = cell.isMerged && cell.master !== cell;
  return sourceCell(shown.value, isFormula(v) ? `=${cell.formula}` : null, shown.error, covered);
}

/**
 * An exceljs workbook as the template reader's source.
 *
 * @example
 * readTemplateSource(exceljsSource(wb), plan, LKE_2021).kind // → 'read'
 */
export function exceljsSource(wb: ExcelJS.Workbook): CellSource {
  return {
    sheet: (name) => {
      const ws = wb.getWorksheet(name);
      if (!ws) return null;
      return { cell: (address) => exceljsCell(ws.getCell(address)) };
    },
  };
}
