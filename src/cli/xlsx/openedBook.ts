import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { openXlsx, type XlsxBook } from './xlsxBook';

const opened = new WeakMap<Uint8Array, XlsxBook | null>();

/**
 * The book of these bytes, opened once and shared by the sources that look at it (sniffing the sheet names
 * and reading reuse the same parsed parts). Null when the bytes are not an .xlsx, unless `strict`, which
 * throws the reason ({@link InputError}, a limit reached included) instead.
 *
 * @example
 * openedBook(bytes, 'a.xlsx')?.sheetNames // → ['Jawaban', 'Rekap', 'Profil', 'LKE_ZI_META']
 */
export function openedBook(
  bytes: Uint8Array,
  path: string,
  limits: ReadLimits = DEFAULT_LIMITS,
  strict = false,
): XlsxBook | null {
  if (!strict && opened.has(bytes)) return opened.get(bytes) ?? null;
  try {
    const book = openXlsx(bytes, path, limits);
    opened.set(bytes, book);
    return book;
  } catch (e) {
    if (strict) throw e;
    opened.set(bytes, null);
    return null;
  }
}
