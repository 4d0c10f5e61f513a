/**
 * The preview host: the Excel API surface of src/excel/xl.ts over HyperFormula, for development, tests and
 * demos. Never part of the production pane (HyperFormula is GPL and a devDependency).
 */
import type { ExcelRun } from '../../excel/run';
import { PreviewBook } from './book';
import { PvContext } from './context';

export { PreviewBook } from './book';
export { PreviewApiError } from './errors';
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
  return async (batch) => {
    const ctx = new PvContext(book);
    const result = await batch(ctx);
    if (ctx.pending > 0) await ctx.sync();
    return result;
  };
}
