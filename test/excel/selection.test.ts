// The preview host raises Worksheet.onSelectionChanged when a cell is selected (a click in the grid, or
// Range.select()), and watchSelection hands the pane the top-left cell; once stopped, no more hints.
import { PreviewBook, previewRun } from '../../src/preview/host';
import { applyPlan } from '../../src/excel/apply';
import { topLeft, watchSelection, type SelectedCellHint } from '../../src/excel/events';
import { plan } from './helpers';

const tick = (): Promise<void> => new Promise((ok) => setTimeout(ok, 5));

describe('selection events (minimal, for "Soal ini")', () => {
  it('tells the pane the selected cell of sheet Jawaban, and stops when told to', async () => {
    const book = new PreviewBook();
    const run = previewRun(book);
    await applyPlan(run, plan);
    const seen: SelectedCellHint[] = [];
    const stop = await watchSelection(run, 'Jawaban', (c) => seen.push(c));
    const jawaban = book.sheet('Jawaban');
    if (!jawaban) throw new Error('no Jawaban');
    book.activate(jawaban);
    book.select(jawaban, 12, 10); // K13 (0-based row 12, column 10)
    await tick();
    expect(seen).toEqual([{ sheet: 'Jawaban', address: 'K13', row: 13, column: 11 }]);
    stop();
    await tick();
    book.select(jawaban, 5, 10);
    await tick();
    expect(seen).toHaveLength(1); // (removing the handler through its own context is the events work, issue 16)
  });

  it.each([
    ['K7', 'K7', 7, 11],
    ['Jawaban!$N$199:$Q$200', 'N199', 199, 14],
  ])('topLeft(%p) → %s', (a1, address, row, column) => expect(topLeft(a1)).toEqual({ address, row, column }));
});
