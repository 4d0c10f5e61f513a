// The pane's writes and reads beyond inject/refresh, on the preview host: each in the round trips it promises.
import {
  selectCell,
  writeInputs,
  restoreFormulas,
  readUsedRange,
  offsetOf,
  inputValue,
} from '../../src/excel/write';
import { applyPlan } from '../../src/excel/apply';
import { readWorkbook } from '../../src/excel/read';
import { LKE_2021 } from '../../src/lke';
import { inputCell } from '../../src/workbook';
import { fresh, plan, questions } from './helpers';

async function syncsOf(book: { counters: { syncs: number } }, f: () => Promise<unknown>): Promise<number> {
  const before = book.counters.syncs;
  await f();
  return book.counters.syncs - before;
}

describe('writes of the pane', () => {
  it('selects a cell on another sheet in one round trip (activating the sheet first)', async () => {
    const { book, run } = fresh();
    await applyPlan(run, plan);
    book.activeSheet = 'Rekap';
    expect(await syncsOf(book, () => selectCell(run, 'Jawaban', 'K9'))).toBe(1);
    expect(book.active()?.name).toBe('Jawaban');
    expect(book.sheet('Jawaban')?.selected).toEqual({ row: 8, col: 10 });
  });

  it('writes input cells in one round trip on protected sheets, keeping text that looks like a number as text', async () => {
    const { book, run } = fresh();
    await applyPlan(run, plan);
    const q = questions[0];
    if (!q) throw new Error('no question');
    const note = inputCell(q, 'unitNote').address;
    const answer = inputCell(q, 'unit').address;
    const n = await syncsOf(book, () =>
      writeInputs(run, [
        { sheet: 'Jawaban', address: answer, value: 'Ya' },
        { sheet: 'Jawaban', address: note, value: '=bukan rumus' },
        { sheet: 'Profil', address: 'B4', value: '2026.1' },
      ]),
    );
    expect(n).toBe(1);
    const j = book.sheet('Jawaban');
    const p = book.sheet('Profil');
    if (!j || !p) throw new Error('no sheets');
    expect(j.protection.protected).toBe(true);
    const r = await readWorkbook(run, plan, LKE_2021);
    if (r.kind !== 'read') throw new Error(r.kind);
    expect(r.entries.get(q.soalId)?.unit).toBe('Ya');
    expect(r.entries.get(q.soalId)?.unitNote).toBe('=bukan rumus');
    expect(r.profile.unitId).toBe('2026.1');
    expect([inputValue('=x'), inputValue(12), inputValue(null), inputValue('Ya')]).toEqual([
      "'=x",
      12,
      '',
      'Ya',
    ]);
  });

  it('restores only planned computed cells, in two round trips, and leaves the sheet protected as planned', async () => {
    const { book, run } = fresh();
    await applyPlan(run, plan);
    const rekap = book.sheet('Rekap');
    if (!rekap) throw new Error('no Rekap');
    rekap.protection.protected = false;
    book.hf.setCellContents({ sheet: rekap.hfId, row: 5, col: 2 }, [[7]]); // C6
    rekap.protection.protected = true;
    const before = await readWorkbook(run, plan, LKE_2021);
    if (before.kind !== 'read') throw new Error(before.kind);
    const findings = before.findings ?? [];
    expect(findings.map((f) => `${f.sheet}!${f.address}`)).toEqual(['Rekap!C6']);
    const q = questions[0];
    if (!q) throw new Error('no question');
    const input = { ...inputCell(q, 'unit'), kind: 'edited' as const, expected: '=1', found: 'Ya' };
    let restored = 0;
    const n = await syncsOf(
      book,
      async () => (restored = await restoreFormulas(run, plan, [...findings, input])),
    );
    expect([n, restored]).toEqual([2, 1]);
    expect(rekap.protection.protected).toBe(true);
    const after = await readWorkbook(run, plan, LKE_2021);
    expect(after.kind === 'read' && after.findings).toEqual([]);
    expect(book.value(book.sheet('Jawaban') ?? rekap, q.row - 1, 10)).toBe(''); // the input cell was not written
  });

  it('reads a used range in one round trip (offsets of other used ranges padded to A1), with no links in the preview', async () => {
    expect(offsetOf("'LKE ZI'!C3:F9")).toEqual({ rows: 2, cols: 2 });
    expect(offsetOf('Sheet1!A1')).toEqual({ rows: 0, cols: 0 });
    const { book, run } = fresh();
    await run(async (ctx) => {
      ctx.workbook.worksheets.add('LKE ZI').getRange('B2:C2').formulas = [['Ya', '=1/0']];
      await ctx.sync();
    });
    const n = await syncsOf(book, async () => {
      const u = await readUsedRange(run, 'LKE ZI');
      expect(u.values[1]?.[1]).toBe('Ya');
      expect(u.formulas[1]?.[2]).toBe('=1/0');
      expect(u.valueTypes[1]?.[2]).toBe('Error');
      expect(u.hyperlinks[1]).toEqual([null, null, null]);
    });
    expect(n).toBe(1);
  });
});
