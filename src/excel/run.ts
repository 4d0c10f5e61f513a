import type { XlContext } from './xl';

/**
 * Runs a batch of Excel operations: `Excel.run` in the add-in, the preview host's run in development.
 * Everything in src/excel takes one, so the same code runs against Excel and the preview.
 */
export type ExcelRun = <T>(batch: (ctx: XlContext) => Promise<T>) => Promise<T>;

/**
 * `Excel.run` with `delayForCellEdit`: a batch waits while the user is typing in a cell instead of failing.
 *
 * @example
 * const run = officeRun();
 * await readWorkbook(run, plan);
 */
export function officeRun(): ExcelRun {
  return (batch) => Excel.run({ delayForCellEdit: true }, (ctx) => batch(ctx));
}
