// The parity check can fail: a plan with one formula deliberately broken is caught on a few generated sets.
import fc from 'fast-check';
import { LKE_2021, THRESHOLDS_2021 } from '../../src/lke';
import { parseAddress, planWorkbook, type WorkbookPlan } from '../../src/workbook';
import { loadPlan, useExcelRound } from './hfHarness';
import { answerSet } from './answerSets';
import { mismatches } from './parity';

beforeAll(() => useExcelRound());

/** The plan with the formula of one cell rewritten (in its block and in `computed`). */
function broken(
  plan: WorkbookPlan,
  sheet: string,
  address: string,
  edit: (f: string) => string,
): WorkbookPlan {
  const target = plan.computed.find((c) => c.sheet === sheet && c.address === address);
  if (!target) throw new Error(`${sheet}!${address} is not computed`);
  const changed = edit(target.formula);
  expect(changed).not.toBe(target.formula);
  // Rewrite the one cell: find it through the block grid.
  const out = plan.sheets.map((s) => {
    if (s.name !== sheet) return s;
    return {
      ...s,
      blocks: s.blocks.map((b) => {
        const corner = parseAddress(b.address);
        const cell = parseAddress(address);
        const dr = cell.row - corner.row;
        const dc = cell.column - corner.column;
        if (dr < 0 || dc < 0 || dr >= b.cells.length || dc >= (b.cells[0]?.length ?? 0)) return b;
        return {
          ...b,
          cells: b.cells.map((r, i) => (i === dr ? r.map((v, j) => (j === dc ? changed : v)) : r)),
        };
      }),
    };
  });
  return { ...plan, sheets: out };
}

const plan = planWorkbook(LKE_2021, THRESHOLDS_2021);
const mutations: [string, string, string, (f: string) => string][] = [
  ['A/B/C/D value B 0.67 → 0.66 (soal 6, unit)', 'Jawaban', 'G13', (f) => f.replace('0.67', '0.66')],
  [
    'LHKPN: nobody obliged counts 0 instead of 1 (TPI)',
    'Jawaban',
    'H175',
    (f) => f.replace('=0,1,', '=0,0,'),
  ],
  [
    'TRIM dropped from a reading (soal 1, unit)',
    'Jawaban',
    'R6',
    (f) => f.replace('UPPER(TRIM(K6))', 'UPPER(K6)'),
  ],
  ['Pengungkit forgets Reform (unit)', 'Jawaban', 'G2', (f) => f.replace(/\+G\d+$/, '')],
];

describe('a deliberately broken formula is caught', () => {
  it.each(mutations)('%s', (_label, sheet, address, edit) => {
    const bad = broken(plan, sheet, address, edit);
    const loaded = loadPlan(bad);
    const sets = fc.sample(answerSet, { numRuns: 40, seed: 7 });
    const caught = sets.filter((s) => mismatches(loaded, plan, s).length > 0);
    expect(caught.length).toBeGreaterThan(0);
  });
});
