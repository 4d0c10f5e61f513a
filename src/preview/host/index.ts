/**
 * The preview host: the Excel API surface of src/excel/xl.ts over HyperFormula, for development, tests and
 * demos. Never part of the production pane (HyperFormula is GPL and a devDependency).
 */
import type { Batch, ExcelRun } from '../../excel/run';
import type { XlEventContext } from '../../excel/xl';
import { PreviewApiError } from './errors';
import { PreviewBook } from './book';
import { PvContext } from './context';

export { PreviewBook } from './book';
export { PreviewApiError };
export type { Counters } from './book';

/**
 * `Excel.run` for the preview workbook: runs a batch on a fresh context and, like Excel, flushes what is
 * still queued when the batch ends (an implicit sync, counted like any other).
 *
 * @example
 * const book = new PreviewBook();
 * const run = previewRun(book);
 * await run(async (ctx) => { ctx.workbook.worksheets.add('Jawaban'); await ctx.sync(); });
 * book.counters // → { syncs: 1, calls: 1 }
 */
export function previewRun(book: PreviewBook): ExcelRun {
  const finish = async <T>(ctx: PvContext, batch: Batch<T>): Promise<T> => {
    try {
      const result = await batch(ctx);
      if (ctx.pending > 0) await ctx.sync();
      return result;
    } finally {
      ctx.open = false;
    }
  };
  const run = <T>(batch: Batch<T>): Promise<T> => finish(new PvContext(book), batch);
  /** Excel.run with a context: the context of an earlier batch (e.g. an event handler's), opened again. */
  const within = <T>(context: XlEventContext, batch: Batch<T>): Promise<T> => {
    if (!(context instanceof PvContext) || context.book !== book)
      return Promise.reject(new PreviewApiError('InvalidArgument', 'not a context of this preview workbook'));
    context.open = true;
    return finish(context, batch);
  };
  return Object.assign(run, { within });
}
