// The office-specific translation of a plan: validation rules, request splitting, widths, block ranges.
import {
  blockRange,
  charsToPoints,
  coercible,
  formulaCell,
  sheetOps,
  splitBlock,
  validationRule,
} from '../../src/excel/ops';
import type { ValidationRange } from '../../src/workbook';
import { plan } from './helpers';

const v = (rule: ValidationRange['rule']): ValidationRange => ({
  range: 'K6:K9',
  rule,
  allowBlank: true,
  errorStyle: 'warning',
  prompt: null,
  error: { title: 't', message: 'm' },
});

describe('validationRule', () => {
  it.each([
    [
      { kind: 'list', options: ['Ya', 'Tidak'] } as const,
      { list: { inCellDropDown: true, source: 'Ya,Tidak' } },
    ],
    [{ kind: 'whole', min: 0 } as const, { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } }],
    [
      { kind: 'decimal', min: 0, max: 4 } as const,
      { decimal: { formula1: 0, formula2: 4, operator: 'Between' } },
    ],
  ])('%j → %j (list sources are comma-separated in every locale)', (rule, expected) => {
    expect(validationRule(v(rule))).toEqual(expected);
  });
});

describe('splitBlock', () => {
  const block = { address: 'C5', cells: Array.from({ length: 10 }, (_, i) => [`baris ${i}`, i]) };

  it('keeps a block under the budget whole', () => {
    expect(splitBlock(block, 10_000)).toEqual([block]);
  });

  it('splits a block into consecutive row slices that cover it exactly', () => {
    const parts = splitBlock(block, 200);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flatMap((p) => p.cells)).toEqual(block.cells);
    let row = 5;
    for (const p of parts) {
      expect(p.address).toBe(`C${row}`);
      row += p.cells.length;
    }
  });
});

describe('sizes and ranges', () => {
  it('converts Excel character widths to points (Calibri 11: 7 px a digit, 5 px padding)', () => {
    expect(charsToPoints(8.43)).toBeCloseTo(48, 0); // Excel's default column: 64 px = 48 pt
    expect(charsToPoints(10)).toBe(56.25);
  });

  it('gives the range a block covers', () => {
    expect(
      blockRange({
        address: 'A1',
        cells: [
          [1, 2, 3],
          [4, 5, 6],
        ],
      }),
    ).toBe('A1:C2');
    expect(blockRange({ address: 'K6', cells: [[1]] })).toBe('K6');
  });

  it('never writes cells into an input range of the plan', () => {
    const jawaban = plan.sheets.find((s) => s.name === 'Jawaban');
    if (!jawaban) throw new Error('no Jawaban');
    expect(sheetOps(jawaban, 4_000_000).length).toBeGreaterThan(jawaban.blocks.length);
    const inputCols = new Set(jawaban.unlocked.map((r) => r.replace(/\d+.*/, '')));
    for (const b of jawaban.blocks) {
      const range = blockRange(b);
      const [first, last = first] = range.split(':');
      const r0 = Number(first?.replace(/\D/g, ''));
      const r1 = Number(last?.replace(/\D/g, ''));
      const col = first?.replace(/\d/g, '') ?? '';
      if (!inputCols.has(col)) continue;
      for (const u of jawaban.unlocked.filter((x) => x.startsWith(col))) {
        const [a, z = a] = u.split(':');
        const u0 = Number(a?.replace(/\D/g, ''));
        const u1 = Number(z?.replace(/\D/g, ''));
        expect(r1 < u0 || r0 > u1).toBe(true);
      }
    }
  });
});

describe('text that Excel would turn into something else is written as text', () => {
  it.each(['2026.1', '1,5', '100%', '1/2', '2-3', '1:30', 'TRUE', 'false', '#N/A', "'kutip", ' 12 '])(
    '%j gets the apostrophe prefix',
    (text) => {
      expect(coercible(text)).toBe(true);
      expect(formulaCell(text)).toBe(`'${text}`);
    },
  );

  it.each(['A/B/C', 'Ya/Tidak', '0–4 (indeks survei)', 'A.I.1.i', 'Ya', '=K6*2'])(
    '%j is written as it is',
    (text) => {
      expect(formulaCell(text)).toBe(text);
    },
  );

  it('keeps the template version text on the metadata sheet of the preview workbook', async () => {
    const { fresh } = await import('./helpers');
    const { applyPlan } = await import('../../src/excel/apply');
    const { book, run } = fresh();
    await applyPlan(run, plan);
    const meta = book.sheet('LKE_ZI_META');
    if (!meta) throw new Error('no meta sheet');
    const row = [0, 1, 2, 3].find((r) => book.value(meta, r, 0) === 'template_version') ?? -1;
    expect(book.value(meta, row, 1)).toBe(plan.identity.templateVersion);
  });
});
