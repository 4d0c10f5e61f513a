import {
  indexOf,
  LKE_2021,
  pathTo,
  round2,
  scoreColumn,
  THRESHOLDS_2021,
  verdict,
  type Answer,
  type Entry,
  type Improvement,
  type Predicate,
} from '../../src/lke';
import { best, entriesOf, worst } from './fixtures';

const ix = indexOf(LKE_2021);
const NONE = { heldPredicate: 'none' } as const;

function tpiWith(base: Map<number, Entry>, tpi: Record<number, Answer>): Map<number, Entry> {
  const m = new Map(base);
  for (const [id, a] of Object.entries(tpi)) {
    const e = m.get(Number(id));
    if (e) m.set(Number(id), { ...e, tpi: a });
  }
  return m;
}

function applySteps(entries: Map<number, Entry>, steps: readonly Improvement[]): Map<number, Entry> {
  const m = new Map(entries);
  for (const s of steps)
    s.soalIds.forEach((id, i) => m.set(id, { ...(m.get(id) ?? { unit: null }), tpi: s.to[i] ?? null }));
  return m;
}

const eligible = (m: Map<number, Entry>, p: Predicate, held: 'none' | 'WBK' = 'none'): boolean | null =>
  verdict(LKE_2021, THRESHOLDS_2021, scoreColumn(LKE_2021, m, 'tpi'), { heldPredicate: held }, p).eligible;

describe('pathTo: conditions worded as what must hold, each at its least', () => {
  it('a failing IPAK needs the lowest index that passes: 3,60, not 4 (15,75 of 17,5 points)', () => {
    const m = tpiWith(entriesOf(best), { 125: 3.4 });
    const p = pathTo(LKE_2021, THRESHOLDS_2021, m, 'tpi', NONE, 'WBK');
    expect(p.failing.map((c) => c.id)).toEqual(['ipak']);
    expect(p.steps.map((s) => s.need)).toEqual([{ kind: 'survey', soalId: 125, least: 3.6, now: 3.4 }]);
    expect(eligible(applySteps(m, p.steps), 'WBK')).toBe(true);
    // 3,59 would not do: the condition is the least, not a round number.
    expect(eligible(tpiWith(m, { 125: 3.59 }), 'WBK')).toBe(false);
  });

  it('a failing capaian kinerja needs the lowest option that passes, with its meaning', () => {
    // WBBM asks 3,75 of 5 points for B.I.b (soal 126): option B (0,75), not A.
    const m = tpiWith(entriesOf(best), { 126: 'D' });
    const p = pathTo(LKE_2021, THRESHOLDS_2021, m, 'tpi', { heldPredicate: 'WBK' }, 'WBBM');
    const q = ix.question.get(126);
    expect(p.steps.map((s) => s.need)).toEqual([
      {
        kind: 'option',
        soalId: 126,
        least: 'B',
        leastLabel: q?.options.find((o) => o.key === 'B')?.label,
        now: 'D',
      },
    ]);
  });

  it('a % item names the count it needs and the value: LHKPN reported at least as many as owed', () => {
    // pw-lhkpn: 116 / (113 + 114 + 115) with 1 + 2 + 0 owed; 0 reported, IPAK short as well.
    const m = tpiWith(entriesOf(best), { 116: 0, 125: 3.2 });
    const p = pathTo(LKE_2021, THRESHOLDS_2021, m, 'tpi', NONE, 'WBK');
    expect(p.reachable).toBe(true);
    expect(eligible(applySteps(m, p.steps), 'WBK')).toBe(true);
    for (const s of p.steps) {
      // Each condition is needed: without it (the others kept) the predicate is not reached.
      const without = applySteps(
        m,
        p.steps.filter((x) => x !== s),
      );
      expect({ code: s.code, eligible: eligible(without, 'WBK') }).toEqual({ code: s.code, eligible: false });
      if (s.need.kind === 'share') {
        for (const c of s.need.counts) {
          expect(c.text).toBe(ix.question.get(c.soalId)?.text);
          expect(c.code).toBe(ix.question.get(c.soalId)?.code);
        }
      }
    }
  });

  it('a subtracted count is a ceiling ("paling banyak"), named by its question', () => {
    // sdm-pelanggaran: (102 − 103) / 102, last year 5, this year 9 → 0 %; the worst LKE needs it.
    const m = entriesOf(worst);
    const p = pathTo(LKE_2021, THRESHOLDS_2021, m, 'tpi', { heldPredicate: 'WBK' }, 'WBBM');
    const share = p.steps.find((s) => s.need.kind === 'share' && s.need.ratioId === 'sdm-pelanggaran');
    if (share && share.need.kind === 'share') {
      const c = share.need.counts[0];
      expect(c?.soalId).toBe(103);
      expect(c?.bound).toBe('atMost');
      expect(c?.now).toBe(9);
      expect(c?.value).toBeLessThan(9);
    } else {
      expect(p.steps.map((s) => s.code)).not.toContain('A.II.3.iii.-');
    }
  });

  it('from the worst LKE: every condition listed, together they reach WBK and WBBM, gains add up', () => {
    const m = entriesOf(worst);
    for (const predicate of ['WBK', 'WBBM'] as const) {
      const p = pathTo(LKE_2021, THRESHOLDS_2021, m, 'tpi', { heldPredicate: 'WBK' }, predicate);
      expect(p.reachable).toBe(true);
      expect(p.failing.length).toBeGreaterThan(0);
      const after = applySteps(m, p.steps);
      expect(eligible(after, predicate, 'WBK')).toBe(true);
      const total = scoreColumn(LKE_2021, after, 'tpi').total - scoreColumn(LKE_2021, m, 'tpi').total;
      expect(round2(p.steps.reduce((t, x) => t + x.gain, 0))).toBe(round2(total));
    }
  });

  it('lists the failing criteria with their value and threshold', () => {
    const m = tpiWith(entriesOf(best), { 125: 3 });
    const failing = pathTo(LKE_2021, THRESHOLDS_2021, m, 'tpi', NONE, 'WBK').failing;
    // IPAK 3 gives 13,125 points; with capaian kinerja 5 that is 18,125 < 18,25 for Hasil I as well.
    expect(failing.map((x) => x.id)).toEqual(['bersih', 'ipak']);
    const c = failing[1];
    expect(c).toMatchObject({ id: 'ipak', threshold: 15.75, passed: false });
    expect(c?.value).toBeCloseTo(13.125, 9);
  });
});
