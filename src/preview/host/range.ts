import type {
  XlCellValue,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlConditionalRangeFormat,
  XlDataValidation,
  XlFill,
  XlFont,
  XlFormatProtection,
  XlRange,
  XlRangeFormat,
} from '../../excel/xl';
import { toA1, quoteSheet, type Rect } from './a1';
import type { PvContext } from './context';
import { PvObject } from './object';
import { PreviewApiError, unsupported } from './errors';
import type { CellStyle, ConditionalModel, SheetModel, ValidationModel } from './sheet';

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
  protected readonly loadable = ['values', 'formulas', 'numberFormat', 'address', 'rowCount', 'columnCount'];
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

  protected readProperty(name: string): unknown {
    const { sheet, rect } = this.locate();
    const book = this.ctx.book;
    switch (name) {
      case 'values':
        return book.values(sheet, rect);
      case 'formulas':
        return book.formulas(sheet, rect);
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

  get address(): string {
    return this.loadedValue('address') as string;
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

/** A write-only property bag: each assignment queues one action on the located cells. */
function styleSetter(ctx: PvContext, locate: Locate, patch: (v: unknown) => CellStyle): (v: unknown) => void {
  return (v) =>
    ctx.enqueue(() => {
      const { sheet, rect } = locate();
      sheet.setStyle(rect, patch(v));
    });
}

function writeOnly(what: string): never {
  throw unsupported(`reading ${what}`);
}

class PvFormat implements XlRangeFormat {
  readonly font: XlFont;
  readonly fill: XlFill;
  readonly protection: XlFormatProtection;
  private readonly set: {
    wrap: (v: unknown) => void;
    indent: (v: unknown) => void;
    horizontal: (v: unknown) => void;
    vertical: (v: unknown) => void;
  };

  constructor(
    private readonly ctx: PvContext,
    private readonly locate: Locate,
  ) {
    this.font = fontOf(ctx, locate);
    const fill = styleSetter(ctx, locate, (v) => ({ fill: String(v) }));
    this.fill = {
      get color(): string {
        return writeOnly('fill.color');
      },
      set color(v: string) {
        fill(v);
      },
    };
    this.protection = {
      get locked(): boolean {
        return writeOnly('protection.locked');
      },
      set locked(v: boolean) {
        ctx.enqueue(() => {
          const { sheet, rect } = locate();
          sheet.setLocked(rect, v);
        });
      },
    };
    this.set = {
      wrap: styleSetter(ctx, locate, (v) => ({ wrap: v === true })),
      indent: styleSetter(ctx, locate, (v) => ({ indent: Number(v) })),
      horizontal: styleSetter(ctx, locate, (v) => ({ horizontal: String(v) })),
      vertical: styleSetter(ctx, locate, (v) => ({ vertical: String(v) })),
    };
  }

  get columnWidth(): number {
    return writeOnly('format.columnWidth');
  }
  set columnWidth(points: number) {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.locate();
      for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, points);
    });
  }

  get rowHeight(): number {
    return writeOnly('format.rowHeight');
  }
  set rowHeight(points: number) {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.locate();
      for (let r = rect.row; r < rect.row + rect.rows; r++) sheet.rowHeights.set(r, points);
    });
  }

  get wrapText(): boolean {
    return writeOnly('format.wrapText');
  }
  set wrapText(v: boolean) {
    this.set.wrap(v);
  }

  get indentLevel(): number {
    return writeOnly('format.indentLevel');
  }
  set indentLevel(v: number) {
    this.set.indent(v);
  }

  get horizontalAlignment(): XlRangeFormat['horizontalAlignment'] {
    return writeOnly('format.horizontalAlignment');
  }
  set horizontalAlignment(v: XlRangeFormat['horizontalAlignment']) {
    this.set.horizontal(v);
  }

  get verticalAlignment(): XlRangeFormat['verticalAlignment'] {
    return writeOnly('format.verticalAlignment');
  }
  set verticalAlignment(v: XlRangeFormat['verticalAlignment']) {
    this.set.vertical(v);
  }
}

function fontOf(ctx: PvContext, locate: Locate): XlFont {
  const bold = styleSetter(ctx, locate, (v) => ({ bold: v === true }));
  const italic = styleSetter(ctx, locate, (v) => ({ italic: v === true }));
  const color = styleSetter(ctx, locate, (v) => ({ fontColor: String(v) }));
  return {
    get bold(): boolean {
      return writeOnly('font.bold');
    },
    set bold(v: boolean) {
      bold(v);
    },
    get italic(): boolean {
      return writeOnly('font.italic');
    },
    set italic(v: boolean) {
      italic(v);
    },
    get color(): string {
      return writeOnly('font.color');
    },
    set color(v: string) {
      color(v);
    },
  };
}

