// applyPlan against the preview host (HyperFormula evaluates every formula the plan writes).
import { applyPlan } from '../../src/excel/apply';
import { readWorkbook } from '../../src/excel/read';
import { LKE_2021 } from '../../src/lke';
import { fresh, plan, randomEntries, typeEntries } from './helpers';

describe('applyPlan on a fresh workbook', () => {
  it('builds every sheet of the plan in 3 round trips (probe, writes, looks and protection)', async () => {
    const { book, run } = fresh();
    const r = await applyPlan(run, plan);
    expect(r.kind).toBe('applied');
    if (r.kind !== 'applied') return;
    expect(r.syncs).toBe(3);
    expect(book.counters.syncs).toBe(r.syncs);
    expect(book.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(r.created).toEqual(plan.sheets.map((s) => s.name));
    const meta = book.sheet('LKE_ZI_META');
    expect(meta?.visibility).toBe('VeryHidden');
    for (const n of plan.names) expect(book.names.has(n.name.toUpperCase())).toBe(true);
  });
});

import { evaluate, round2, THRESHOLDS_2021, type Column, type FigureId, type Predicate } from '../../src/lke';
import { VERDICT } from '../../src/workbook';

const figure = (
  r: Awaited<ReturnType<typeof readWorkbook>>,
  id: FigureId | Predicate,
  column: Column,
): unknown =>
  r.kind === 'read'
    ? r.named.find(
        (n) =>
          ((n.meaning?.kind === 'figure' && n.meaning.id === id) ||
            (n.meaning?.kind === 'verdict' && n.meaning.predicate === id)) &&
          n.meaning.column === column,
      )?.value
    : undefined;

describe('readWorkbook: the workbook formulas agree with the engine', () => {
  it.each([1, 2, 3, 4, 5, 6])('random entries, seed %i', async (seed) => {
    const { book, run } = fresh();
    await applyPlan(run, plan);
    const entries = randomEntries(seed, seed % 2 === 0);
    await typeEntries(run, entries);
    const before = book.counters.syncs;
    const r = await readWorkbook(run, plan, LKE_2021);
    expect(book.counters.syncs - before).toBe(1);
    expect(r.kind).toBe('read');
    if (r.kind !== 'read') return;
    for (const [id, e] of entries) {
      const got = r.entries.get(id);
      expect(got?.unitNote ?? null).toBe(e.unitNote);
      expect(got?.unitEvidence ?? null).toBe(e.unitEvidence);
    }
    const ev = evaluate(LKE_2021, THRESHOLDS_2021, r.entries, r.profile.profile);
    for (const column of ['unit', 'tpi'] as const) {
      const s = ev.scores[column];
      expect(figure(r, 'total', column)).toBeCloseTo(s.total, 9);
      expect(figure(r, 'pengungkit', column)).toBeCloseTo(s.pengungkit, 9);
      expect(figure(r, 'hasil', column)).toBeCloseTo(s.hasil, 9);
      for (const p of ['WBK', 'WBBM'] as const) {
        const e = ev.verdicts[column][p].eligible;
        const text = e === null ? VERDICT.incomplete : e ? VERDICT.eligible : VERDICT.notEligible;
        expect(figure(r, p, column)).toBe(text);
      }
      expect(round2(Number(figure(r, 'total', column)))).toBe(round2(s.total));
    }
  });
});
