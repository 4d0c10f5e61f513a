import type {
  CellMeaning,
  ColumnWidth,
  ComputedCell,
  ConditionalFormatRange,
  FreezePanes,
  NumberFormatRange,
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
};

/** A sheet under construction: cells, formats and the meaning of every formula cell. */
export class SheetDraft {
  readonly grid = new Grid();
  readonly numberFormats: NumberFormatRange[] = [];
  readonly validations: ValidationRange[] = [];
  readonly conditionalFormats: ConditionalFormatRange[] = [];
  readonly styles: StyleRange[] = [];
  readonly columnWidths: ColumnWidth[] = [];
  readonly wrap: string[] = [];
  readonly unlocked: string[] = [];
  readonly computed: ComputedCell[] = [];
  freeze: FreezePanes | null = null;
  tabColor: string | null = null;

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

  finish(protection: SheetProtection = PROTECTED): SheetPlan {
    const inputs = new Set(this.unlocked.flatMap(cellsOf));
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
      rowHeights: [],
      freeze: this.freeze,
      wrap: this.wrap,
      unlocked: this.unlocked,
      protection,
    };
  }
}
