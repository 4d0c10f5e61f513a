import { bareAddress, cellAt, parseRange } from '../workbook';
import type { ExcelRun } from './run';
import type { XlEventHandlerResult } from './xl';

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

/** The cell the user selected (a single cell or the top-left of a range), 1-based row and column. */
export interface SelectedCell {
  readonly sheet: string;
  /** A1 address without the sheet, e.g. `K7`. */
  readonly address: string;
  readonly row: number;
  readonly column: number;
}

/**
 * The top-left cell of a selection address as Excel reports it (`K7`, `K7:M9`, `'Jawaban'!K7`, whole columns
 * `K:K` from row 1, whole rows `7:7` from column A), or null.
 *
 * @example
 * selectedCell('Jawaban', 'K7:M9') // → { sheet: 'Jawaban', address: 'K7', row: 7, column: 11 }
 */
export function selectedCell(sheet: string, address: string): SelectedCell | null {
  const r = parseRange(bareAddress(address));
  return r ? { sheet, address: cellAt(r.top, r.left), row: r.top, column: r.left } : null;
}

/**
 * The add-in's own writes, so that the events they raise (Excel raises onChanged and onCalculated for them too)
 * do not each bring a read: a change hint that arrives while one runs, or within `quietMs` after, is held until
 * the quiet time ends and then gives one debounced hint. An own write thus costs at most one extra read, and a
 * user's edit made just after it (which Excel reports the same way) is never lost.
 *
 * @example
 * const own = new OwnWrites();
 * await own.run(() => writeInputs(run, cells)); // the hints it raises cause no second read
 */
export class OwnWrites {
  private running = 0;
  private quietUntil = 0;

  constructor(
    private readonly quietMs = 1500,
    private readonly now: () => number = Date.now,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
      this.quietUntil = this.now() + this.quietMs;
    }
  }

  /** Whether a change hint arriving now may come from the user. */
  admits(): boolean {
    return this.msUntilQuiet() === 0;
  }

  /** How long a hint arriving now is held (0: pass it on now; while a write runs: a whole quiet time). */
  msUntilQuiet(): number {
    if (this.running > 0) return this.quietMs;
    return Math.max(0, this.quietUntil - this.now());
  }
}

/** Where to listen: change hints on the template's sheets, the selection on the answer sheet. */
export interface WatchTargets {
  /** Sheets whose onChanged and onCalculated are refresh hints (Jawaban, Profil, Rekap). */
  readonly sheets: readonly string[];
  /** The sheet whose selection the pane follows (Jawaban). */
  readonly selectionSheet: string;
  /** Debounce of the refresh hint, in ms. */
  readonly delayMs?: number;
  /** The add-in's own writes: their events are no hint. */
  readonly own?: OwnWrites;
}

export interface WatchCallbacks {
  changed(): void;
  selected(cell: SelectedCell): void;
}

/**
 * Listens to the workbook, registering each handler once in one round trip: `onChanged` (ExcelApi 1.7) and
 * `onCalculated` (1.8, which still fires when a drop-down pick raises no onChanged, office-js 420/3888/4066) on
 * the template's sheets as one debounced refresh **hint** (Excel misses some changes: the pane keeps a manual
 * refresh), and `onSelectionChanged` (1.7) on the answer sheet, reporting the selection's top-left cell.
 * Resolves to the stop function, which removes every handler for real, through the context that added them
 * ((Excel.run given `result.context`), one round trip): a flag alone would leave them running.
 *
 * @example
 * const stop = await watchWorkbook(run, { sheets: ['Jawaban', 'Profil', 'Rekap'], selectionSheet: 'Jawaban' },
 *   { changed: () => void refresh(), selected: (c) => show(c.address) });
 * await stop(); // on unmount: no handler left in the workbook
 */
export async function watchWorkbook(
  run: ExcelRun,
  targets: WatchTargets,
  callbacks: WatchCallbacks,
): Promise<() => Promise<void>> {
  let active = true;
  const hint = debounce(() => {
    if (active) callbacks.changed();
  }, targets.delayMs ?? 400);
  let held: ReturnType<typeof setTimeout> | null = null;
  const onHint = (): Promise<void> => {
    const wait = targets.own?.msUntilQuiet() ?? 0;
    if (!active) return Promise.resolve();
    if (wait === 0) hint();
    else if (held === null)
      // During or just after an own write: one hint once it is quiet (re-checked then), never a lost edit.
      held = setTimeout(() => {
        held = null;
        void onHint();
      }, wait);
    return Promise.resolve();
  };
  const results = await run(async (ctx) => {
    const added: XlEventHandlerResult[] = [];
    for (const name of targets.sheets) {
      const ws = ctx.workbook.worksheets.getItem(name);
      added.push(ws.onChanged.add(onHint), ws.onCalculated.add(onHint));
    }
    const sel = ctx.workbook.worksheets.getItem(targets.selectionSheet);
    added.push(
      sel.onSelectionChanged.add((args) => {
        const cell = selectedCell(targets.selectionSheet, args.address);
        if (active && cell) callbacks.selected(cell);
        return Promise.resolve();
      }),
    );
    await ctx.sync();
    return added;
  });
  return async () => {
    if (!active) return;
    active = false;
    hint.cancel();
    if (held !== null) clearTimeout(held);
    const first = results[0];
    if (!first) return;
    try {
      await run.within(first.context, async (ctx) => {
        for (const r of results) r.remove();
        await ctx.sync();
      });
    } catch {
      // The sheets are gone (and their handlers with them), or Excel is closing: nothing is left to remove.
    }
  };
}
