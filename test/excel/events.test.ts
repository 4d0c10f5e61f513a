// Change events are a debounced hint to refresh.
import { applyPlan } from '../../src/excel/apply';
import { debounce, watchChanges } from '../../src/excel/events';
import { fresh, plan } from './helpers';

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

describe('watchChanges', () => {
  it('turns a burst of edits on Jawaban into one hint, and stops on request', async () => {
    const { run } = fresh();
    await applyPlan(run, plan);
    const hints: number[] = [];
    const stop = await watchChanges(run, ['Jawaban'], () => hints.push(Date.now()), 30);
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Jawaban');
      ws.getRange('K6').values = [['Ya']];
      await ctx.sync();
      ws.getRange('N6').values = [['Tidak']];
      await ctx.sync();
    });
    await new Promise((r) => setTimeout(r, 120));
    expect(hints).toHaveLength(1);
    stop();
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Jawaban').getRange('K6').values = [['Tidak']];
      await ctx.sync();
    });
    await new Promise((r) => setTimeout(r, 120));
    expect(hints).toHaveLength(1);
  });
});
