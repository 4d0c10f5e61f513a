// Workbook events: onChanged + onCalculated are one debounced refresh hint, onSelectionChanged on Jawaban reports
// the selected cell; each handler is added once and removed for real through its own context.
import { applyPlan } from '../../src/excel/apply';
import { writeInputs } from '../../src/excel/write';
import { debounce, OwnWrites, selectedCell, watchWorkbook, type SelectedCell } from '../../src/excel/events';
import { typeInto } from '../../src/preview/host/userEdit';
import type { PreviewBook } from '../../src/preview/host';
import { fresh, plan } from './helpers';

const SHEETS = ['Jawaban', 'Profil', 'Rekap'];
const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function sheetOf(book: PreviewBook, name: string): NonNullable<ReturnType<PreviewBook['sheet']>> {
  const s = book.sheet(name);
  if (!s) throw new Error(`no ${name}`);
  return s;
}

describe('debounce', () => {
  it('runs once after a burst, and not at all once cancelled', () => {
    jest.useFakeTimers();
    const fn = jest.fn();
    const d = debounce(fn, 400);
    d();
    d();
    jest.advanceTimersByTime(399);
    d();
    jest.advanceTimersByTime(399);
    expect(fn).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    d();
    d.cancel();
    jest.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
    jest.useRealTimers();
  });
});

describe('selectedCell', () => {
  it.each([
    ['K7', { address: 'K7', row: 7, column: 11 }],
    ['K7:M9', { address: 'K7', row: 7, column: 11 }],
    ["'Jawaban'!$N$12", { address: 'N12', row: 12, column: 14 }],
    ['K:K', { address: 'K1', row: 1, column: 11 }],
    ['7:7', { address: 'A7', row: 7, column: 1 }],
  ])('%j → its top-left cell', (address, cell) => {
    expect(selectedCell('Jawaban', address)).toEqual({ sheet: 'Jawaban', ...cell });
  });
  it('gives null for what is not an address', () => expect(selectedCell('Jawaban', '')).toBeNull());
});

describe('watchWorkbook', () => {
  async function watched(own?: OwnWrites): Promise<{
    book: PreviewBook;
    run: ReturnType<typeof fresh>['run'];
    hints: number[];
    selections: SelectedCell[];
    stop: () => Promise<void>;
  }> {
    const { book, run } = fresh();
    await applyPlan(run, plan);
    const hints: number[] = [];
    const selections: SelectedCell[] = [];
    const before = book.counters.syncs;
    const stop = await watchWorkbook(
      run,
      { sheets: SHEETS, selectionSheet: 'Jawaban', delayMs: 30, ...(own ? { own } : {}) },
      { changed: () => hints.push(Date.now()), selected: (c) => selections.push(c) },
    );
    expect(book.counters.syncs - before).toBe(1);
    return { book, run, hints, selections, stop };
  }

  it('adds each handler once, in one round trip: onChanged and onCalculated per sheet, the selection on Jawaban', async () => {
    const { book } = await watched();
    for (const s of SHEETS) {
      const ev = sheetOf(book, s).events;
      expect([s, ev.count('onChanged'), ev.count('onCalculated')]).toEqual([s, 1, 1]);
    }
    expect(sheetOf(book, 'Jawaban').events.count('onSelectionChanged')).toBe(1);
    expect(book.handlerCount()).toBe(7);
  });

  it('turns a burst of typing (onChanged + onCalculated on several sheets) into one hint', async () => {
    const { book, hints } = await watched();
    const j = sheetOf(book, 'Jawaban');
    expect(typeInto(book, j, 5, 10, 'Ya')).toMatchObject({ kind: 'kept' });
    expect(typeInto(book, j, 6, 10, 'Ya')).toMatchObject({ kind: 'kept' });
    await wait(120);
    expect(hints).toHaveLength(1);
  });

  it('hints after a drop-down pick, which raises only onCalculated', async () => {
    const { book, hints } = await watched();
    book.pick(sheetOf(book, 'Jawaban'), 5, 10, 'Ya');
    await wait(120);
    expect(hints).toHaveLength(1);
  });

  it('reports the top-left cell of a selection on Jawaban, and nothing for other sheets', async () => {
    const { book, selections } = await watched();
    book.activate(sheetOf(book, 'Jawaban'));
    book.select(sheetOf(book, 'Jawaban'), 6, 10);
    book.activate(sheetOf(book, 'Rekap'));
    book.select(sheetOf(book, 'Rekap'), 2, 2);
    await wait(20);
    expect(selections).toEqual([{ sheet: 'Jawaban', address: 'K7', row: 7, column: 11 }]);
  });

  it('stops by removing every handler from the workbook, through the context that added them (one round trip)', async () => {
    const { book, hints, stop } = await watched();
    const before = book.counters.syncs;
    await stop();
    expect(book.counters.syncs - before).toBe(1);
    expect(book.handlerCount()).toBe(0);
    typeInto(book, sheetOf(book, 'Jawaban'), 5, 10, 'Ya');
    await wait(80);
    expect(hints).toHaveLength(0);
    await stop(); // twice is harmless
    expect(book.handlerCount()).toBe(0);
  });

  it("holds the hints of the add-in's own writes until it is quiet, and an edit made meanwhile is not lost", async () => {
    const own = new OwnWrites(100);
    const { book, run, hints } = await watched(own);
    await own.run(() => writeInputs(run, [{ sheet: 'Jawaban', address: 'K6', value: 'Ya' }]));
    typeInto(book, sheetOf(book, 'Jawaban'), 7, 10, 'Tidak'); // the user types at once, inside the quiet time
    await wait(60);
    expect(hints).toHaveLength(0);
    await wait(150);
    expect(hints).toHaveLength(1); // one hint for the burst: the user's edit is read
  });

  it("takes no hint from the add-in's own writes, and the next edit by the user still hints", async () => {
    const own = new OwnWrites(100);
    const { book, run, hints } = await watched(own);
    await own.run(() => writeInputs(run, [{ sheet: 'Jawaban', address: 'K6', value: 'Ya' }]));
    await wait(60);
    expect(hints).toHaveLength(0);
    await wait(60);
    typeInto(book, sheetOf(book, 'Jawaban'), 6, 10, 'Tidak');
    await wait(80);
    expect(hints).toHaveLength(1);
  });
});
