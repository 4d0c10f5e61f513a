import type { Lang } from './catalogue';

/**
 * A number with a fixed count of decimals, Indonesian style (decimal comma, dot for thousands) or English
 * (decimal dot, comma for thousands). Always the same digits, so a column of figures lines up.
 *
 * @example
 * formatNumber(81.374, 'id') // → '81,37'
 * formatNumber(81.374, 'en') // → '81.37'
 * formatNumber(1234.5, 'id', 1) // → '1.234,5'
 */
export function formatNumber(n: number, lang: Lang, digits = 2): string {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n);
}

/**
 * A margin or an effect with its sign: `+` for positive, the true minus sign `−` for negative, `±` for 0.
 *
 * @example
 * formatSigned(1.25, 'id')  // → '+1,25'
 * formatSigned(-0.5, 'en')  // → '−0.50'
 * formatSigned(0, 'id')     // → '±0,00'
 */
export function formatSigned(n: number, lang: Lang, digits = 2): string {
  const body = formatNumber(Math.abs(n), lang, digits);
  const zero = Number(Math.abs(n).toFixed(digits)) === 0;
  return `${zero ? '±' : n > 0 ? '+' : '−'}${body}`;
}

/**
 * Fills `{name}` placeholders; an unknown placeholder stays visible (a bug shows instead of hiding).
 *
 * @example
 * fillParams('Belum lengkap: {count} isian', { count: 12 }) // → 'Belum lengkap: 12 isian'
 */
export function fillParams(text: string, params: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}
