import { emptyPageLayout, type PageLayoutModel } from './pageLayout';
import { contains, type Rect } from './a1';
import { PreviewApiError } from './errors';
import { SheetEvents } from './events';

/** Per-cell formatting the preview keeps (what the adapter can set through `Range.format`). */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  indent?: number;
  horizontal?: string;
  vertical?: string;
}

/** A data validation as the API set it (the parts the preview enforces on typed input). */
export interface ValidationModel {
  readonly rect: Rect;
  rule: Excel.DataValidationRule | null;
  errorAlert: Excel.DataValidationErrorAlert | null;
  prompt: Excel.DataValidationPrompt | null;
  ignoreBlanks: boolean;
}

/** A conditional format: cell value equals, or text contains. */
export interface ConditionalModel {
  readonly rect: Rect;
  readonly type: 'CellValue' | 'ContainsText';
  cellValueRule: Excel.ConditionalCellValueRule | null;
  textRule: Excel.ConditionalTextComparisonRule | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

const MAX_FORMATTED_CELLS = 200_000;

function key(row: number, col: number): string {
  return `${row},${col}`;
}

/** One worksheet's state beside its cells. */
export class SheetModel {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  tabColor = '';
  readonly protection: {
    protected: boolean;
    options: Excel.WorksheetProtectionOptions;
    /** Set by a person protecting the sheet with a password (or `protect(options, password)`): null for none. */
    password: string | null;
  } = { protected: false, options: {}, password: null };
  readonly styles = new Map<string, CellStyle>();
  readonly numberFormats = new Map<string, string>();
  readonly unlocked = new Set<string>();
  readonly validations: ValidationModel[] = [];
  readonly conditionals: ConditionalModel[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  frozen = { rows: 0, cols: 0 };
  /** The selected cell (0-based), as `Range.select()` or a click in the grid leaves it. */
  selected = { row: 0, col: 0 };
  /** The event handlers added through the API (removed only through their own context). */
  readonly events = new SheetEvents();
  /** Columns hidden (0-based), as `Range.columnHidden` leaves them; the grid still shows them. */
  readonly hiddenColumns = new Set<number>();
  /** The print settings `Worksheet.pageLayout` received (ExcelApi 1.9). */
  readonly pageLayout: PageLayoutModel = emptyPageLayout();

  constructor(
    /** The worksheet id the API reports (`{00000001}`). */
    readonly id: string,
    readonly hfId: number,
    public name: string,
  ) {}

  /** Calls `f` for every cell of a rectangle that formatting can reasonably cover. */
  eachCell(r: Rect, f: (k: string, row: number, col: number) => void): void {
    if (r.rows * r.cols > MAX_FORMATTED_CELLS) {
      throw new PreviewApiError('ApiNotFound', 'Pratinjau: format pada rentang sebesar ini tidak didukung');
    }
    for (let i = 0; i < r.rows; i++)
      for (let j = 0; j < r.cols; j++) f(key(r.row + i, r.col + j), r.row + i, r.col + j);
  }

  style(row: number, col: number): CellStyle {
    return this.styles.get(key(row, col)) ?? {};
  }

  setStyle(r: Rect, patch: CellStyle): void {
    this.eachCell(r, (k) => this.styles.set(k, { ...this.styles.get(k), ...patch }));
  }

  numberFormat(row: number, col: number): string {
    return this.numberFormats.get(key(row, col)) ?? 'General';
  }

  isLocked(row: number, col: number): boolean {
    return !this.unlocked.has(key(row, col));
  }

  setLocked(r: Rect, locked: boolean): void {
    this.eachCell(r, (k) => (locked ? this.unlocked.delete(k) : this.unlocked.add(k)));
  }

  /** The validation covering a cell (the last one set wins, as in Excel). */
  validationAt(row: number, col: number): ValidationModel | null {
    for (let i = this.validations.length - 1; i >= 0; i--) {
      const v = this.validations[i];
      if (v && contains(v.rect, row, col)) return v;
    }
    return null;
  }

  /** Removes validations inside a rectangle (`DataValidation.clear()`), splitting none: the preview keeps it simple. */
  clearValidation(r: Rect): void {
    for (let i = this.validations.length - 1; i >= 0; i--) {
      const v = this.validations[i];
      if (v && inside(v.rect, r)) {
        this.validations.splice(i, 1);
      } else if (v && overlapsPartly(v.rect, r)) {
        throw new PreviewApiError('ApiNotFound', 'Pratinjau: menghapus sebagian validasi tidak didukung');
      }
    }
  }

  /** Removes conditional formats whose range lies inside a rectangle (`conditionalFormats.clearAll()`). */
  clearConditionals(r: Rect): void {
    for (let i = this.conditionals.length - 1; i >= 0; i--) {
      const c = this.conditionals[i];
      if (c && inside(c.rect, r)) this.conditionals.splice(i, 1);
      else if (c && overlapsPartly(c.rect, r)) {
        throw new PreviewApiError(
          'ApiNotFound',
          'Pratinjau: menghapus sebagian format bersyarat tidak didukung',
        );
      }
    }
  }
}

function inside(a: Rect, outer: Rect): boolean {
  return (
    a.row >= outer.row &&
    a.col >= outer.col &&
    a.row + a.rows <= outer.row + outer.rows &&
    a.col + a.cols <= outer.col + outer.cols
  );
}

/** True when `a` overlaps `b` without lying inside it. */
function overlapsPartly(a: Rect, b: Rect): boolean {
  const meets =
    a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
  return meets && !inside(a, b);
}
