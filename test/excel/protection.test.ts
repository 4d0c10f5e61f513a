// Protection and half-applied batches on the preview host (which can fail any call, and knows passwords): the
// allowances a user needs on unlocked cells; a sheet a person protected with a password is reported and nothing is
// touched; a failed look (freeze panes, tab colour, widths) or any other failed call never leaves a sheet
// unprotected or a formula half-written. Also: names broken to #REF! are findings that restore repairs, and Excel
// set-up writes the plan's starting inputs as `lke-zi template` does.
import { applyPlan } from '../../src/excel/apply';
import { readWorkbook } from '../../src/excel/read';
import { restoreFormulas } from '../../src/excel/write';
import { SheetPasswordError } from '../../src/excel/protection';
import { LKE_2021 } from '../../src/lke';
import type { PreviewBook } from '../../src/preview/host';
import { fresh, plan } from './helpers';

const protectedSheets = plan.sheets.filter((s) => s.protection.protected).map((s) => s.name);

function protections(book: PreviewBook): Record<string, boolean> {
  return Object.fromEntries(book.sheets.map((s) => [s.name, s.protection.protected]));
}

async function audit(run: ReturnType<typeof fresh>['run']): Promise<unknown> {
  const r = await readWorkbook(run, plan, LKE_2021);
  return r.kind === 'read' ? r.findings : r.kind;
}

describe('protection allowances', () => {
  it('lets a user insert hyperlinks and notes on the unlocked cells of every protected sheet', async () => {
    const { book, run } = fresh();
    await applyPlan(run, plan);
    for (const name of protectedSheets) {
      expect({ name, ...book.sheet(name)?.protection.options }).toMatchObject({
        name,
        allowInsertHyperlinks: true,
        allowEditObjects: true,
      });
    }
  });
});

describe('a sheet protected with a password by a person', () => {
  async function passworded(): Promise<ReturnType<typeof fresh>> {
    const f = fresh();
    await applyPlan(f.run, plan);
    const rekap = f.book.sheet('Rekap');
    if (!rekap) throw new Error('no Rekap');
    rekap.protection.password = 'rahasia';
    return f;
  }

  it('stops a re-apply, says which sheet, and touches nothing', async () => {
    const { book, run } = await passworded();
    const before = JSON.stringify(
      book.sheets.map((s) => [s.name, s.protection, book.formulas(s, book.usedRect(s))]),
    );
    const r = await applyPlan(run, plan);
    expect(r).toEqual({ kind: 'password-protected', sheets: ['Rekap'] });
    expect(
      JSON.stringify(book.sheets.map((s) => [s.name, s.protection, book.formulas(s, book.usedRect(s))])),
    ).toBe(before);
  });

  it('stops a restore with the Indonesian explanation, and touches nothing', async () => {
    const { book, run } = await passworded();
    const rekap = book.sheet('Rekap');
    if (!rekap) throw new Error('no Rekap');
    rekap.protection.protected = false;
    book.hf.setCellContents({ sheet: rekap.hfId, row: 5, col: 2 }, [[7]]);
    rekap.protection.protected = true;
    const findings = (await readWorkbook(run, plan, LKE_2021)) as { findings?: [] };
    const p = restoreFormulas(run, plan, findings.findings ?? []);
    await expect(p).rejects.toBeInstanceOf(SheetPasswordError);
    await expect(p).rejects.toThrow(/Lembar dilindungi kata sandi; buka proteksinya dulu/);
    expect(book.value(rekap, 5, 2)).toBe(7);
    expect(protections(book)).toEqual(Object.fromEntries(plan.sheets.map((s) => [s.name, true])));
  });
});

