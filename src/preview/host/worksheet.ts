import type {
  XlEventSource,
  XlFreezePanes,
  XlRange,
  XlVisibility,
  XlWorksheet,
  XlWorksheetCollection,
  XlWorksheetProtection,
} from '../../excel/xl';
import { parseA1, type Rect } from './a1';
import type { ChangeArgs, SelectionArgs } from './book';
import type { PvContext } from './context';
import { PvObject } from './object';
import { PreviewApiError, unsupported } from './errors';
import { PvRange } from './range';
import { PvPageLayout } from './pageLayout';
import type { SheetModel } from './sheet';

export class PvWorksheetCollection implements XlWorksheetCollection {
  constructor(private readonly ctx: PvContext) {}

  add(name?: string): XlWorksheet {
    const ws = new PvWorksheet(this.ctx);
    this.ctx.enqueue(() => ws.resolveTo(this.ctx.book.addSheet(name)));
    return ws;
  }

  getItem(key: string): XlWorksheet {
    const ws = new PvWorksheet(this.ctx);
    this.ctx.enqueue(() => {
      const sheet = this.ctx.book.sheet(key);
      if (!sheet)
        throw new PreviewApiError(
          'ItemNotFound',
          `The requested resource doesn't exist (worksheet "${key}").`,
        );
      ws.resolveTo(sheet);
    });
    return ws;
  }

  getItemOrNullObject(key: string): XlWorksheet {
    const ws = new PvWorksheet(this.ctx);
    this.ctx.enqueue(() => ws.resolveTo(this.ctx.book.sheet(key)));
    return ws;
  }
}

/** A worksheet proxy: bound to its sheet when its queued look-up runs; a null object refuses every action. */
export class PvWorksheet extends PvObject implements XlWorksheet {
  private target: SheetModel | null | undefined = undefined;
  protected readonly loadable = ['name', 'visibility', 'tabColor', 'id'];
  readonly protection: XlWorksheetProtection;
  readonly freezePanes: XlFreezePanes;
  readonly onChanged: XlEventSource<Excel.WorksheetChangedEventArgs>;
  readonly onSelectionChanged: XlEventSource<Excel.WorksheetSelectionChangedEventArgs>;
  readonly pageLayout: PvPageLayout;

  constructor(ctx: PvContext) {
    super(ctx);
    this.protection = new PvProtection(ctx, () => this.sheet());
    this.pageLayout = new PvPageLayout(ctx, () => this.sheet());
    this.freezePanes = {
      freezeRows: (count = 1): void =>
        this.ctx.enqueue(() => (this.sheet().frozen = { rows: count, cols: 0 })),
      freezeColumns: (count = 1): void =>
        this.ctx.enqueue(() => (this.sheet().frozen = { rows: 0, cols: count })),
      freezeAt: (frozenRange: string): void =>
        this.ctx.enqueue(() => {
          const r = rectOf(frozenRange);
          this.sheet().frozen = { rows: r.row + r.rows, cols: r.col + r.cols };
        }),
    };
    this.onChanged = {
      add: (handler: (args: Excel.WorksheetChangedEventArgs) => Promise<void>): { remove: () => void } => {
        const h = (a: ChangeArgs): Promise<void> => handler(a as unknown as Excel.WorksheetChangedEventArgs);
        this.ctx.enqueue(() => this.sheet().changeHandlers.push(h));
        return {
          remove: (): void =>
            this.ctx.enqueue(() => {
              const list = this.sheet().changeHandlers;
              const i = list.indexOf(h);
              if (i >= 0) list.splice(i, 1);
            }),
        };
      },
    };
    this.onSelectionChanged = {
      add: (
        handler: (args: Excel.WorksheetSelectionChangedEventArgs) => Promise<void>,
      ): { remove: () => void } => {
        const h = (a: SelectionArgs): Promise<void> => handler(a);
        this.ctx.enqueue(() => this.sheet().selectionHandlers.push(h));
        return {
          remove: (): void =>
            this.ctx.enqueue(() => {
              const list = this.sheet().selectionHandlers;
              const i = list.indexOf(h);
              if (i >= 0) list.splice(i, 1);
            }),
        };
      },
    };
  }

