// ROUND across engines: Excel and LibreOffice round the value as shown (15 significant digits), half away from
// zero; HyperFormula 3.5 computes Math.round(x·100)/100 and so rounds some .xx5 values down. The engine's
// excelRound follows Excel; the HyperFormula parity tests swap in an Excel ROUND (hfHarness.useExcelRound).
import { HyperFormula } from 'hyperformula';
import { excelRound } from '../../src/lke';
import { useExcelRound } from './hfHarness';

const CASES: readonly [number, number, number][] = [
  // x, Excel/LibreOffice ROUND(x,2) (hand-checked: half away from zero on the decimal shown), HyperFormula 3.5 own
  [74.995, 75, 75],
  [1.005, 1.01, 1],
  [0.285, 0.29, 0.28],
  [1.255, 1.26, 1.25],
  [2.675, 2.68, 2.68],
  [-2.345, -2.35, -2.35],
];

function hfRound(x: number): unknown {
  const hf = HyperFormula.buildFromArray([[x, '=ROUND(A1,2)']], { licenseKey: 'gpl-v3' });
  const v = hf.getCellValue({ sheet: 0, row: 0, col: 1 });
  hf.destroy();
  return v;
}

describe('ROUND(x, 2)', () => {
  it('HyperFormula’s own ROUND, then the swapped Excel ROUND, against excelRound', () => {
    expect(CASES.map(([x]) => hfRound(x))).toEqual(CASES.map(([, , hf]) => hf));
    expect(CASES.map(([x]) => excelRound(x, 2))).toEqual(CASES.map(([, excel]) => excel));
    useExcelRound();
    expect(CASES.map(([x]) => hfRound(x))).toEqual(CASES.map(([, excel]) => excel));
  });
});
