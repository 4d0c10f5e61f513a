import type {
  XlEventHandlerResult,
  XlEventSource,
  XlFreezePanes,
  XlRange,
  XlVisibility,
  XlWorksheet,
  XlWorksheetCollection,
  XlWorksheetProtection,
} from '../../excel/xl';
import { parseA1, type Rect } from './a1';
import type { EventKind, Registration } from './events';
import type { PvContext } from './context';
import { PvLookup, PvObject } from './object';
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
export class PvWorksheet extends PvLookup<SheetModel> implements XlWorksheet {
  protected readonly loadable = ['name', 'visibility', 'tabColor', 'id'];
  readonly protection: XlWorksheetProtection;
  readonly freezePanes: XlFreezePanes;
  readonly onChanged: XlEventSource<Excel.WorksheetChangedEventArgs>;
  readonly onCalculated: XlEventSource<Excel.WorksheetCalculatedEventArgs>;
  readonly onSelectionChanged: XlEventSource<Excel.WorksheetSelectionChangedEventArgs>;
  readonly pageLayout: PvPageLayout;

  constructor(ctx: PvContext) {
    super(ctx, 'worksheet', 'The object is a null object (worksheet does not exist).');
    this.protection = new PvProtection(
      ctx,
      () => this.sheet(),
      () => this.target === null,
    );
    this.pageLayout = new PvPageLayout(ctx, () => this.sheet());
    this.freezePanes = {
      freezeRows: (count = 1): void =>
        this.ctx.enqueue(() => (this.sheet().frozen = { rows: count, cols: 0 }), 'freezePanes.freezeRows'),
      freezeColumns: (count = 1): void =>
        this.ctx.enqueue(() => (this.sheet().frozen = { rows: 0, cols: count }), 'freezePanes.freezeColumns'),
      freezeAt: (frozenRange: string): void =>
        this.ctx.enqueue(() => {
          const r = rectOf(frozenRange);
          this.sheet().frozen = { rows: r.row + r.rows, cols: r.col + r.cols };
        }, 'freezePanes.freezeAt'),
    };
    this.onChanged = this.eventSource('onChanged');
    this.onCalculated = this.eventSource('onCalculated');
    this.onSelectionChanged = this.eventSource('onSelectionChanged');
  }

  /**
   * `Worksheet.on…`: `add` registers the handler at this context's next sync; the result's `remove` queues the
   * removal on the same context, so it fails once that context's batch has ended (unless run again within it).
   */
  private eventSource<A>(kind: EventKind): XlEventSource<A> {
    return {
      add: (handler: (args: A) => Promise<void>): XlEventHandlerResult => {
        const reg: Registration = { kind, handler: (a) => handler(a as A), owner: this.ctx };
        let sheet: SheetModel | null = null;
        this.ctx.enqueue(() => {
          sheet = this.sheet();
          sheet.events.register(reg);
        }, `${kind}.add`);
        return {
          context: this.ctx,
          remove: (): void =>
            this.ctx.enqueue(() => {
              if (!sheet) throw new PreviewApiError('InvalidOperation', 'The event handler was never added.');
              sheet.events.unregister(reg);
            }, `${kind}.remove`),
        };
      },
    };
  }

  /** The sheet, at sync time; throws for a null object. */
  sheet(): SheetModel {
    return this.resolved();
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
    this.ctx.enqueue(() => (this.sheet().tabColor = value), 'Worksheet.tabColor');
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
    private readonly isNull: () => boolean,
  ) {
    super(ctx);
  }

  protected readProperty(name: string): unknown {
    if (this.isNull()) return undefined; // a null object's properties load as nothing, as in Excel
    const p = this.sheet().protection;
    return name === 'protected' ? p.protected : { ...p.options };
  }

  get protected(): boolean {
    return this.loadedValue('protected') as boolean;
  }

  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.ctx.enqueue(() => {
      const p = this.sheet().protection;
      if (p.protected) throw new PreviewApiError('InvalidOperation', 'The worksheet is already protected.');
      p.protected = true;
      p.options = { ...options };
      p.password = password === undefined || password === '' ? null : password;
    }, 'protection.protect');
  }

  /** Fails on a sheet a person protected with a password unless given it (Excel shows no prompt to an add-in). */
  unprotect(password?: string): void {
    this.ctx.enqueue(() => {
      const p = this.sheet().protection;
      if (!p.protected) throw new PreviewApiError('InvalidOperation', 'The worksheet is not protected.');
      if (p.password !== null && password !== p.password)
        throw new PreviewApiError('InvalidArgument', 'The password you supplied is not correct.');
      p.protected = false;
      p.password = null;
    }, 'protection.unprotect');
  }
}