  /** Called by the queued look-up. */
  resolveTo(sheet: SheetModel | null): void {
    this.target = sheet;
  }

  /** The sheet, at sync time; throws for a null object. */
  sheet(): SheetModel {
    if (this.target === undefined) throw new PreviewApiError('InvalidOperation', 'worksheet not resolved');
    if (this.target === null) {
      throw new PreviewApiError(
        'InvalidOperation',
        'The object is a null object (worksheet does not exist).',
      );
    }
    return this.target;
  }

  get isNullObject(): boolean {
    if (this.target === undefined) {
      throw new PreviewApiError('PropertyNotLoaded', 'isNullObject is available after context.sync()');
    }
    return this.target === null;
  }

  protected readProperty(name: string): unknown {
    if (this.target === null) return undefined; // a null object loads nothing (as in Excel) and does not fail
    const s = this.sheet();
    if (name === 'name') return s.name;
    if (name === 'visibility') return s.visibility;
    if (name === 'tabColor') return s.tabColor;
    if (name === 'id') return s.id;
    throw unsupported(`Worksheet.${name}`);
  }

  get name(): string {
    return this.loadedValue('name') as string;
  }
  set name(value: string) {
    this.ctx.enqueue(() => this.ctx.book.renameSheet(this.sheet(), value));
  }

  get visibility(): XlVisibility {
    return this.loadedValue('visibility') as XlVisibility;
  }
  set visibility(value: XlVisibility) {
    this.ctx.enqueue(() => {
      const v = String(value);
      if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden')
        throw new PreviewApiError('InvalidArgument', v);
      const s = this.sheet();
      const visible = this.ctx.book.sheets.filter((x) => x.visibility === 'Visible' && x !== s);
      if (v !== 'Visible' && visible.length === 0) {
        throw new PreviewApiError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      s.visibility = v;
    });
  }

  get tabColor(): string {
    return this.loadedValue('tabColor') as string;
  }
  set tabColor(value: string) {
    this.ctx.enqueue(() => (this.sheet().tabColor = value));
  }

  getRange(address?: string): XlRange {
    if (address === undefined) throw unsupported('Worksheet.getRange() without an address');
    return new PvRange(this.ctx, () => ({ sheet: this.sheet(), rect: rectOf(address) }));
  }

  getUsedRange(): XlRange {
    return new PvRange(this.ctx, () => {
      const sheet = this.sheet();
      return { sheet, rect: this.ctx.book.usedRect(sheet) };
    });
  }

  activate(): void {
    this.ctx.enqueue(() => this.ctx.book.activate(this.sheet()));
  }
}

/** Parses an address at sync time, as Excel does (an invalid one fails the sync). */
export function rectOf(address: string): Rect {
  const r = parseA1(address);
  if (!r) throw new PreviewApiError('InvalidArgument', `invalid address ${address}`);
  return r;
}

class PvProtection extends PvObject implements XlWorksheetProtection {
  protected readonly loadable = ['protected', 'options'];

  constructor(
    ctx: PvContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(ctx);
  }

  protected readProperty(name: string): unknown {
    const p = this.sheet().protection;
    return name === 'protected' ? p.protected : { ...p.options };
  }

  get protected(): boolean {
    return this.loadedValue('protected') as boolean;
  }

  protect(options?: Excel.WorksheetProtectionOptions): void {
    this.ctx.enqueue(() => {
      const p = this.sheet().protection;
      if (p.protected) throw new PreviewApiError('InvalidOperation', 'The worksheet is already protected.');
      p.protected = true;
      p.options = { ...options };
    });
  }

  unprotect(): void {
    this.ctx.enqueue(() => {
      const p = this.sheet().protection;
      if (!p.protected) throw new PreviewApiError('InvalidOperation', 'The worksheet is not protected.');
      p.protected = false;
    });
  }
}
