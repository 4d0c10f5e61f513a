import { excelRound } from '../lke';

/**
 * A figure as Indonesians write it: two decimals after a decimal comma, thousands with a dot, the value
 * rounded like Excel's ROUND (so the LHE shows what the workbook shows).
 *
 * @example
 * idNumber(88.615) // → '88,62'
 * idNumber(-0.2)   // → '−0,20'
 * idNumber(1250)   // → '1.250,00'
 */
export function idNumber(n: number, decimals = 2): string {
  const r = excelRound(n, decimals);
  const [whole = '0', frac = ''] = Math.abs(r).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${r < 0 ? '−' : ''}${grouped}${decimals > 0 ? `,${frac}` : ''}`;
}

/**
 * A share (0..1) as a percentage with a comma.
 *
 * @example
 * idPercent(0.8753) // → '87,53 %'
 */
export function idPercent(share: number): string {
  return `${idNumber(share * 100)} %`;
}

/**
 * A margin with its sign, as the criteria tables print it.
 *
 * @example
 * idMargin(2.04) // → '+2,04'
 * idMargin(-0.22) // → '−0,22'
 */
export function idMargin(margin: number): string {
  return margin >= 0 ? `+${idNumber(margin)}` : idNumber(margin);
}

/** An answer as the LKE shows it (`3.55` → `3,55`; empty → `–`). */
export function idAnswer(a: string | number | null): string {
  if (a === null || a === '') return '–';
  return typeof a === 'number' ? String(a).replace('.', ',') : a;
}
