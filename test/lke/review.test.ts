import {
  differences,
  LKE_2021,
  pathTo,
  scoreColumn,
  THRESHOLDS_2021,
  verdict,
  type Answer,
  type Entry,
} from '../../src/lke';
import { best, entriesOf, worst } from './fixtures';

function tpiWith(base: Map<number, Entry>, tpi: Record<number, Answer>): Map<number, Entry> {
  const m = new Map(base);
  for (const [id, a] of Object.entries(tpi)) {
    const e = m.get(Number(id));
    if (e) m.set(Number(id), { ...e, tpi: a });
  }
  return m;
}

describe('differences between TPI and unit', () => {
  it('lists each usable difference with its effect on the TPI total, largest first', () => {
    const m = tpiWith(entriesOf(best), { 6: 'C', 125: 3.6, 2: 'A.', 3: null });
    const d = differences(LKE_2021, m);
    expect(d.map((x) => [x.soalId, x.unit, x.tpi])).toEqual([
      [125, 4, 3.6],
      [6, 'A', 'C'],
    ]);
    // IPAK 3.6 instead of 4: (3.6 − 4)/4 × 17.5; soal 6 C instead of A: (0.33 − 1)/3 × weight 1.
    expect(d[0]?.effect).toBeCloseTo(-1.75, 9);
    expect(d[1]?.effect).toBeCloseTo(-0.67 / 3, 9);
  });

  it('is empty when TPI agrees (case and spaces do not make a difference)', () => {
    const m = new Map(
      [...entriesOf(best)].map(([id, e]) => [
        id,
        { ...e, tpi: typeof e.unit === 'string' ? ` ${e.unit.toLowerCase()}` : e.unit },
      ]),
    );
    expect(differences(LKE_2021, m)).toEqual([]);
  });
});

function applySteps(
  entries: Map<number, Entry>,
  steps: ReturnType<typeof pathTo>['steps'],
): Map<number, Entry> {
  const m = new Map(entries);
  for (const s of steps) {
    s.soalIds.forEach((id, i) => {
      const e = m.get(id) ?? { unit: null, tpi: null };
      m.set(id, { ...e, tpi: s.to[i] ?? null });
    });
  }
  return m;
}

describe('pathTo a predicate', () => {
  it('needs one step when only the IPAK survey falls short', () => {
    const m = tpiWith(entriesOf(best), { 125: 3 });
    const p = pathTo(LKE_2021, THRESHOLDS_2021, m, 'tpi', { heldPredicate: 'none' }, 'WBK');
    expect(p.reachable).toBe(true);
    // The lowest index that passes: 3.6 / 4 × 17.5 = 15.75, the IPAK threshold.
    expect(p.steps.map((s) => [s.soalIds, s.from, s.to])).toEqual([[[125], [3], [3.6]]]);
    expect(p.steps[0]?.gain).toBeCloseTo((0.6 / 4) * 17.5, 9);
  });

  it('finds steps from the worst LKE that really make it eligible, gains adding up', () => {
    const m = entriesOf(worst);
    for (const predicate of ['WBK', 'WBBM'] as const) {
      const p = pathTo(LKE_2021, THRESHOLDS_2021, m, 'tpi', { heldPredicate: 'WBK' }, predicate);
      expect(p.reachable).toBe(true);
      const after = applySteps(m, p.steps);
      const s = scoreColumn(LKE_2021, after, 'tpi');
      expect(verdict(LKE_2021, THRESHOLDS_2021, s, { heldPredicate: 'WBK' }, predicate).eligible).toBe(true);
      const gained = p.steps.reduce((t, x) => t + x.gain, 0);
      expect(gained).toBeCloseTo(s.total, 9);
      expect(p.steps.every((x) => x.gain >= 0)).toBe(true);
      expect(p.steps.length).toBeLessThan(127);
    }
  });

  it('brings a % item to 100 % by its counts (pengaduan: settled = owed)', () => {
    const m = tpiWith(entriesOf(best), { 112: 0, 125: 3.5 });
    const p = pathTo(LKE_2021, THRESHOLDS_2021, m, 'tpi', { heldPredicate: 'none' }, 'WBK');
    expect(p.reachable).toBe(true);
    expect(p.steps.some((s) => s.kind === 'question' && s.soalIds[0] === 125)).toBe(true);
  });

  it('names what no answer can move: WBBM without the WBK predicate held', () => {
    const p = pathTo(LKE_2021, THRESHOLDS_2021, entriesOf(best), 'tpi', { heldPredicate: 'none' }, 'WBBM');
    expect(p.steps).toEqual([]);
    expect(p.blockedBy).toEqual(['predikat-wbk']);
    expect(p.reachable).toBe(true);
  });

  it('lists the entries still missing', () => {
    const m = tpiWith(entriesOf(best), { 7: null });
    expect(pathTo(LKE_2021, THRESHOLDS_2021, m, 'tpi', { heldPredicate: 'none' }, 'WBK').missing).toEqual([
      7,
    ]);
  });
});
