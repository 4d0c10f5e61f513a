// The Status summary compares the workbook's named cells with the engine, figure by figure.
import { summarise } from '../../src/taskpane/summary';
import { LKE_2021, THRESHOLDS_2021 } from '../../src/lke';
import { readWorkbook, type WorkbookReading } from '../../src/excel/read';
import { applyPlan } from '../../src/excel/apply';
import { fresh, plan, randomEntries, typeEntries } from '../excel/helpers';

type Read = Extract<WorkbookReading, { kind: 'read' }>;

async function reading(seed: number): Promise<Read> {
  const { run } = fresh();
  await applyPlan(run, plan);
  await typeEntries(run, randomEntries(seed, true));
  const r = await readWorkbook(run, plan, LKE_2021);
  if (r.kind !== 'read') throw new Error(r.kind);
  return r;
}

describe('summarise', () => {
  it('finds no difference on an intact workbook, and counts answered and invalid questions', async () => {
    const r = await reading(31);
    const s = summarise(r, LKE_2021, THRESHOLDS_2021);
    expect(s.map((c) => c.differences)).toEqual([[], []]);
    for (const c of s) {
      expect(c.questions).toBe(r.statuses.size);
      expect(c.answered + c.invalid).toBeLessThanOrEqual(c.questions);
      expect(c.answered).toBeGreaterThan(0);
    }
  });

  it('names each figure that differs: a total off by 0.01 and a verdict text changed by hand', async () => {
    const r = await reading(32);
    const total = r.named.find(
      (n) => n.meaning?.kind === 'summary' && n.meaning.id === 'total' && n.meaning.column === 'tpi',
    );
    const named = r.named.map((n) => {
      if (n === total && typeof n.value === 'number') return { ...n, value: n.value + 0.01 };
      if (n.meaning?.kind === 'summary' && n.meaning.id === 'WBK-verdict' && n.meaning.column === 'unit') {
        return { ...n, value: 'LULUS SEMUA' };
      }
      return n;
    });
    const s = summarise({ ...r, named }, LKE_2021, THRESHOLDS_2021);
    expect(s.find((c) => c.column === 'tpi')?.differences).toEqual(['total']);
    expect(s.find((c) => c.column === 'unit')?.differences).toEqual(['WBK']);
  });
});
