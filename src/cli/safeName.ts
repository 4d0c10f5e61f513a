import { dirname, join, resolve } from 'node:path';
import { InputError } from '../lke/errors';

/** The longest name made from data, in UTF-8 bytes, extension included (file systems allow 255). */
export const MAX_NAME_BYTES = 120;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

function cutToBytes(s: string, max: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/**
 * A file name made from data (a unit id from a workbook): only letters, digits, `.`, `_` and `-`; no leading
 * dot, never `.`/`..`, no name Windows reserves; at most {@link MAX_NAME_BYTES} bytes; unique in `used` even
 * on a file system that ignores case (`used` holds the names given so far, lower-cased). The name never holds
 * a separator, so it cannot leave the folder it is joined to.
 *
 * @example
 * safeFileName('U-001', new Set(), '.json')        // → 'U-001.json'
 * safeFileName('../../etc/passwd', new Set(), '.json') // → 'etc_passwd.json'
 * const used = new Set<string>();
 * safeFileName('A', used, '.json'); safeFileName('a', used, '.json') // → 'A.json', then 'a-2.json'
 */
export function safeFileName(raw: string, used: Set<string>, ext: string): string {
  const cleaned = raw
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/_{2,}/g, '_')
    .replace(/^[._-]+|[._]+$/g, '');
  let stem = cleaned === '' || WINDOWS_RESERVED.test(cleaned) ? `unit_${cleaned}` : cleaned;
  stem = cutToBytes(stem, MAX_NAME_BYTES - Buffer.byteLength(ext) - 8).replace(/[._]+$/, '') || 'unit';
  let name = `${stem}${ext}`;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${stem}-${i}${ext}`;
  used.add(name.toLowerCase());
  return name;
}

/**
 * The path of `name` in `folder`, refused unless it is directly inside it (a second guard behind
 * {@link safeFileName}).
 *
 * @example
 * pathInside('portal/jawaban-unit', 'U-001.json') // → 'portal/jawaban-unit/U-001.json'
 * pathInside('portal', '../x.json')               // throws InputError
 */
export function pathInside(folder: string, name: string): string {
  const path = join(folder, name);
  if (dirname(resolve(path)) !== resolve(folder) || name.includes('/') || name.includes('\\'))
    throw new InputError(
      `nama berkas "${name}" keluar dari folder ${folder}`,
      `file name "${name}" leaves the folder ${folder}`,
    );
  return path;
}
