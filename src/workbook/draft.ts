import type {
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
