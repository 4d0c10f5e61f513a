import {
  criterionRules,
  judge,
  LKE_2021,
  NO_FACTS,
  REQUIREMENTS,
  scoreColumn,
  THRESHOLDS_2021,
  verdict,
  type ColumnScore,
  type Predicate,
  type UnitProfile,
} from '../../src/lke';
import { best, bestWith, entriesOf } from './fixtures';

const perfect = scoreColumn(LKE_2021, entriesOf(best), 'unit');
const held: UnitProfile = { heldPredicate: 'WBK' };

/** The perfect score with the value a criterion reads replaced (its source: a figure or an area). */
function withFigure(id: string, value: number): ColumnScore {
  const rule = criterionRules(LKE_2021, THRESHOLDS_2021).find((r) => r.id === id);
  const source = rule?.source;
  if (source?.kind === 'area') {
    const areas = perfect.areas.map((a) => (a.id === source.area ? { ...a, value } : a));
    return { ...perfect, areas };
  }
  if (source?.kind === 'figure') return { ...perfect, [source.id]: value };
  throw new Error(`criterion ${id} reads no figure`);
}

const criterionOf = (s: ColumnScore, p: Predicate, id: string, profile = held) =>
  verdict(LKE_2021, THRESHOLDS_2021, s, profile, p).criteria.find((c) => c.id === id);

/** Thresholds from the regulation, written out here (PermenPANRB 90/2021 Lampiran II), not read from the code. */
const REGULATION: [string, number, number][] = [
  ['total', 75, 85],
  ['pengungkit', 40, 48],
  ['area-1', 4.8, 6],
  ['area-2', 4.2, 5.25],
  ['area-3', 6, 7.5],
  ['area-4', 6, 7.5],
  ['area-5', 9, 11.25],
  ['area-6', 6, 7.5],
  ['bersih', 18.25, 19.5],
  ['ipak', 15.75, 15.75],
  ['kinerja', 2.5, 3.75],
  ['pelayanan', 14, 15.75],
];

describe('each criterion on both sides of its threshold', () => {
  describe.each(REGULATION)('%s', (id, wbk, wbbm) => {
    it.each<[Predicate, number]>([
      ['WBK', wbk],
      ['WBBM', wbbm],
    ])('%s at %p passes, 0.01 below fails', (p, t) => {
      const at = criterionOf(withFigure(id, t), p, id);
      expect(at).toMatchObject({ threshold: t, passed: true, margin: 0 });
      const below = criterionOf(withFigure(id, t - 0.01), p, id);
      expect(below).toMatchObject({ passed: false, margin: -0.01 });
      expect(verdict(LKE_2021, THRESHOLDS_2021, withFigure(id, t - 0.01), held, p).eligible).toBe(false);
    });
  });

  it('asks WBBM, not WBK, for a Menuju WBK predicate already held', () => {
    expect(criterionOf(perfect, 'WBK', 'predikat-wbk')).toBeUndefined();
    expect(criterionOf(perfect, 'WBBM', 'predikat-wbk', { heldPredicate: 'none' })).toMatchObject({
      value: 0,
      passed: false,
    });
    expect(criterionOf(perfect, 'WBBM', 'predikat-wbk', { heldPredicate: 'WBK' })).toMatchObject({
      value: 1,
      passed: true,
    });
    expect(verdict(LKE_2021, THRESHOLDS_2021, perfect, { heldPredicate: 'none' }, 'WBBM').eligible).toBe(
      false,
    );
    expect(verdict(LKE_2021, THRESHOLDS_2021, perfect, held, 'WBBM').eligible).toBe(true);
  });
});

describe('rounding edge', () => {
  it('judges 74.995 as 75.00: passes WBK with margin 0', () => {
    const total = 72.895 + (17.5 * 0.48) / 4; // 74.99499999999999, shown by Excel as 74.995
    expect(judge(total, 75)).toEqual({ passed: true, margin: 0 });
    expect(criterionOf(withFigure('total', total), 'WBK', 'total')).toMatchObject({
      passed: true,
      margin: 0,
    });
  });

  it('judges 74.994 as 74.99: fails by 0.01', () => {
    expect(judge(74.994, 75)).toEqual({ passed: false, margin: -0.01 });
  });
});

describe('the verdict', () => {
  it('lists the criteria in one order for both predicates, WBBM adding predikat-wbk', () => {
    const ids = (p: Predicate) =>
      verdict(LKE_2021, THRESHOLDS_2021, perfect, held, p).criteria.map((c) => c.id);
    const common = REGULATION.map(([id]) => id);
    expect(ids('WBK')).toEqual(common);
    expect(ids('WBBM')).toEqual([...common, 'predikat-wbk']);
  });

  it('gives no verdict on an incomplete LKE, and lists what is missing', () => {
    const s = scoreColumn(LKE_2021, bestWith({ 7: null, 112: null }), 'unit');
    const v = verdict(LKE_2021, THRESHOLDS_2021, s, held, 'WBK');
    expect(v.eligible).toBeNull();
    expect(v.missing).toEqual([7, 112]);
    expect(v.criteria.every((c) => typeof c.passed === 'boolean')).toBe(true);
  });

  it('is eligible for both predicates with every answer at its best', () => {
    expect(verdict(LKE_2021, THRESHOLDS_2021, perfect, held, 'WBK').eligible).toBe(true);
    expect(verdict(LKE_2021, THRESHOLDS_2021, perfect, held, 'WBBM').eligible).toBe(true);
  });

  it('checks Tabel 5 beside the verdict on the score, never inside it', () => {
    const v = verdict(
      LKE_2021,
      THRESHOLDS_2021,
      perfect,
      { heldPredicate: 'WBK', facts: { ...NO_FACTS, opiniBpk: 'WTP' } },
      'WBK',
    );
    expect(v.requirements).toHaveLength(REQUIREMENTS.length);
    expect(v.requirements.filter((r) => r.passed === true).map((r) => r.id)).toEqual(['opini-bpk']);
    expect(v.requirements.filter((r) => r.passed === null)).toHaveLength(REQUIREMENTS.length - 1);
    expect(v.eligible).toBe(true);
  });

  it('labels every criterion in Indonesian and English', () => {
    for (const r of criterionRules(LKE_2021, THRESHOLDS_2021)) {
      expect(r.label.id.length).toBeGreaterThan(3);
      expect(r.label.en.length).toBeGreaterThan(3);
      expect(r.label.id).not.toBe(r.label.en);
    }
  });
});
