import { excelRound, round2 } from '../../src/lke';

describe('excelRound (Excel ROUND: half away from zero on the shown decimal value)', () => {
  it.each([
    [74.995, 2, 75],
    [74.994999, 2, 74.99],
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [-2.345, 2, -2.35],
    [-74.995, 2, -75],
    [4.8049, 2, 4.8],
    [0.125, 2, 0.13],
    [18.245, 2, 18.25],
    [1234.5, 0, 1235],
    [0, 2, 0],
    [17.5 * (3.6 / 4), 2, 15.75],
  ])('ROUND(%p, %p) = %p', (x, d, want) => {
    expect(excelRound(x, d)).toBe(want);
  });

  it('differs from Math.round(x * 100) / 100 where a computed sum lands just below the half', () => {
    // 72.895 points plus an IPAK part of index 0.48 (2.1 points): a total Excel shows as 74.995.
    const total = 72.895 + (17.5 * 0.48) / 4;
    expect(total).toBe(74.99499999999999);
    expect(total.toPrecision(15)).toBe('74.9950000000000');
    expect(Math.round(total * 100) / 100).toBe(74.99);
    expect(round2(total)).toBe(75);
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(round2(1.005)).toBe(1.01);
  });

  it('keeps infinities and NaN as they are', () => {
    expect(excelRound(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(excelRound(Number.NaN, 2)).toBeNaN();
  });
});
