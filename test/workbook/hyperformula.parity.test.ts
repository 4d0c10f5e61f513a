import fc from 'fast-check';
import { LKE_2021, THRESHOLDS_2021 } from '../../src/lke';
import { planWorkbook, type WorkbookPlan } from '../../src/workbook';
import { loadPlan, useExcelRound, type LoadedPlan } from './hfHarness';
import { answerSet } from './answerSets';
import { mismatches } from './parity';

let plan: WorkbookPlan;
let loaded: LoadedPlan;

beforeAll(() => {
  useExcelRound();
  plan = planWorkbook(LKE_2021, THRESHOLDS_2021);
  loaded = loadPlan(plan);
});

describe('HyperFormula evaluates the plan exactly as the engine scores', () => {
  it('on the empty template: every value 0, every status "belum diisi", verdicts BELUM DAPAT DINILAI', () => {
    const empty = { unit: new Map(), tpi: new Map(), held: { t: 'empty' } } as const;
    expect(mismatches(loaded, plan, empty)).toEqual([]);
    expect(loaded.hf.getNamedExpressionValue('ZI_WBK_TPI')).toBe('BELUM DAPAT DINILAI');
  });

  it('for generated answer sets (both columns, blanks, invalid entries, zero denominators)', () => {
    fc.assert(
      fc.property(answerSet, (set) => {
        const found = mismatches(loaded, plan, set);
        expect(found.slice(0, 5)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('reaches every verdict text in the generated sets (the property is not vacuous)', () => {
    const seen = new Set<unknown>();
    fc.assert(
      fc.property(answerSet, (set) => {
        mismatches(loaded, plan, set);
        for (const n of ['ZI_WBK_UNIT', 'ZI_WBK_TPI', 'ZI_WBBM_UNIT', 'ZI_WBBM_TPI'])
          seen.add(loaded.hf.getNamedExpressionValue(n));
      }),
      { numRuns: 60, seed: 20261122 },
    );
    expect([...seen].sort()).toEqual(['BELUM DAPAT DINILAI', 'MEMENUHI', 'TIDAK MEMENUHI']);
  });
});
