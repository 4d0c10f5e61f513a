import { inflateRawSync } from 'node:zlib';
import { isCirculatedSheetName } from '../../circulated/layout';

/**
 * Reads one entry of a zip archive synchronously (stored or deflated), or null when the archive is not a
 * zip or lacks the entry. Enough to peek at `xl/workbook.xml` without loading the whole workbook.
 *
 * @example
 * zipEntry(readFileSync('book.xlsx'), 'xl/workbook.xml')?.toString('utf8') // → '<?xml …<sheets>…'
 */
export function zipEntry(bytes: Buffer, name: string): Buffer | null {
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) return null;
  // End of central directory: the last record with signature 0x06054b50 (a comment may follow it).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = bytes.readUInt16LE(eocd + 10);
  let p = bytes.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries && p + 46 <= bytes.length; n++) {
    if (bytes.readUInt32LE(p) !== 0x02014b50) return null;
    const method = bytes.readUInt16LE(p + 10);
    const compressed = bytes.readUInt32LE(p + 20);
    const nameLen = bytes.readUInt16LE(p + 28);
    const extraLen = bytes.readUInt16LE(p + 30);
    const commentLen = bytes.readUInt16LE(p + 32);
    const local = bytes.readUInt32LE(p + 42);
    const entryName = bytes.toString('utf8', p + 46, p + 46 + nameLen);
    if (entryName === name) {
      if (local + 30 > bytes.length) return null;
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(start, start + compressed);
      try {
        if (method === 0) return Buffer.from(data);
        if (method === 8) return inflateRawSync(data);
      } catch {
        return null;
      }
      return null;
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  return null;
}

const decodeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The sheet names of an .xlsx file, read from `xl/workbook.xml` without loading the workbook; null when the
 * bytes are not an .xlsx.
 *
 * @example
 * xlsxSheetNames(readFileSync('circulated-lke-complete.xlsx')) // → ['Utama', 'Ctt Eval', 'LKE ZI']
 */
export function xlsxSheetNames(bytes: Buffer): string[] | null {
  const xml = zipEntry(bytes, 'xl/workbook.xml');
  if (!xml) return null;
  const names: string[] = [];
  for (const m of xml.toString('utf8').matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g))
    names.push(decodeXml(m[1] ?? ''));
  return names;
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
