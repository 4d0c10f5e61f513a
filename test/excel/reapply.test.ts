// Re-applying, upgrading, foreign sheets, unrelated sheets, chunking and protection, on the preview host.
import { applyPlan } from '../../src/excel/apply';
import { detectWorkbook, readWorkbook } from '../../src/excel/read';
import { LKE_2021, THRESHOLDS_2021, type Catalogue, type LkeNode } from '../../src/lke';
import { planWorkbook } from '../../src/workbook';
import { PreviewApiError } from '../../src/preview/host';
import { fresh, plan, randomEntries, typeEntries } from './helpers';
import type { ExcelRun } from '../../src/excel/run';

async function entriesOf(run: ExcelRun): Promise<unknown> {
  const r = await readWorkbook(run, plan, LKE_2021);
  if (r.kind !== 'read') throw new Error(`not read: ${r.kind}`);
  return [...r.entries];
}

async function contents(run: ExcelRun, sheet: string, range: string): Promise<unknown[][]> {
  return run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(sheet).getRange(range).load('formulas');
    await ctx.sync();
    return r.formulas;
  });
}

describe('re-applying and upgrading keep everything the user typed', () => {
  it('re-applies the same template in at most 4 round trips and keeps answers, notes and links', async () => {
    const { book, run } = fresh();
    await applyPlan(run, plan);
    await typeEntries(run, randomEntries(11));
    const before = await entriesOf(run);
    const syncs = book.counters.syncs;
    const r = await applyPlan(run, plan);
    expect(r.kind).toBe('applied');
    expect(book.counters.syncs - syncs).toBeLessThanOrEqual(4);
    if (r.kind === 'applied') expect(r.updated).toEqual(plan.sheets.map((s) => s.name));
    expect(await entriesOf(run)).toEqual(before);
    expect(book.sheets).toHaveLength(plan.sheets.length);
  });

  it('upgrades a workbook made from an older catalogue text: new texts, same answers, new identity', async () => {
    const renamed = (n: LkeNode): LkeNode => ({
      ...n,
      children: n.children.map(renamed),
      questions: n.questions.map((q) => (q.soalId === 1 ? { ...q, text: 'Teks lama soal 1' } : q)),
    });
    const older: Catalogue = { ...LKE_2021, roots: LKE_2021.roots.map(renamed) };
    const oldPlan = planWorkbook(older, THRESHOLDS_2021);
    expect(oldPlan.identity.catalogueFingerprint).not.toBe(plan.identity.catalogueFingerprint);
    const { run } = fresh();
    await applyPlan(run, oldPlan);
    await typeEntries(run, randomEntries(12));
    const typed = await entriesOf(run);
    expect((await detectWorkbook(run, plan)).match).toBe('other-version');
    const r = await applyPlan(run, plan);
    expect(r.kind === 'applied' && r.previous?.catalogueFingerprint).toBe(
      oldPlan.identity.catalogueFingerprint,
    );
    expect(await entriesOf(run)).toEqual(typed);
    expect((await detectWorkbook(run, plan)).match).toBe('same');
    const texts = (await contents(run, 'Jawaban', 'C1:C10')).flat();
    expect(texts).not.toContain('Teks lama soal 1');
    expect(texts).toContain(LKE_2021.roots[0]?.children[0]?.children[0]?.children[0]?.questions[0]?.text);
  });

  it('refuses, without writing, a workbook of a plan version it cannot lay out again', async () => {
    const { book, run } = fresh();
    const future = {
      ...plan,
      identity: { ...plan.identity, planVersion: 99 },
      sheets: plan.sheets.map((s) =>
        s.name !== 'LKE_ZI_META'
          ? s
          : {
              ...s,
              blocks: s.blocks.map((b) => ({
                ...b,
                cells: b.cells.map((l) => (l[0] === 'plan_version' ? [l[0], 99] : l)),
              })),
            },
      ),
    };
    await applyPlan(run, future);
    const fullApply = book.counters.calls;
    const r = await applyPlan(run, plan);
    expect(r.kind).toBe('unsupported-version');
    expect(book.counters.calls - fullApply).toBeLessThan(fullApply / 20); // probe and read only
  });
});

