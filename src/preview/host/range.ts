import type {
  XlCellValue,
  XlClientResult,
  XlConditionalFormatCollection,
  XlDataValidation,
  XlRange,
  XlRangeFormat,
} from '../../excel/xl';
import { toA1, quoteSheet, type Rect } from './a1';
import type { PvContext } from './context';
import { PvObject } from './object';
import { PreviewApiError, unsupported } from './errors';
import type { SheetModel } from './sheet';
import { PvFormat } from './format';
import { PvConditionals, PvValidation } from './rules';

/** Where a range proxy points, worked out at sync time. */
export type Locate = () => { sheet: SheetModel; rect: Rect };

function shaped<T>(r: Rect, cells: readonly (readonly T[])[], what: string): void {
  if (
    !Array.isArray(cells) ||
    cells.length !== r.rows ||
    cells.some((l) => !Array.isArray(l) || l.length !== r.cols)
  ) {
    throw new PreviewApiError(
      'InvalidArgument',
      `${what}: the input array does not match the size of the range ${toA1(r)}.`,
    );
  }
}

export class PvRange extends PvObject implements XlRange {
  protected readonly loadable = [
    'values',
    'formulas',
    'valueTypes',
    'numberFormat',
    'address',
    'rowCount',
    'columnCount',
  ];
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormatCollection;

  constructor(
    ctx: PvContext,
    readonly locate: Locate,
  ) {
    super(ctx);
    ctx.count();
    this.format = new PvFormat(ctx, locate);
    this.dataValidation = new PvValidation(ctx, locate);
    this.conditionalFormats = new PvConditionals(ctx, locate);
  }

  /** ExcelApi 1.2: hides (or shows) the range's columns; formulas keep computing. */
  set columnHidden(hidden: boolean) {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.locate();
      for (let c = rect.col; c < rect.col + rect.cols; c++)
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
    });
  }

  protected readProperty(name: string): unknown {
    const { sheet, rect } = this.locate();
    const book = this.ctx.book;
    switch (name) {
      case 'values':
        return book.values(sheet, rect);
      case 'formulas':
        return book.formulas(sheet, rect);
      case 'valueTypes':
        return book.valueTypes(sheet, rect);
      case 'numberFormat':
        return Array.from({ length: rect.rows }, (_, i) =>
          Array.from({ length: rect.cols }, (_, j) => sheet.numberFormat(rect.row + i, rect.col + j)),
        );
      case 'address':
        return `${quoteSheet(sheet.name)}!${toA1(rect)}`;
      case 'rowCount':
        return rect.rows;
      case 'columnCount':
        return rect.cols;
      default:
        throw unsupported(`Range.${name}`);
    }
  }

  /** A range from a look-up always exists in the preview, except {@link PvNullRange}. */
  get isNullObject(): boolean {
    return false;
  }

  get address(): string {
    return this.loadedValue('address') as string;
  }

  get valueTypes(): XlRange['valueTypes'] {
    return this.loadedValue('valueTypes') as XlRange['valueTypes'];
  }

  /**
   * The preview keeps no hyperlinks, formats or styles per cell in this shape: every cell's properties are empty
   * (what Excel gives for cells without a link); only `hyperlink` may be asked for.
   */
  getCellProperties(options: Excel.CellPropertiesLoadOptions): XlClientResult<Excel.CellProperties[][]> {
    const asked = Object.keys(options).filter((k) => k !== 'hyperlink');
    if (asked.length > 0) throw unsupported(`Range.getCellProperties(${asked.join(', ')})`);
    const result: { value: Excel.CellProperties[][] } = { value: [] };
    let ready = false;
    this.ctx.enqueue(() => {
      const { rect } = this.locate();
      result.value = Array.from({ length: rect.rows }, () => Array.from({ length: rect.cols }, () => ({})));
      ready = true;
    });
    return {
      get value(): Excel.CellProperties[][] {
        if (!ready)
          throw new PreviewApiError('PropertyNotLoaded', 'ClientResult.value is available after sync()');
        return result.value;
      },
    };
  }

  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.locate();
      this.ctx.book.select(sheet, rect.row, rect.col);
    });
  }

  get values(): XlCellValue[][] {
    return this.loadedValue('values') as XlCellValue[][];
  }
  set values(cells: XlCellValue[][]) {
    this.write(cells, 'values');
  }

  get formulas(): XlCellValue[][] {
    return this.loadedValue('formulas') as XlCellValue[][];
  }
  set formulas(cells: XlCellValue[][]) {
    this.write(cells, 'formulas');
  }

  private write(cells: XlCellValue[][], what: string): void {
    const copy = cells.map((l) => [...l]);
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.locate();
      shaped(rect, copy, what);
      this.ctx.book.write(sheet, rect, copy);
      this.ctx.touch(sheet, rect);
    });
  }

  get numberFormat(): XlCellValue[][] {
    return this.loadedValue('numberFormat') as XlCellValue[][];
  }
  set numberFormat(cells: XlCellValue[][]) {
    const copy = cells.map((l) => [...l]);
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.locate();
      shaped(rect, copy, 'numberFormat');
      sheet.eachCell(rect, (k, row, col) =>
        sheet.numberFormats.set(k, String(copy[row - rect.row]?.[col - rect.col])),
      );
    });
  }
}

/** `getRangeOrNullObject()` of a name that refers to no range: loads nothing, every action refuses. */
export class PvNullRange extends PvRange {
  constructor(
    ctx: PvContext,
    private readonly missing: () => boolean,
    locate: Locate,
  ) {
    super(ctx, locate);
  }

  override get isNullObject(): boolean {
    return this.missing();
  }

  protected override readProperty(name: string): unknown {
    return this.missing() ? undefined : super.readProperty(name);
  }
}