/** `Range.dataValidation`: rule, alert, prompt and ignoreBlanks, each set on the validation of the range. */
class PvValidation implements XlDataValidation {
  constructor(
    private readonly ctx: PvContext,
    private readonly locate: Locate,
  ) {}

  private model(): ValidationModel {
    const { sheet, rect } = this.locate();
    const same = sheet.validations.find(
      (v) =>
        v.rect.row === rect.row &&
        v.rect.col === rect.col &&
        v.rect.rows === rect.rows &&
        v.rect.cols === rect.cols,
    );
    if (same) return same;
    sheet.clearValidation(rect);
    const created: ValidationModel = { rect, rule: null, errorAlert: null, prompt: null, ignoreBlanks: true };
    sheet.validations.push(created);
    return created;
  }

  clear(): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.locate();
      sheet.clearValidation(rect);
    });
  }

  get rule(): Excel.DataValidationRule {
    return writeOnly('dataValidation.rule');
  }
  set rule(rule: Excel.DataValidationRule) {
    const copy = { ...rule };
    this.ctx.enqueue(() => {
      const kinds = Object.keys(copy).filter((k) => copy[k as keyof Excel.DataValidationRule] !== undefined);
      const supported = ['list', 'wholeNumber', 'decimal'];
      if (kinds.length !== 1 || !supported.includes(kinds[0] ?? ''))
        throw unsupported(`validation rule ${kinds.join('+')}`);
      if (copy.list && typeof copy.list.source !== 'string')
        throw unsupported('a list validation sourced from a range');
      this.model().rule = copy;
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return writeOnly('dataValidation.errorAlert');
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    const copy = { ...alert };
    this.ctx.enqueue(() => (this.model().errorAlert = copy));
  }

  get prompt(): Excel.DataValidationPrompt {
    return writeOnly('dataValidation.prompt');
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    const copy = { ...prompt };
    this.ctx.enqueue(() => (this.model().prompt = copy));
  }

  get ignoreBlanks(): boolean {
    return writeOnly('dataValidation.ignoreBlanks');
  }
  set ignoreBlanks(v: boolean) {
    this.ctx.enqueue(() => (this.model().ignoreBlanks = v));
  }
}

class PvConditionals implements XlConditionalFormatCollection {
  constructor(
    private readonly ctx: PvContext,
    private readonly locate: Locate,
  ) {}

  clearAll(): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.locate();
      sheet.clearConditionals(rect);
    });
  }

  add(type: 'CellValue' | 'ContainsText'): XlConditionalFormat {
    let model: ConditionalModel | null = null;
    const ctx = this.ctx;
    this.ctx.enqueue(() => {
      if (type !== 'CellValue' && type !== 'ContainsText')
        throw unsupported(`conditional format ${String(type)}`);
      const { sheet, rect } = this.locate();
      model = { rect, type, cellValueRule: null, textRule: null, fill: null, fontColor: null, bold: null };
      sheet.conditionals.push(model);
    });
    const on = (f: (m: ConditionalModel) => void): void =>
      ctx.enqueue(() => {
        if (!model) throw new PreviewApiError('InvalidOperation', 'conditional format not created');
        f(model);
      });
    const format = (): XlConditionalRangeFormat => ({
      fill: {
        get color(): string {
          return writeOnly('conditional fill');
        },
        set color(v: string) {
          on((m) => (m.fill = v));
        },
      },
      font: {
        get bold(): boolean {
          return writeOnly('conditional font');
        },
        set bold(v: boolean) {
          on((m) => (m.bold = v));
        },
        get italic(): boolean {
          return writeOnly('conditional font');
        },
        set italic(_v: boolean) {
          throw unsupported('conditional italic');
        },
        get color(): string {
          return writeOnly('conditional font');
        },
        set color(v: string) {
          on((m) => (m.fontColor = v));
        },
      },
    });
    return {
      cellValue: {
        get rule(): Excel.ConditionalCellValueRule {
          return writeOnly('cellValue.rule');
        },
        set rule(r: Excel.ConditionalCellValueRule) {
          on((m) => (m.cellValueRule = { ...r }));
        },
        format: format(),
      },
      textComparison: {
        get rule(): Excel.ConditionalTextComparisonRule {
          return writeOnly('textComparison.rule');
        },
        set rule(r: Excel.ConditionalTextComparisonRule) {
          on((m) => (m.textRule = { ...r }));
        },
        format: format(),
      },
    };
  }
}
