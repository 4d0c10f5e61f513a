/** What a file-system error code means, in Indonesian with an English twin (one message per class). */
const REASONS: Readonly<Record<string, readonly [string, string]>> = {
  ENOENT: ['berkas atau folder tidak ada', 'no such file or folder'],
  EACCES: ['tidak ada izin', 'permission denied'],
  EPERM: ['tidak diizinkan', 'operation not permitted'],
  EISDIR: ['itu sebuah folder, bukan berkas', 'it is a folder, not a file'],
  ENOTDIR: ['bagian jalurnya bukan folder', 'a part of the path is not a folder'],
  ENOSPC: ['disk penuh', 'no space left on the disk'],
  EDQUOT: ['kuota disk habis', 'disk quota exceeded'],
  EROFS: ['disk hanya-baca', 'read-only file system'],
  EEXIST: ['sudah ada', 'already exists'],
  ENAMETOOLONG: ['nama terlalu panjang', 'name too long'],
  ELOOP: ['tautan simbolik berputar', 'symbolic link loop'],
  EMFILE: ['terlalu banyak berkas terbuka', 'too many open files'],
  EBUSY: ['sedang dipakai program lain', 'busy (in use by another program)'],
  EIO: ['galat baca/tulis disk', 'disk input/output error'],
};

/** The code of a Node file-system error (`ENOENT`…), or null for anything else. */
export function errorCode(e: unknown): string | null {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : null;
}

/**
 * The reason of a file-system failure, never the library's English sentence.
 *
 * @example
 * fsReason(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }))
 * // → { id: 'disk penuh', en: 'no space left on the disk' }
 */
export function fsReason(e: unknown): { readonly id: string; readonly en: string } {
  const code = errorCode(e);
  const known = code === null ? undefined : REASONS[code];
  if (known) return { id: known[0], en: known[1] };
  return code === null
    ? { id: 'galat sistem berkas', en: 'file-system error' }
    : { id: `galat sistem berkas ${code}`, en: `file-system error ${code}` };
}
