import type { XlApplication, XlContext, XlWorkbook } from '../../excel/xl';
import type { PreviewBook } from './book';
import { PreviewApiError } from './errors';
import { PvWorksheetCollection } from './worksheet';
import { PvNamedItemCollection } from './names';
import type { Rect } from './a1';
import type { SheetModel } from './sheet';

/**
 * The request context of the preview host. Like office.js, every call only queues an action; `sync()`
 * runs the queue in order against the workbook (stopping at the first failure, as Excel does) and fills
 * in what was loaded. Each queued action counts as one API call, each `sync()` as one round trip.
 */
export class PvContext implements XlContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  private queue: (() => void)[] = [];
  private calcSuspended = false;
  private touched: { sheet: SheetModel; rect: Rect }[] = [];

  constructor(readonly book: PreviewBook) {
    this.workbook = { worksheets: new PvWorksheetCollection(this), names: new PvNamedItemCollection(this) };
    this.application = {
      suspendApiCalculationUntilNextSync: (): void => {
        this.count();
        this.calcSuspended = true;
      },
    };
  }

  /** Counts one API call and queues its action. */
  enqueue(action: () => void): void {
    this.count();
    this.queue.push(action);
  }

  /** Counts one API call that needs no action at sync (e.g. navigation). */
  count(): void {
    this.book.counters.calls++;
  }

  /** Records a write, for the change events sent after the sync. */
  touch(sheet: SheetModel, rect: Rect): void {
    this.touched.push({ sheet, rect });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.book.counters.syncs++;
    const actions = this.queue;
    const suspended = this.calcSuspended;
    this.queue = [];
    this.calcSuspended = false;
    await Promise.resolve();
    const hf = this.book.hf;
    if (suspended) hf.suspendEvaluation();
    try {
      for (const action of actions) action();
    } catch (e) {
      if (e instanceof PreviewApiError) throw e;
      throw new PreviewApiError('InvalidOperation', e instanceof Error ? e.message : String(e));
    } finally {
      if (suspended) hf.resumeEvaluation();
      const touched = this.touched;
      this.touched = [];
      for (const t of touched) this.book.fireChanged(t.sheet, t.rect);
      this.book.notify();
    }
  }
}
