import type {
  CellFormat,
  CellMeaning,
  ColumnWidth,
  ComputedCell,
  ConditionalFormatRange,
  FreezePanes,
  NumberFormatRange,
  PrintSetup,
  RowHeight,
  PlanCell,
  SheetPlan,
  SheetProtection,
  SheetVisibility,
  StyleRange,
  ValidationRange,
} from './plan';
import { Grid } from './grid';
import { cellsOf } from './a1';

export const PROTECTED: SheetProtection = {
  protected: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowSelectLocked: true,
  allowInsertHyperlinks: true,
  allowEditObjects: true,
};

/** Excel's built-in Good / Neutral / Bad styles: the colours of every met, missing and failed mark. */
export const GOOD: CellFormat = { fill: '#C6EFCE', fontColor: '#006100' };
export const NEUTRAL: CellFormat = { fill: '#FFEB9C', fontColor: '#9C5700' };
export const BAD: CellFormat = { fill: '#FFC7CE', fontColor: '#9C0006' };

/** A sheet under construction: cells, formats and the meaning of every formula cell. */
export class SheetDraft {
  readonly grid = new Grid();
  readonly numberFormats: NumberFormatRange[] = [];
  readonly validations: ValidationRange[] = [];
  readonly conditionalFormats: ConditionalFormatRange[] = [];
  readonly styles: StyleRange[] = [];
  readonly columnWidths: ColumnWidth[] = [];
  readonly rowHeights: RowHeight[] = [];
  readonly wrap: string[] = [];
  readonly unlocked: string[] = [];
  readonly computed: ComputedCell[] = [];
  freeze: FreezePanes | null = null;
  tabColor: string | null = null;
  print: PrintSetup | undefined = undefined;

  constructor(
    readonly name: string,
    readonly visibility: SheetVisibility = 'visible',
  ) {}

  /** A constant cell. */
  put(address: string, value: PlanCell): void {
    this.grid.set(address, value);
  }

  /** A formula cell with what it means (for parity tests and the formula audit). */
  formula(address: string, formula: string, meaning: CellMeaning): void {
    this.grid.set(address, formula);
    this.computed.push({ sheet: this.name, address, formula, meaning });
  }

  /**
   * Conditional formats for the texts a range shows: each value with its format, in this order.
   *
   * @example
   * d.highlight('O6:O180', [[STATUS.empty, NEUTRAL], [STATUS.ok, GOOD]]) // 'belum diisi' amber, 'ok' green
   */
  highlight(range: string, marks: readonly (readonly [string | number, CellFormat])[]): void {
    for (const [value, format] of marks)
      this.conditionalFormats.push({ range, rule: { kind: 'equals', value }, format });
  }

  widths(widths: Readonly<Record<string, number>>): void {
    for (const [column, width] of Object.entries(widths)) this.columnWidths.push({ column, width });
  }

  /**
   * Sets each row's height from its wrapped text (an estimate: applications do not refit rows of a file they
   * open, so wrapped text would otherwise overlap). `columns` are the wrapped columns to measure.
   */
  fitRows(rows: readonly number[], columns: readonly string[]): void {
    const widths = new Map(this.columnWidths.map((w) => [w.column, w.width]));
    for (const row of rows) {
      let lines = 1;
      for (const column of columns) {
        const v = this.grid.get(`${column}${row}`);
        if (typeof v !== 'string' || v.startsWith('=')) continue;
        const perLine = Math.max(1, Math.floor((widths.get(column) ?? 10) * 1.2));
        const n = v.split('\n').reduce((s, p) => s + Math.max(1, Math.ceil(p.length / perLine)), 0);
        lines = Math.max(lines, n);
      }
      if (lines > 1) this.rowHeights.push({ row, height: Math.min(409, Math.ceil(lines * 14.5 + 2)) });
    }
  }

  finish(protection: SheetProtection = PROTECTED): SheetPlan {
    const inputs = new Set(this.unlocked.flatMap(cellsOf));
    const initial = this.grid.filledAmong(inputs);
    return {
      name: this.name,
      visibility: this.visibility,
      tabColor: this.tabColor,
      blocks: this.grid.toBlocks(inputs),
      numberFormats: this.numberFormats,
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      styles: this.styles,
      columnWidths: this.columnWidths,
      rowHeights: this.rowHeights,
      freeze: this.freeze,
      wrap: this.wrap,
      unlocked: this.unlocked,
      protection,
      ...(this.print ? { print: this.print } : {}),
      ...(initial.length > 0 ? { initialInputs: initial } : {}),
    };
  }
}
