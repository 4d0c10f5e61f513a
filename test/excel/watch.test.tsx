/** @jest-environment jsdom */
// The pane's watch: handlers registered once while the template is there, never piled up by readings, removed
// from the workbook on unmount; the add-in's own writes cause at most one extra read; a user's edit, a drop-down pick and a
// selection on Jawaban reach the pane.
import { act, renderHook, waitFor } from '@testing-library/react';
import { useWorkbook } from '../../src/taskpane/useWorkbook';
import { workbookOps, type WorkbookOps } from '../../src/taskpane/workbookOps';
import { PreviewBook, previewRun } from '../../src/preview/host';
import { typeInto } from '../../src/preview/host/userEdit';

jest.setTimeout(30_000);
const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function counted(book: PreviewBook): { ops: WorkbookOps; reads: () => number } {
  const inner = workbookOps(previewRun(book), { hintDelayMs: 20, quietMs: 600 });
  let n = 0;
  return {
    ops: {
      ...inner,
      read: () => {
        n++;
        return inner.read();
      },
    },
    reads: () => n,
  };
}

function sheet(book: PreviewBook, name: string): NonNullable<ReturnType<PreviewBook['sheet']>> {
  const s = book.sheet(name);
  if (!s) throw new Error(`no ${name}`);
  return s;
}

describe('useWorkbook watch', () => {
  it('registers once when the template appears, keeps one set through many readings, removes it on unmount', async () => {
    const book = new PreviewBook();
    const { ops } = counted(book);
    const { result, unmount } = renderHook(() => useWorkbook(ops));
    await waitFor(() => expect(result.current[0].reading?.kind).toBe('absent'));
    expect(book.handlerCount()).toBe(0);
    await act(() => result.current[1].inject());
    await waitFor(() => expect(book.handlerCount()).toBe(7));
    for (let i = 0; i < 3; i++) await act(() => result.current[1].refresh());
    await act(() => result.current[1].inject()); // re-apply: reading stays 'read'
    await wait(50);
    expect(book.handlerCount()).toBe(7);
    unmount();
    await waitFor(() => expect(book.handlerCount()).toBe(0));
  });

  it('reads at most once more per own write, once per user edit or drop-down pick, and follows the selection on Jawaban', async () => {
    const book = new PreviewBook();
    const { ops, reads } = counted(book);
    const { result, unmount } = renderHook(() => useWorkbook(ops));
    await waitFor(() => expect(result.current[0].reading?.kind).toBe('absent'));
    await act(() => result.current[1].inject());
    await waitFor(() => expect(book.handlerCount()).toBe(7));
    const injected = reads();
    await act(() => wait(800));
    // The template's own writes raised many events: they give one held hint at most, not one read each.
    expect(reads() - injected).toBeLessThanOrEqual(1);
    const quiet = reads();

    await act(() => ops.writeInputs([{ sheet: 'Jawaban', address: 'K6', value: 'Ya' }]));
    await act(() => wait(800));
    expect(reads() - quiet).toBeLessThanOrEqual(1); // an own write outside a shell action: one read at most
    const afterInject = reads();

    act(() => void typeInto(book, sheet(book, 'Jawaban'), 6, 10, 'Ya'));
    await waitFor(() => expect(reads()).toBe(afterInject + 1), { timeout: 3000 });
    await act(() => wait(100));
    book.pick(sheet(book, 'Jawaban'), 5, 10, 'Tidak'); // K6, written 'Ya' above
    await waitFor(() => expect(reads()).toBe(afterInject + 2), { timeout: 3000 });
    await act(() => wait(100));
    expect(reads()).toBe(afterInject + 2);

    act(() => {
      book.activate(sheet(book, 'Jawaban'));
      book.select(sheet(book, 'Jawaban'), 8, 10);
    });
    await waitFor(() =>
      expect(result.current[0].selection).toEqual({ sheet: 'Jawaban', address: 'K9', row: 9, column: 11 }),
    );
    unmount();
    await waitFor(() => expect(book.handlerCount()).toBe(0));
  });
});
