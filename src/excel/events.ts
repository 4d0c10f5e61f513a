import type { ExcelRun } from './run';

/**
 * Calls `fn` once, `ms` after the last of a burst of calls.
 *
 * @example
 * const hint = debounce(refresh, 400);
 * hint(); hint(); hint(); // → refresh runs once, 400 ms after the third call
 */
export function debounce(fn: () => void, ms: number): { (): void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const call = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      fn();
    }, ms);
  };
  call.cancel = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return call;
}

/**
 * Listens to changes on the template's sheets as a **hint** to refresh (Excel does not send an event for every
 * change: a dropdown pick, a multi-cell paste or Text-to-Columns may go unseen), debounced; the pane always keeps
 * a manual refresh too. Returns a function that stops the hints.
 *
 * @example
 * const stop = await watchChanges(run, ['Jawaban', 'Profil'], () => void refresh());
 * stop(); // on unmount
 */
export async function watchChanges(
  run: ExcelRun,
  sheets: readonly string[],
  onHint: () => void,
  delayMs = 400,
): Promise<() => void> {
  let active = true;
  const hint = debounce(() => {
    if (active) onHint();
  }, delayMs);
  await run(async (ctx) => {
    for (const name of sheets) {
      ctx.workbook.worksheets.getItem(name).onChanged.add(() => {
        hint();
        return Promise.resolve();
      });
    }
    await ctx.sync();
  });
  return () => {
    active = false;
    hint.cancel();
  };
}