describe('a failure in the middle of an apply', () => {
  it.each([
    'freezePanes.freezeRows',
    'freezePanes.freezeAt',
    'Worksheet.tabColor',
    'format.columnWidth',
    'format.rowHeight',
  ])('of %s leaves every formula, name and protection in place', async (call) => {
    const { book, run } = fresh();
    let seen = 0;
    book.fault = (c) => c === call && ++seen === 1;
    const r = await applyPlan(run, plan);
    expect(seen).toBeGreaterThan(0);
    expect(r).toMatchObject({ kind: 'applied', cosmetic: 'failed' });
    expect(protections(book)).toEqual(Object.fromEntries(plan.sheets.map((s) => [s.name, true])));
    book.fault = null;
    expect(await audit(run)).toEqual([]);
    for (const n of plan.names) expect(book.names.has(n.name.toUpperCase())).toBe(true);
    expect(await applyPlan(run, plan)).toMatchObject({ kind: 'applied', cosmetic: 'done' }); // retry fixes looks
  });

  it('of any call, on a fresh workbook or on a re-apply, never leaves a sheet of ours unprotected', async () => {
    const probe = fresh();
    await applyPlan(probe.run, plan);
    const calls = probe.book.callsRun;
    const picks = [
      1,
      2,
      3,
      5,
      8,
      Math.floor(calls / 3),
      Math.floor(calls / 2),
      calls - 30,
      calls - 5,
      calls - 1,
    ];
    for (const reapply of [false, true]) {
      for (const n of picks) {
        const { book, run } = fresh();
        if (reapply) await applyPlan(run, plan);
        const start = book.callsRun;
        book.fault = (_c, i) => i === start + n;
        await applyPlan(run, plan).catch(() => undefined);
        book.fault = null;
        const ours = book.sheets.filter((s) => protectedSheets.includes(s.name));
        expect({ reapply, n, open: ours.filter((s) => !s.protection.protected).map((s) => s.name) }).toEqual({
          reapply,
          n,
          open: [],
        });
      }
    }
  });
});

describe('names broken to #REF!', () => {
  it('are formula-audit findings (the reading still works) that restore adds again', async () => {
    const { book, run } = fresh();
    await applyPlan(run, plan);
    book.breakName('ZI_TOTAL_UNIT');
    book.deleteName('ZI_TOTAL_TPI');
    const r = await readWorkbook(run, plan, LKE_2021);
    if (r.kind !== 'read') throw new Error(r.kind);
    const found = (r.findings ?? []).filter((f) => f.name !== undefined);
    expect(found.map((f) => f.name).sort()).toEqual(['ZI_TOTAL_TPI', 'ZI_TOTAL_UNIT']);
    expect(r.named.find((n) => n.name === 'ZI_TOTAL_UNIT')?.value).toBe('#REF!');
    await restoreFormulas(run, plan, found);
    expect(await audit(run)).toEqual([]);
    expect(protections(book)).toEqual(Object.fromEntries(plan.sheets.map((s) => [s.name, true])));
  });
});

describe('starting inputs', () => {
  it('are written on a fresh set-up as the command line writes them, and never over what the user typed', async () => {
    const { book, run } = fresh();
    await applyPlan(run, plan);
    const planned = plan.sheets.flatMap((s) => (s.initialInputs ?? []).map((v) => ({ sheet: s.name, ...v })));
    expect(planned.length).toBeGreaterThan(0);
    for (const v of planned) {
      const r = await run(async (ctx) => {
        const x = ctx.workbook.worksheets.getItem(v.sheet).getRange(v.address).load('values');
        await ctx.sync();
        return x.values[0]?.[0];
      });
      expect({ ...v, found: r }).toEqual({ ...v, found: v.value });
    }
    const first = planned[0];
    if (!first) throw new Error('none');
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem(first.sheet).getRange(first.address).values = [['Menuju WBK']];
      await ctx.sync();
    });
    await applyPlan(run, plan);
    const sheet = book.sheet(first.sheet);
    if (!sheet) throw new Error('no sheet');
    expect(book.values(sheet, { row: 6, col: 1, rows: 1, cols: 1 })[0]?.[0]).toBe('Menuju WBK');
  });
});
