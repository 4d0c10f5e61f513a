import { isCirculatedSheetName } from '../../circulated/layout';
import { DEFAULT_LIMITS } from './limits';
import { openedBook } from './openedBook';
import { inflateEntry, zipDirectory } from './zip';

/**
 * Reads one entry of a zip archive (stored or deflated) under the default limits, or null when the archive
 * is not a zip, lacks the entry or cannot be inflated.
 *
 * @example
 * zipEntry(readFileSync('book.xlsx'), 'xl/workbook.xml')?.toString('utf8') // → '<?xml …<sheets>…'
 */
export function zipEntry(bytes: Buffer, name: string): Buffer | null {
  try {
    const entry = zipDirectory(bytes, 'zip')?.get(name);
    if (!entry) return null;
    const pieces: Uint8Array[] = [];
    inflateEntry(bytes, entry, DEFAULT_LIMITS, { used: 0 }, 'zip', (p) => void pieces.push(p));
    return Buffer.concat(pieces);
  } catch {
    return null;
  }
}

/**
 * The sheet names of an .xlsx file, read from `xl/workbook.xml` without loading the workbook; null when the
 * bytes are not an .xlsx.
 *
 * @example
 * xlsxSheetNames(readFileSync('circulated-lke-complete.xlsx')) // → ['Utama', 'Ctt Eval', 'LKE ZI']
 */
export function xlsxSheetNames(bytes: Buffer): string[] | null {
  const book = openedBook(bytes, 'xlsx');
  return book ? [...book.sheetNames] : null;
}

/**
 * True when the bytes are an .xlsx with a circulated "LKE ZI" sheet (protected or not).
 *
 * @example
 * hasCirculatedSheet(readFileSync('circulated-lke-div0.xlsx')) // → true
 * hasCirculatedSheet(Buffer.from('{}'))                        // → false
 */
export function hasCirculatedSheet(bytes: Buffer): boolean {
  return (xlsxSheetNames(bytes) ?? []).some(isCirculatedSheetName);
}
