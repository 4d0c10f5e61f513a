import type {
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlConditionalRangeFormat,
  XlDataValidation,
} from '../../excel/xl';
import type { PvContext } from './context';
import { PreviewApiError, unsupported, writeOnly } from './errors';
import type { Locate } from './range';
import type { ConditionalModel, ValidationModel } from './sheet';

/** `Range.dataValidation`: rule, alert, prompt and ignoreBlanks, each set on the validation of the range. */
export class PvValidation implements XlDataValidation {
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

/** `Range.conditionalFormats`: cell-value and text-contains rules. */
export class PvConditionals implements XlConditionalFormatCollection {
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
