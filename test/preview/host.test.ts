// The preview host behaves like office.js where the adapter depends on it: queued actions, load/sync,
// null objects, real formula evaluation, protection, names, validation models, counters, unsupported calls.
import { PreviewBook, PreviewApiError, previewRun } from '../../src/preview/host';

const setup = (): { book: PreviewBook; run: ReturnType<typeof previewRun> } => {
  const book = new PreviewBook();
  return { book, run: previewRun(book) };
};

const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (e) {
    return e instanceof PreviewApiError ? e.code : `not a PreviewApiError: ${String(e)}`;
  }
  return 'no error';
};

describe('preview host: load and sync', () => {
  it('queues writes until sync and throws when a property is read before it was loaded and synced', async () => {
    const { book, run } = setup();
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('Data');
      const r = ws.getRange('A1:B2');
      r.formulas = [
        [2, 3],
        ['=A1*B1', '=SUM(A1:B1)'],
      ];
      expect(book.sheets).toHaveLength(0); // nothing happened yet
      r.load('values');
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([
        [2, 3],
        [6, 5],
      ]);
    });
  });

  it('reads formulas back as written (constants as values, empty as "")', async () => {
    const { run } = setup();
    const got = await run(async (ctx) => {
      const r = ctx.workbook.worksheets.add('S').getRange('A1:C1');
      r.formulas = [[1, '', '=A1+1']];
      r.load('formulas, values');
      await ctx.sync();
      return { f: r.formulas, v: r.values };
    });
    expect(got.f).toEqual([[1, '', '=A1+1']]);
    expect(got.v).toEqual([[1, '', 2]]);
  });

  it('rejects an array that does not fit the range', async () => {
    const { run } = setup();
    const code = await codeOf(
      run(async (ctx) => {
        ctx.workbook.worksheets.add('S').getRange('A1:B1').values = [[1]];
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('counts round trips and API calls, including the implicit sync at the end of a batch', async () => {
    const { book, run } = setup();
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('S'); // 1
      ws.getRange('A1').values = [[1]]; // getRange 1 + set 1
      await ctx.sync();
      ws.getRange('A2').values = [[2]]; // 2 more, flushed by run
    });
    expect(book.counters).toEqual({ syncs: 2, calls: 5 });
  });
});

describe('preview host: null objects and items', () => {
  it('reports a missing sheet as a null object after sync, and refuses actions on it', async () => {
    const { run } = setup();
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      expect(() => ws.isNullObject).toThrow();
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
    });
    const code = await codeOf(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItemOrNullObject('Nope').getRange('A1').values = [[1]];
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidOperation');
    expect(
      await codeOf(run(async (ctx) => ctx.workbook.worksheets.getItem('Nope').load('name') && ctx.sync())),
    ).toBe('ItemNotFound');
  });

  it('refuses a duplicate sheet name (case-insensitive), like Excel', async () => {
    const { run } = setup();
    const code = await codeOf(
      run(async (ctx) => {
        ctx.workbook.worksheets.add('Jawaban');
        ctx.workbook.worksheets.add('JAWABAN');
        await ctx.sync();
      }),
    );
    expect(code).toBe('ItemAlreadyExists');
  });

  it('evaluates workbook names in formulas on other sheets', async () => {
    const { run } = setup();
    const v = await run(async (ctx) => {
      const a = ctx.workbook.worksheets.add('Rekap');
      const b = ctx.workbook.worksheets.add('Lain');
      a.getRange('D20').values = [[81.5]];
      ctx.workbook.names.add('ZI_TOTAL_UNIT', a.getRange('D20'), 'total');
      const out = b.getRange('A1');
      out.formulas = [['=ZI_TOTAL_UNIT*2']];
      const named = ctx.workbook.names.getItemOrNullObject('zi_total_unit').getRange();
      named.load('values');
      out.load('values');
      await ctx.sync();
      return [out.values[0]?.[0], named.values[0]?.[0]];
    });
    expect(v).toEqual([163, 81.5]);
  });
});

describe('preview host: protection', () => {
  it('throws on protect() of a protected sheet, and refuses writes to locked cells but not to unlocked ones', async () => {
    const { run } = setup();
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('S');
      ws.getRange('B2').format.protection.locked = false;
      ws.protection.protect();
      await ctx.sync();
      ws.getRange('B2').values = [['ok']];
      await ctx.sync();
    });
    expect(
      await codeOf(
        run(async (ctx) => {
          ctx.workbook.worksheets.getItem('S').getRange('A1').values = [['no']];
          await ctx.sync();
        }),
      ),
    ).toBe('AccessDenied');
    expect(
      await codeOf(
        run(async (ctx) => {
          ctx.workbook.worksheets.getItem('S').protection.protect();
          await ctx.sync();
        }),
      ),
    ).toBe('InvalidOperation');
  });
});

describe('preview host: calculation suspended until the next sync', () => {
  it('recalculates once the sync ends', async () => {
    const { run } = setup();
    const v = await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('S');
      ctx.application.suspendApiCalculationUntilNextSync();
      ws.getRange('A1:A2').formulas = [[4], ['=A1*A1']];
      await ctx.sync();
      const r = ws.getRange('A2').load('values');
      await ctx.sync();
      return r.values[0]?.[0];
    });
    expect(v).toBe(16);
  });
});

describe('preview host: unsupported calls throw', () => {
  it('refuses loads it does not implement', async () => {
    const { run } = setup();
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.add('S').getRange('A1');
      expect(() => r.load('text')).toThrow(PreviewApiError);
      await ctx.sync();
    });
  });

  it('refuses reading write-only formatting', async () => {
    const { run } = setup();
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.add('S').getRange('A1');
      expect(() => r.format.fill.color).toThrow(/not support/);
      await ctx.sync();
    });
  });
});
