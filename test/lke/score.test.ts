import { LKE_2021, ratioValue, scoreColumn, type Answer, type Reading } from '../../src/lke';
import { best, bestWith, entriesOf, ix, worst } from './fixtures';

const ratio = (id: string) => {
  const r = LKE_2021.ratios.find((x) => x.id === id);
  if (!r) throw new Error(`no ratio ${id}`);
  return r;
};
const counts =
  (c: Record<number, number | null>) =>
  (id: number): Reading => {
    const v = c[id];
    return v === undefined || v === null ? { status: 'empty' } : { status: 'ok', value: v, normalised: null };
  };

describe('% items from Jumlah inputs (scoring-rules §3), every zero-denominator rule', () => {
  it.each<[string, string, Record<number, number | null>, number | null]>([
    ['MP a: 3 changes by 4 agents', 'mp-agen', { 88: 4, 89: 3 }, 0.75],
    ['MP a: more changes than agents is capped at 1', 'mp-agen', { 88: 2, 89: 5 }, 1],
    ['MP a: no agents → 0', 'mp-agen', { 88: 0, 89: 0 }, 0],
    ['MP b: 2 of 4 changes integrated', 'mp-integrasi', { 90: 4, 91: 2 }, 0.5],
    ['MP b: no changes → 0', 'mp-integrasi', { 90: 0, 91: 0 }, 0],
    ['SDM: violations 10 → 4 is a 60% decline', 'sdm-pelanggaran', { 102: 10, 103: 4, 104: 4 }, 0.6],
    ['SDM: violations rising is floored at 0', 'sdm-pelanggaran', { 102: 4, 103: 10, 104: 10 }, 0],
    ['SDM: none last year and none this year → 1', 'sdm-pelanggaran', { 102: 0, 103: 0, 104: 0 }, 1],
    ['SDM: none last year, some this year → 0', 'sdm-pelanggaran', { 102: 0, 103: 3, 104: 1 }, 0],
    ['SDM: sanctions (104) missing → not counted', 'sdm-pelanggaran', { 102: 10, 103: 4, 104: null }, null],
    ['AK: 3 of 4 targets reached', 'ak-sasaran', { 105: 4, 106: 3 }, 0.75],
    ['AK: no targets → 0', 'ak-sasaran', { 105: 0, 106: 0 }, 0],
    ['Pengaduan: 7 of 10 settled', 'pw-pengaduan', { 110: 10, 111: 3, 112: 7 }, 0.7],
    ['Pengaduan: nothing owed → 1', 'pw-pengaduan', { 110: 0, 111: 0, 112: 0 }, 1],
    [
      'Pengaduan: in-process count (111) missing → not counted',
      'pw-pengaduan',
      { 110: 10, 111: null, 112: 7 },
      null,
    ],
    ['LHKPN: 3 of 1+2+1 reported', 'pw-lhkpn', { 113: 1, 114: 2, 115: 1, 116: 3 }, 0.75],
    ['LHKPN: nobody obliged → 1', 'pw-lhkpn', { 113: 0, 114: 0, 115: 0, 116: 0 }, 1],
    [
      'LHKPN: one denominator input missing → not counted',
      'pw-lhkpn',
      { 113: 1, 114: null, 115: 1, 116: 2 },
      null,
    ],
    ['Non-LHKPN: 9 of 2+3+5 reported', 'pw-lhkasn', { 117: 2, 118: 3, 119: 5, 120: 9 }, 0.9],
    ['Non-LHKPN: nobody obliged → 1', 'pw-lhkasn', { 117: 0, 118: 0, 119: 0, 120: 0 }, 1],
    ['PP: 2 of 8 services simplified', 'pp-dipermudah', { 122: 8, 123: 2 }, 0.25],
    ['PP: no services listed → 0', 'pp-dipermudah', { 122: 0, 123: 0 }, 0],
  ])('%s', (_name, id, c, want) => {
    expect(ratioValue(ratio(id), counts(c))).toBe(want);
  });
});

