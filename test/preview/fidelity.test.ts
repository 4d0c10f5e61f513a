// The preview host imitates what real Excel does and the add-in must survive (field notes, "Real Excel behaviour
// the preview host does not show"): event handlers that live until removed through their own context, events for
// the add-in's own writes, a drop-down pick that raises only onCalculated, sheets protected with a password, and
// calls that fail mid-batch (the calls before the failure stay done, the ones after never run).
import { PreviewBook, previewRun } from '../../src/preview/host';
import type { XlEventHandlerResult } from '../../src/excel/xl';

const wait = (ms = 10): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function book2(): Promise<{ book: PreviewBook; run: ReturnType<typeof previewRun> }> {
  const book = new PreviewBook();
  const run = previewRun(book);
  await run(async (ctx) => {
    const a = ctx.workbook.worksheets.add('A');
    ctx.workbook.worksheets.add('B').getRange('A1').formulas = [['=A!A1*2']];
    a.getRange('C1:C2').dataValidation.rule = { list: { inCellDropDown: true, source: 'Ya,Tidak' } };
    await ctx.sync();
  });
  return { book, run };
}

describe('event handlers (preview host)', () => {
  it('keep running after the batch that added them, and are removed only through their own context', async () => {
    const { book, run } = await book2();
    const seen: string[] = [];
    const result: XlEventHandlerResult = await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('A').onChanged.add((e) => {
        seen.push(e.address);
        return Promise.resolve();
      });
      await ctx.sync();
      return r;
    });
    expect(book.handlerCount()).toBe(1);
    expect(() => result.remove()).toThrow(/outside the Excel.run batch/);
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('A1').values = [[3]];
      await ctx.sync();
    });
    await wait();
    expect(seen).toEqual(['A1']); // the add-in's own write raises onChanged too
    await run.within(result.context, async (ctx) => {
      result.remove();
      await ctx.sync();
    });
    expect(book.handlerCount()).toBe(0);
  });

  it('raise onCalculated on the sheets whose formulas changed, and for a drop-down pick only that', async () => {
    const { book, run } = await book2();
    const events: string[] = [];
    await run(async (ctx) => {
      for (const name of ['A', 'B']) {
        const ws = ctx.workbook.worksheets.getItem(name);
        ws.onChanged.add(() => Promise.resolve(void events.push(`${name}:changed`)));
        ws.onCalculated.add(() => Promise.resolve(void events.push(`${name}:calculated`)));
      }
      await ctx.sync();
    });
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('A1').values = [[5]];
      await ctx.sync();
    });
    await wait();
    expect(events.sort()).toEqual(['A:changed', 'B:calculated']);
    events.length = 0;
    const a = book.sheet('A');
    if (!a) throw new Error('no A');
    book.pick(a, 0, 2, 'Ya');
    await wait();
    expect(events).toEqual([]); // C1 feeds no formula: no event at all
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem('B').getRange('B1').formulas = [['=A!C1']];
      await ctx.sync();
    });
    await wait();
    events.length = 0;
    book.pick(a, 0, 2, 'Tidak');
    await wait();
    expect(events).toEqual(['B:calculated']);
    expect(() => book.pick(a, 0, 2, 'Mungkin')).toThrow(/drop-down/);
  });

  it('raise onSelectionChanged with the selected address when the selection moves', async () => {
    const { book, run } = await book2();
    const seen: string[] = [];
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').onSelectionChanged.add((e) => {
        seen.push(e.address);
        return Promise.resolve();
      });
      await ctx.sync();
    });
    const a = book.sheet('A');
    if (!a) throw new Error('no A');
    book.activate(a);
    book.select(a, 6, 10);
    await wait();
    expect(seen).toEqual(['K7']);
  });
});

describe('protection with a password (preview host)', () => {
  it('refuses unprotect without the password, and protect on a protected sheet', async () => {
    const { book, run } = await book2();
    await run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem('A').protection as unknown as Excel.WorksheetProtection;
      p.protect({}, 'rahasia'); // as a person would, with a password
      await ctx.sync();
    });
    expect(book.sheet('A')?.protection).toMatchObject({ protected: true, password: 'rahasia' });
    const attempt = (f: (p: Excel.WorksheetProtection) => void): Promise<void> =>
      run(async (ctx) => {
        f(ctx.workbook.worksheets.getItem('A').protection as unknown as Excel.WorksheetProtection);
        await ctx.sync();
      });
    await expect(attempt((p) => p.unprotect())).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(attempt((p) => p.protect())).rejects.toMatchObject({ code: 'InvalidOperation' });
    await attempt((p) => p.unprotect('rahasia'));
    expect(book.sheet('A')?.protection.protected).toBe(false);
  });
});

describe('injected failures (preview host)', () => {
  it('fail the named call: the calls before it stay done, the ones after never run', async () => {
    const { book, run } = await book2();
    book.fault = (call) => call === 'freezePanes.freezeRows';
    await expect(
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('A');
        ws.tabColor = '#FF0000';
        ws.freezePanes.freezeRows(1);
        ws.protection.protect();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(book.sheet('A')).toMatchObject({ tabColor: '#FF0000', frozen: { rows: 0, cols: 0 } });
    expect(book.sheet('A')?.protection.protected).toBe(false);
  });

  it('can fail any call by its number', async () => {
    const { book, run } = await book2();
    const start = book.callsRun;
    book.fault = (_call, n) => n === start + 2;
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('A').getRange('A1').values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
  });
});
