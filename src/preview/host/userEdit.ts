import type { ApiValue, PreviewBook } from './book';
import type { SheetModel, ValidationModel } from './sheet';

/** What happened to a typed entry: kept (maybe with a validation warning), or refused with the reason. */
export type EditOutcome =
  | { readonly kind: 'kept'; readonly warning: { readonly title: string; readonly message: string } | null }
  | { readonly kind: 'refused'; readonly title: string; readonly message: string };

/**
 * Reads typed text the way Excel does in an Indonesian or English locale: `=` starts a formula, `3.5` and `3,5`
 * are numbers, anything else is text, nothing is empty.
 *
 * @example
 * parseTyped('3,5') // → 3.5
 * parseTyped(' Ya') // → ' Ya'
 */
export function parseTyped(text: string): ApiValue {
  if (text === '') return '';
  if (text.startsWith('=')) return text;
  if (/^-?\d+([.,]\d+)?$/.test(text.trim())) return Number(text.trim().replace(',', '.'));
  return text;
}

function accepts(v: ValidationModel, value: ApiValue): boolean {
  if (value === '') return v.ignoreBlanks;
  const rule = v.rule;
  if (!rule) return true;
  if (rule.list) {
    const source = rule.list.source;
    const options = typeof source === 'string' ? source.split(',') : [];
    return typeof value === 'string' && options.some((o) => o.toLowerCase() === value.toLowerCase());
  }
  const basic = rule.wholeNumber ?? rule.decimal;
  if (!basic) return true;
  if (typeof value !== 'number') return false;
  if (rule.wholeNumber && !Number.isInteger(value)) return false;
  const lo = Number(basic.formula1);
  const hi = basic.formula2 === undefined ? Infinity : Number(basic.formula2);
  return basic.operator === 'GreaterThanOrEqualTo' ? value >= lo : value >= lo && value <= hi;
}

/**
 * A person typing into a cell of the preview grid: a locked cell of a protected sheet refuses (as Excel does);
 * a value its validation does not accept is refused with a Stop alert and kept with a Warning or Information
 * alert (the user's text is never thrown away: a refused entry stays in the editor).
 *
 * @example
 * typeInto(book, sheet, 5, 10, 'Ya') // → { kind: 'kept', warning: null }
 */
export function typeInto(
  book: PreviewBook,
  sheet: SheetModel,
  row: number,
  col: number,
  text: string,
): EditOutcome {
  if (sheet.protection.protected && sheet.isLocked(row, col)) {
    return {
      kind: 'refused',
      title: 'Sel terkunci / Cell is protected',
      message:
        'Sel ini dilindungi. Isi hanya kolom jawaban, catatan dan bukti. / This cell is protected: type only in the answer, note and evidence columns.',
    };
  }
  const value = parseTyped(text);
  const v = sheet.validationAt(row, col);
  let warning: { title: string; message: string } | null = null;
  if (v && !accepts(v, value)) {
    const alert = { title: v.errorAlert?.title ?? 'Isian tidak valid', message: v.errorAlert?.message ?? '' };
    const style = v.errorAlert?.style ?? 'Stop';
    if (v.errorAlert?.showAlert !== false && style === 'Stop') return { kind: 'refused', ...alert };
    warning = alert;
  }
  const rect = { row, col, rows: 1, cols: 1 };
  try {
    book.write(sheet, rect, [[value]]);
  } catch (e) {
    // Excel's "There's a problem with this formula" (text starting with =, -, + or @ that does not parse).
    return {
      kind: 'refused',
      title: 'Rumus bermasalah / Problem with this formula',
      message: `${e instanceof Error ? e.message : String(e)}. Awali dengan ' untuk menulis teks. / Start with ' to type text.`,
    };
  }
  book.fireChanged(sheet, rect);
  book.notify();
  return { kind: 'kept', warning };
}