describe('scoreColumn, hand-checked', () => {
  const area1: Record<number, Answer> = {
    // A.I.1.i (0.5): Ya, B → 0.5 × (1 + 0.5)/2 = 0.375
    1: 'Ya',
    2: 'B',
    // A.I.1.ii (1): Tidak, A, C → 1 × (0 + 1 + 0)/3
    3: 'Tidak',
    4: 'A',
    5: 'C',
    // A.I.1.iii (1): B, C, D → 1 × (0.67 + 0.33 + 0)/3
    6: 'B',
    7: 'C',
    8: 'D',
    // A.I.1.iv (1.5): Ya, A, B, A → 1.5 × 3.5/4 = 1.3125
    9: 'Ya',
    10: 'A',
    11: 'B',
    12: 'A',
    // A.II.1.i (2): 3/4 and 3/3 → 2 × (0.75 + 1)/2 = 1.75; A.II.1.ii (1): C → 0.5; A.II.1.iii (1): B → 0.67
    88: 4,
    89: 3,
    90: 3,
    91: 3,
    92: 'C',
    93: 'B',
  };
  const s = scoreColumn(LKE_2021, bestWith(area1), 'unit');

  it('scores each sub-area as weight × mean of its items', () => {
    expect(s.nodes['A.I.1.i']).toBeCloseTo(0.375, 12);
    expect(s.nodes['A.I.1.ii']).toBeCloseTo(1 / 3, 12);
    expect(s.nodes['A.I.1.iii']).toBeCloseTo(1 / 3, 12);
    expect(s.nodes['A.I.1.iv']).toBeCloseTo(1.3125, 12);
    expect(s.nodes['A.II.1.i']).toBeCloseTo(1.75, 12);
  });

  it('sums the area across Pemenuhan and Reform', () => {
    const a1 = s.areas.find((a) => a.id === 1);
    expect(a1?.pemenuhan).toBeCloseTo(0.375 + 2 / 3 + 1.3125, 12);
    expect(a1?.reform).toBeCloseTo(1.75 + 0.5 + 0.67, 12);
    expect(a1?.value).toBeCloseTo(0.375 + 2 / 3 + 1.3125 + 2.92, 12);
    expect(a1?.weight).toBe(8);
  });

  it('leaves every other area at its full weight with best answers, and the total follows', () => {
    for (const a of s.areas.filter((x) => x.id !== 1)) expect(a.value).toBeCloseTo(a.weight, 12);
    expect(s.total).toBeCloseTo(100 - (8 - (0.375 + 2 / 3 + 1.3125 + 2.92)), 12);
    expect(s.complete).toBe(true);
  });

  it('scores Hasil: IPAK 3.6 → 15.75, kinerja B → 3.75, IPKP 3.2 → 14', () => {
    const h = scoreColumn(LKE_2021, bestWith({ 125: 3.6, 126: 'B', 127: 3.2 }), 'unit');
    expect(h.ipak).toBeCloseTo(15.75, 12);
    expect(h.kinerja).toBeCloseTo(3.75, 12);
    expect(h.bersih).toBeCloseTo(19.5, 12);
    expect(h.pelayanan).toBeCloseTo(14, 12);
    expect(h.hasil).toBeCloseTo(33.5, 12);
  });

  it('scores LHK as LHKPN + Non-LHKPN (the circulated workbook leaves Non-LHKPN out)', () => {
    const h = scoreColumn(
      LKE_2021,
      bestWith({ 113: 1, 114: 1, 115: 0, 116: 1, 117: 1, 118: 1, 119: 2, 120: 0 }),
      'unit',
    );
    expect(h.ratios['pw-lhkpn']).toBe(0.5);
    expect(h.ratios['pw-lhkasn']).toBe(0);
    expect(h.nodes['A.II.5.iii']).toBeCloseTo(0.5, 12);
  });

  it('scores PP Reform i as the mean of the A/B/C/D item and the % item', () => {
    const h = scoreColumn(LKE_2021, bestWith({ 121: 'B', 122: 8, 123: 2 }), 'unit');
    expect(h.nodes['A.II.6.i']).toBeCloseTo(2.5 * ((0.67 + 0.25) / 2), 12);
  });
});

describe('incomplete LKEs', () => {
  it('counts a blank as 0, never raising the sub-area (the circulated AVERAGE defect)', () => {
    const full = scoreColumn(LKE_2021, bestWith({ 3: 'Tidak' }), 'unit');
    const blank = scoreColumn(LKE_2021, bestWith({ 3: 'Tidak', 4: null }), 'unit');
    // Tidak, (blank), A: the blank counts 0 → (0 + 0 + 1)/3; AVERAGE skipping it would give (0 + 1)/2.
    expect(blank.nodes['A.I.1.ii']).toBeCloseTo(1 / 3, 12);
    expect(blank.nodes['A.I.1.ii']).toBeLessThan(0.5);
    expect(full.nodes['A.I.1.ii']).toBeCloseTo(2 / 3, 12);
    expect(blank.complete).toBe(false);
    expect(blank.missing).toEqual([4]);
  });

  it('counts an invalid answer 0 and lists it as missing', () => {
    const s = scoreColumn(LKE_2021, bestWith({ 1: 'A.', 125: 5 }), 'unit');
    expect(s.questions[1]).toBe(0);
    expect(s.ipak).toBe(0);
    expect(s.missing).toEqual([1, 125]);
  });

  it('drops a % item to 0 when one input of its group is missing, listing only that input', () => {
    const s = scoreColumn(LKE_2021, bestWith({ 111: null }), 'unit');
    expect(s.ratios['pw-pengaduan']).toBe(0);
    expect(s.nodes['A.II.5.ii']).toBe(0);
    expect(s.missing).toEqual([111]);
  });

  it('scores an empty LKE 0 with every soal missing', () => {
    const s = scoreColumn(LKE_2021, new Map(), 'tpi');
    expect(s.total).toBe(0);
    expect(s.missing).toHaveLength(127);
  });
});

describe('two columns', () => {
  it('scores unit and TPI separately with the same rules', () => {
    const entries = entriesOf(best, worst);
    const unit = scoreColumn(LKE_2021, entries, 'unit');
    const tpi = scoreColumn(LKE_2021, entries, 'tpi');
    expect(unit.total).toBeCloseTo(100, 9);
    expect(tpi.total).toBe(0);
    expect(unit.column).toBe('unit');
    expect(tpi.column).toBe('tpi');
  });

  it('reads each column only from its own answers', () => {
    const entries = new Map(ix.questions.map((q) => [q.soalId, { unit: best(q), tpi: null }]));
    expect(scoreColumn(LKE_2021, entries, 'tpi').missing).toHaveLength(127);
    expect(scoreColumn(LKE_2021, entries, 'unit').complete).toBe(true);
  });
});

describe('headline column', () => {
  it('is TPI once any TPI entry exists, empty meaning what readAnswer means', async () => {
    const { headlineColumn } = await import('../../src/lke');
    expect(headlineColumn(new Map([[1, { unit: 'Ya', tpi: null }]]))).toBe('unit');
    expect(headlineColumn(new Map([[1, { unit: 'Ya', tpi: '   ' }]]))).toBe('unit');
    expect(headlineColumn(new Map([[1, { unit: 'Ya', tpi: '\t' }]]))).toBe('tpi');
    expect(headlineColumn(new Map([[1, { unit: 'Ya', tpi: 'Tidak' }]]))).toBe('tpi');
  });
});
