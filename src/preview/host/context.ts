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
  private queue: { action: () => void; call: string }[] = [];
  /** False once the batch this context was made for has ended (until `run.within` uses it again). */
  open = true;
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

  /**
   * Counts one API call and queues its action; `call` names it for injected failures (`book.fault`). Like
   * office.js, a context whose batch has ended takes no more calls.
   */
  enqueue(action: () => void, call = 'call'): void {
    this.checkOpen();
    this.count();
    this.queue.push({ action, call });
  }

  private checkOpen(): void {
    if (!this.open)
      throw new PreviewApiError(
        'InvalidObjectPath',
        'The object was used outside the Excel.run batch it belongs to: pass its context to Excel.run to use it again.',
      );
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
    this.checkOpen();
    this.book.counters.syncs++;
    const actions = this.queue;
    const suspended = this.calcSuspended;
    this.queue = [];
    this.calcSuspended = false;
    await Promise.resolve();
    const hf = this.book.hf;
    if (suspended) hf.suspendEvaluation();
    try {
      for (const { action, call } of actions) {
        const n = ++this.book.callsRun;
        if (this.book.fault?.(call, n))
          throw new PreviewApiError('GeneralException', `injected failure of ${call} (call ${n})`);
        action();
      }
    } catch (e) {
      if (e instanceof PreviewApiError) throw e;
      throw new PreviewApiError('InvalidOperation', e instanceof Error ? e.message : String(e));
    } finally {
      if (suspended) this.book.noteCalculated(hf.resumeEvaluation());
      const touched = this.touched;
      this.touched = [];
      for (const t of touched) this.book.fireChanged(t.sheet, t.rect);
      this.book.fireCalculated();
      this.book.notify();
    }
  }
}
