import fc from 'fast-check';
import { InputError, LKE_2021, parsePortalAnswers, plainNumber } from '../../src/lke';

const file = (answer: Record<string, unknown>) => ({ answers: [{ soal_id: 88, ...answer }] });
const parse = (answer: Record<string, unknown>) => parsePortalAnswers(LKE_2021, file(answer));

describe('numbers an answers file may carry: only what a cell keeps exactly', () => {
  it.each([
    ['a 400-digit count', { jawaban_unit: `1${'0'.repeat(400)}` }],
    ['a 20-digit count', { jawaban_unit: '12345678901234567890' }],
    ['a 17-digit count that a double cannot hold', { jawaban_tpi: '12345678901234567' }],
    ['a JSON number past 2^53', { jawaban_unit: JSON.parse('12345678901234567890') as number }],
    ['a JSON number that is Infinity', { jawaban_unit: JSON.parse('1e400') as number }],
    ['a note that is Infinity', { catatan_unit: JSON.parse('-1e400') as number }],
    ['a nested list', { jawaban_unit: [[['1']]] }],
    ['an object', { catatan_tpi: { a: 1 } }],
    ['a note longer than a cell', { catatan_unit: 'x'.repeat(32_768) }],
  ])('refuses %s, naming the soal and the field', (_what, answer) => {
    expect(() => parse(answer)).toThrow(InputError);
    expect(() => parse(answer)).toThrow(/soal_id 88 (jawaban_unit|jawaban_tpi|catatan_unit|catatan_tpi)/);
  });

  it.each([
    [{ jawaban_unit: '12' }, 12],
    [{ jawaban_unit: '123456789012345' }, 123456789012345],
    [{ jawaban_unit: '1234567890123456' }, 1234567890123456],
    [{ jawaban_unit: '0.30000000000000004' }, 0.30000000000000004],
    [{ jawaban_unit: '0,0000001' }, 0.0000001],
    [{ jawaban_unit: 9007199254740991 }, 9007199254740991],
    [{ jawaban_unit: '0012' }, 12],
    [{ jawaban_unit: '12 orang' }, '12 orang'],
  ])('keeps %j', (answer, want) => expect(parse(answer).entries.get(88)?.unit).toBe(want));

  it('keeps a survey index with its decimals', () => {
    const r = parsePortalAnswers(LKE_2021, { answers: [{ soal_id: 125, jawaban_unit: '3,6000' }] });
    expect(r.entries.get(125)?.unit).toBe(3.6);
  });
});

describe('numbers written to an answers file', () => {
  it('are plain decimals that read back as the same number (never exponent notation)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const t = plainNumber(n);
        expect(t).not.toMatch(/e/i);
        expect(Number(t)).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 2_000 },
    );
    for (const n of [5e-324, Number('1.2345678901234567e-7'), 3.6])
      expect(
        parsePortalAnswers(LKE_2021, {
          answers: [{ soal_id: 125, jawaban_unit: plainNumber(n) }],
        }).entries.get(125)?.unit,
      ).toBe(n);
  });
});
