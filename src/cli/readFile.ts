import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { InputError } from '../lke/errors';
import { DEFAULT_LIMITS, LimitError, LIMIT_NAMES, type ReadLimits } from './xlsx/limits';

/** A file system failure in words a TPI understands, by Node's error code. */
const FS_REASONS: Readonly<Record<string, { id: string; en: string }>> = {
  ENOENT: { id: 'tidak ada', en: 'does not exist' },
  EACCES: { id: 'tidak boleh dibaca (izin ditolak)', en: 'permission denied' },
  EPERM: { id: 'tidak boleh dibaca (izin ditolak)', en: 'permission denied' },
  ELOOP: { id: 'tautan simbolik berputar (symlink loop)', en: 'symbolic link loop' },
  ENAMETOOLONG: { id: 'nama atau jalur terlalu panjang', en: 'name or path too long' },
  EISDIR: { id: 'sebuah folder, bukan berkas', en: 'a folder, not a file' },
  EMFILE: { id: 'terlalu banyak berkas terbuka', en: 'too many open files' },
  EIO: { id: 'galat baca disk', en: 'disk read error' },
};

/** Not a regular file: a folder, a pipe (FIFO), a device (`/dev/zero`) or a socket is never opened for reading. */
export const NOT_REGULAR = {
  id: 'bukan berkas biasa (folder, pipa, perangkat atau soket); tidak dibuka',
  en: 'not a regular file (folder, pipe, device or socket); not opened',
} as const;

/**
 * The reason for a file system error, or null when it is not one.
 *
 * @example
 * fsReason(Object.assign(new Error('x'), { code: 'ELOOP' }))?.id // → 'tautan simbolik berputar (symlink loop)'
 */
export function fsReason(e: unknown): { id: string; en: string } | null {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  return FS_REASONS[code] ?? null;
}

/**
 * Reads a regular file, at most `limits.fileBytes` of it: opened without blocking (a FIFO swapped in after a
 * check cannot hang the read), checked to be a regular file on the open handle, and read in bounded steps (a
 * file that grows while read, or a `/proc` file reporting size 0, stops at the limit).
 *
 * @example
 * await readRegularFile('masuk/kantor-a.xlsx') // → <Buffer 50 4b 03 04 …>
 * await readRegularFile('/dev/zero')           // throws InputError: /dev/zero: bukan berkas biasa …
 */
export async function readRegularFile(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Buffer> {
  let fh;
  try {
    fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const r = fsReason(e);
    if (r) throw new InputError(`${path}: ${r.id}`, `${path}: ${r.en}`);
    throw e;
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new InputError(`${path}: ${NOT_REGULAR.id}`, `${path}: ${NOT_REGULAR.en}`);
    if (st.size > limits.fileBytes) throw new LimitError(path, LIMIT_NAMES.fileBytes, limits.fileBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    // The size stat gave, plus one byte to see a file that grows while it is read; never past the limit. A
    // regular file reads short only at its end: a first read shorter than asked is the whole file (one read,
    // no copy), the common case; a file that grew, or a `/proc` file reporting size 0, is read on in steps.
    let want = Math.min(st.size + 1, limits.fileBytes + 1);
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.max(1, Math.min(want, limits.fileBytes + 1 - total)));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      chunks.push(buf.subarray(0, bytesRead));
      if (total > limits.fileBytes) throw new LimitError(path, LIMIT_NAMES.fileBytes, limits.fileBytes);
      if (bytesRead < buf.length) break;
      want = 1024 * 1024;
    }
    return chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, total);
  } catch (e) {
    const r = fsReason(e);
    if (r) throw new InputError(`${path}: ${r.id}`, `${path}: ${r.en}`);
    throw e;
  } finally {
    await fh.close();
  }
}
