import type { RawCellContent } from 'hyperformula';
import { PreviewApiError } from './errors';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mar: 3, maret: 3, march: 3,
  apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, agustus: 8, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, november: 11, des: 12, desember: 12, dec: 12, december: 12,
}; // prettier-ignore

/** Excel's serial number of a date (days since 1899-12-30), or null for an impossible one. */
function serial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const t = Date.UTC(year, month - 1, day);
  if (new Date(t).getUTCDate() !== day) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function fullYear(y: string | undefined, now: number): number {
  if (y === undefined) return now;
  const n = Number(y);
  return y.length <= 2 ? (n < 30 ? 2000 + n : 1900 + n) : n;
}

/**
 * The date or time Excel (Indonesian or English locale) reads in typed text, as its serial number, or null:
 * `5/1/2026`, `5-1`, `2026-01-05`, `5 Jan 2026`, `Des-25`, `1:30`.
 *
 * @example
 * dateLike('2026-01-05') // → 46027
 * dateLike('1/2', 2026)  // → 46054 (1 February in day/month order)
 * dateLike('Ya')         // → null
 */
export function dateLike(text: string, year = new Date().getFullYear()): number | null {
  const t = text.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return serial(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$/.exec(t);
  if (m) return serial(fullYear(m[3], year), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[ -]([a-z]+)\.?(?:[ -](\d{2}|\d{4}))?$/.exec(t);
  if (m && MONTHS[m[2] ?? ''] !== undefined)
    return serial(fullYear(m[3], year), MONTHS[m[2] ?? ''] ?? 0, Number(m[1]));
  m = /^([a-z]+)\.?[ -](\d{2}|\d{4})$/.exec(t);
  if (m && MONTHS[m[1] ?? ''] !== undefined) return serial(fullYear(m[2], year), MONTHS[m[1] ?? ''] ?? 0, 1);
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (m && Number(m[1]) < 24 && Number(m[2]) < 60)
    return (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) / 86_400;
  return null;
}

/**
 * What Excel stores for a string written through `Range.values` or `Range.formulas`: it is parsed as typed input
 * (office-js 3256). A leading apostrophe keeps the rest as text (the apostrophe is not part of the value); `=`
 * starts a formula; so do `-`, `+` and `@` unless the text is a number or the sign alone (`- SK sudah ada` is the formula
 * `=- SK sudah ada`: Excel refuses the write when it does not parse, and shows `#NAME?` when it does); numbers
 * (`2026.1`, `1,5`, `1e5`, `100%`), dates and times become numbers; TRUE/FALSE booleans. Anything else is text.
 * `valid` says whether a formula parses (HyperFormula's `validateFormula`).
 *
 * @example
 * parseWritten("'- SK", valid) // → "'- SK" (text "- SK")
 * parseWritten('-SK', valid)   // → '=-SK' (a formula: #NAME?)
 * parseWritten('1,5', valid)   // → 1.5
 */
export function parseWritten(text: string, valid: (formula: string) => boolean): RawCellContent {
  if (text === '') return null;
  if (text.startsWith("'")) return text;
  // A formula goes to HyperFormula as written (it keeps what it cannot parse as an error, e.g. a workbook's #REF!).
  if (text.startsWith('=')) return text;
  const t = text.trim();
  if (/^[-+]?\d+,\d+$/.test(t)) return Number(t.replace(',', '.'));
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?%?$/i.test(t)) return text; // HyperFormula reads it as Excel does
  const date = dateLike(text);
  if (date !== null) return date;
  if (/^[-+@]/.test(text) && !/^[-+@\s]*$/.test(text)) {
    return checked(text.startsWith('@') ? `=${text.slice(1)}` : `=${text}`, text, valid);
  }
  return text;
}

/** A formula Excel accepts, or the failure of the whole request (as Excel refuses a formula it cannot parse). */
function checked(formula: string, text: string, valid: (formula: string) => boolean): string {
  if (valid(formula)) return formula;
  throw new PreviewApiError(
    'InvalidArgument',
    `There's a problem with this formula: ${text} (Excel reads text starting with ${text[0] ?? ''} as a formula)`,
  );
}