describe('sheets that are not ours', () => {
  async function withSheet(name: string): Promise<ReturnType<typeof fresh>> {
    const f = fresh();
    await f.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add(name);
      ws.getRange('A1:C2').formulas = [
        ['Anggaran', 2025, '=B1*2'],
        ['Belanja', 10, '=SUM(B1:B2)'],
      ];
      ws.getRange('C1:C2').format.protection.locked = true;
      ws.protection.protect();
      await ctx.sync();
    });
    return f;
  }

  it('touches no unrelated sheet', async () => {
    const { book, run } = await withSheet('Anggaran');
    const before = await contents(run, 'Anggaran', 'A1:C2');
    const r = await applyPlan(run, plan);
    expect(r.kind).toBe('applied');
    expect(await contents(run, 'Anggaran', 'A1:C2')).toEqual(before);
    const s = book.sheet('Anggaran');
    expect([s?.visibility, s?.protection.protected, s?.validations.length, s?.conditionals.length]).toEqual([
      'Visible',
      true,
      0,
      0,
    ]);
  });

  it('never overwrites a sheet named Jawaban that is not ours: it asks first', async () => {
    const { book, run } = await withSheet('Jawaban');
    const before = await contents(run, 'Jawaban', 'A1:C2');
    const syncs = book.counters.syncs;
    const r = await applyPlan(run, plan);
    expect(r).toEqual({ kind: 'foreign-sheets', sheets: ['Jawaban'] });
    expect(book.sheets.map((s) => s.name)).toEqual(['Jawaban']);
    expect(await contents(run, 'Jawaban', 'A1:C2')).toEqual(before);
    expect(book.counters.syncs - syncs).toBe(2 + 1); // probe, read, and the read of contents above
  });

  it('when told to, keeps the foreign sheet intact under another name and builds ours', async () => {
    const { run } = await withSheet('Jawaban');
    const before = await contents(run, 'Jawaban', 'A1:C2');
    const r = await applyPlan(run, plan, { foreignSheets: 'rename' });
    expect(r.kind === 'applied' && r.renamed).toEqual([{ from: 'Jawaban', to: 'Jawaban (asli)' }]);
    expect(await contents(run, 'Jawaban (asli)', 'A1:C2')).toEqual(before);
    expect((await detectWorkbook(run, plan)).match).toBe('same');
  });
});

describe('requests and protection', () => {
  it('splits the writes under a request budget and builds the same workbook', async () => {
    const a = fresh();
    const b = fresh();
    const ra = await applyPlan(a.run, plan);
    const rb = await applyPlan(b.run, plan, { maxRequestBytes: 60_000 });
    expect(ra.kind === 'applied' && rb.kind === 'applied' && rb.syncs > ra.syncs).toBe(true);
    for (const s of plan.sheets) {
      expect(await contents(b.run, s.name, 'A1:T60')).toEqual(await contents(a.run, s.name, 'A1:T60'));
    }
  });

  it('protects our sheets, leaves every input cell typeable, and re-protects idempotently', async () => {
    const { book, run } = fresh();
    await applyPlan(run, plan);
    await applyPlan(run, plan); // protect() on a protected sheet would throw
    for (const s of plan.sheets.filter((x) => x.protection.protected)) {
      expect(book.sheet(s.name)?.protection.protected).toBe(true);
    }
    await expect(typeEntries(run, randomEntries(3))).resolves.toBeUndefined();
    const formulaCell = plan.computed.find((c) => c.sheet === 'Jawaban');
    const err = await run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Jawaban').getRange(formulaCell?.address ?? 'A1').values = [['x']];
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect(err instanceof PreviewApiError && err.code).toBe('AccessDenied');
  });
});

describe('detectWorkbook', () => {
  it('tells an empty workbook, our template, and a foreign Jawaban apart', async () => {
    const { run } = fresh();
    expect(await detectWorkbook(run, plan)).toEqual({
      identity: null,
      match: 'not-a-template',
      answerSheetExists: false,
      circulatedSheet: null,
    });
    expect(await readWorkbook(run, plan, LKE_2021)).toEqual({ kind: 'absent', circulatedSheet: null });
    await applyPlan(run, plan);
    expect(await detectWorkbook(run, plan)).toEqual({
      identity: plan.identity,
      match: 'same',
      answerSheetExists: true,
      circulatedSheet: null,
    });
  });

  it('names a circulated "LKE ZI" sheet beside the template, whatever its case', async () => {
    const { run } = fresh();
    await run(async (ctx) => {
      ctx.workbook.worksheets.add('lke zi');
      await ctx.sync();
    });
    expect((await detectWorkbook(run, plan)).circulatedSheet).toBe('lke zi');
    await applyPlan(run, plan);
    const r = await readWorkbook(run, plan, LKE_2021);
    expect([r.kind, r.circulatedSheet]).toEqual(['read', 'lke zi']);
  });
});

describe('workbook names that are not ours', () => {
  it('refuses, without writing, when a name the template needs is used by a workbook that is not ours', async () => {
    const { book, run } = fresh();
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('Anggaran');
      ws.getRange('B2').values = [[123]];
      ctx.workbook.names.add('ZI_TOTAL_UNIT', ws.getRange('B2'), 'milik pengguna');
      await ctx.sync();
    });
    const r = await applyPlan(run, plan, { foreignSheets: 'rename' });
    expect(r).toEqual({ kind: 'foreign-names', names: ['ZI_TOTAL_UNIT'] });
    expect(book.sheets.map((s) => s.name)).toEqual(['Anggaran']);
    expect(book.names.get('ZI_TOTAL_UNIT')?.sheet.name).toBe('Anggaran');
  });
});
