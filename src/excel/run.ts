import type { XlContext, XlEventContext } from './xl';

/** A batch of Excel operations on a request context. */
export type Batch<T> = (ctx: XlContext) => Promise<T>;

/**
 * Runs a batch of Excel operations: `Excel.run` in the add-in, the preview host's run in development.
 * Everything in src/excel takes one, so the same code runs against Excel and the preview.
 */
export interface ExcelRun {
  <T>(batch: Batch<T>): Promise<T>;
  /**
   * Runs a batch on the context an event handler was added through ((Excel.run given `result.context`)): the only
   * way to remove that handler once the batch that added it has ended.
   */
  within<T>(context: XlEventContext, batch: Batch<T>): Promise<T>;
}

/**
 * `Excel.run` with `delayForCellEdit`: a batch waits while the user is typing in a cell instead of failing.
 *
 * @example
 * const run = officeRun();
 * await readWorkbook(run, plan);
 */
export function officeRun(): ExcelRun {
  const run = <T>(batch: Batch<T>): Promise<T> => Excel.run({ delayForCellEdit: true }, (ctx) => batch(ctx));
  const within = <T>(context: XlEventContext, batch: Batch<T>): Promise<T> =>
    Excel.run(context as OfficeExtension.ClientRequestContext, (ctx) => batch(ctx));
  return Object.assign(run, { within });
}
