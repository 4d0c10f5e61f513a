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

/** A selected cell as the pane keeps it: sheet, A1 address of its top-left cell, 1-based row and column. */
export interface SelectedCellHint {
  readonly sheet: string;
  readonly address: string;
  readonly row: number;
  readonly column: number;
}

/**
 * The top-left cell of an A1 address (`Jawaban!K7:L9` → K7, row 7, column 11), or null for a whole column/row.
 *
 * @example
 * topLeft('K7:L9') // → { address: 'K7', row: 7, column: 11 }
 */
export function topLeft(a1: string): { address: string; row: number; column: number } | null {
  const m = /([A-Z]+)\$?(\d+)/.exec(a1.replace(/^.*!/, '').replace(/\$/g, ''));
  if (!m) return null;
  const letters = m[1] ?? '';
  const column = [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return { address: `${letters}${m[2] ?? ''}`, row: Number(m[2]), column };
}

/**
 * Tells `onSelect` where the cursor is on one sheet (`Worksheet.onSelectionChanged`, ExcelApi 1.7). Returns the
 * stop function (the handler is removed through its own context).
 *
 * @example
 * const stop = await watchSelection(run, 'Jawaban', (cell) => setSelection(cell));
 */
export async function watchSelection(
  run: ExcelRun,
  sheet: string,
  onSelect: (cell: SelectedCellHint) => void,
): Promise<() => void> {
  let active = true;
  let handle: { remove: () => void } | null = null;
  await run(async (ctx) => {
    handle = ctx.workbook.worksheets.getItem(sheet).onSelectionChanged.add((args) => {
      const cell = topLeft(args.address);
      if (active && cell) onSelect({ sheet, ...cell });
      return Promise.resolve();
    }) as { remove: () => void };
    await ctx.sync();
  });
  return () => {
    active = false;
    void run(async (ctx) => {
      handle?.remove();
      await ctx.sync();
    }).catch(() => undefined);
  };
}
