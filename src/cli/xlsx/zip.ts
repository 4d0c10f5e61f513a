import { inflateRawSync } from 'node:zlib';
import { Inflate } from 'fflate';
import { InputError } from '../../lke/errors';
import { within, type ReadLimits } from './limits';

/** One entry of a zip's central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  /** The size of the content once inflated, and its CRC-32, as the directory states them. */
  readonly size: number;
  readonly crc: number;
  readonly localOffset: number;
}

function corrupt(path: string, why: string): InputError {
  return new InputError(
    `${path} bukan buku kerja .xlsx yang dapat dibaca (${why})`,
    `${path} is not a readable .xlsx workbook (${why})`,
  );
}

/**
 * The entries of a zip archive by name, from its central directory; null when the bytes are not a zip.
 *
 * @example
 * zipDirectory(readFileSync('LKE.xlsx'), 'LKE.xlsx')?.get('xl/workbook.xml')?.method // → 8
 */
export function zipDirectory(bytes: Uint8Array, path: string): Map<string, ZipEntry> | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 22 || b.readUInt32LE(0) !== 0x04034b50) return null;
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt(path, 'zip tanpa direktori pusat / zip without a central directory');
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const out = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50)
      throw corrupt(path, 'direktori zip rusak / damaged zip directory');
    const nameLen = b.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      flags: b.readUInt16LE(p + 8),
      method: b.readUInt16LE(p + 10),
      compressedSize: b.readUInt32LE(p + 20),
      size: b.readUInt32LE(p + 24),
      crc: b.readUInt32LE(p + 16),
      localOffset: b.readUInt32LE(p + 42),
      name: b.toString('utf8', p + 46, p + 46 + nameLen),
    };
    if (!out.has(entry.name)) out.set(entry.name, entry);
    p += 46 + nameLen + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return out;
}

/** Where an entry's stored (compressed) bytes are, after its local header. */
function storedRange(b: Buffer, entry: ZipEntry, path: string): { start: number; end: number } {
  const at = entry.localOffset;
  if (at + 30 > b.length || b.readUInt32LE(at) !== 0x04034b50)
    throw corrupt(path, `bagian ${entry.name} rusak / damaged part ${entry.name}`);
  const start = at + 30 + b.readUInt16LE(at + 26) + b.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > b.length) throw corrupt(path, `bagian ${entry.name} terpotong / truncated part ${entry.name}`);
  return { start, end };
}

/**
 * An entry's bytes as stored in the archive (compressed with `entry.method`), without inflating them.
 *
 * @example
 * storedBytes(bytes, dir.get('xl/styles.xml')!, 'rekap.xlsx').length // → the entry's compressedSize
 */
export function storedBytes(bytes: Uint8Array, entry: ZipEntry, path: string): Uint8Array {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { start, end } = storedRange(b, entry, path);
  return b.subarray(start, end);
}

/** Bytes inflated so far from one workbook, shared by its parts. */
export interface InflateBudget {
  used: number;
}

const CHUNK = 16 * 1024;

/** Inflate with Node's zlib (bounded by maxOutputLength); false: fflate's streaming inflate (same limits). */
let useNativeInflate = true;

/** Chooses the inflater (tests run both). */
export function setNativeInflate(on: boolean): void {
  useNativeInflate = on;
}

/**
 * Inflates one entry in small steps, handing each piece to `sink` as it comes, and stops the moment the part
 * or the workbook passes its limit (a 6 MB file that would inflate to 6 GB costs a few MB before it is refused),
 * or when `sink` returns false (the reader has all it needs from this part).
 *
 * @example
 * inflateEntry(bytes, dir.get('xl/workbook.xml')!, DEFAULT_LIMITS, { used: 0 }, 'a.xlsx', (piece) => parser.write(piece))
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limits: ReadLimits,
  budget: InflateBudget,
  path: string,
  sink: (piece: Uint8Array) => boolean | void,
): void {
  if (entry.flags & 1)
    throw new InputError(
      `${path} dilindungi kata sandi (terenkripsi); simpan ulang tanpa kata sandi`,
      `${path} is password-protected (encrypted); save it again without a password`,
    );
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { start, end } = storedRange(b, entry, path);
  let part = 0;
  let more = true;
  const take = (piece: Uint8Array): void => {
    if (!more) return;
    part += piece.length;
    budget.used += piece.length;
    within(limits, 'partBytes', part, path);
    within(limits, 'workbookBytes', budget.used, path);
    more = sink(piece) !== false;
  };
  if (entry.method === 0) {
    for (let p = start; p < end && more; p += CHUNK) take(b.subarray(p, Math.min(end, p + CHUNK)));
    return;
  }
  if (entry.method !== 8)
    throw corrupt(path, `metode kompresi ${entry.method} / compression method ${entry.method}`);
  if (entry.method === 8 && useNativeInflate) {
    // Node's zlib stops at maxOutputLength while inflating (never past the part's or the workbook's limit);
    // native inflate is several times faster than fflate's for a recap of many files.
    const room = Math.min(limits.partBytes, limits.workbookBytes - budget.used) + 1;
    let out: Buffer;
    try {
      out = inflateRawSync(b.subarray(start, end), { maxOutputLength: Math.max(1, room) });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        take(new Uint8Array(room));
        throw new Error('unreachable: the limit must have been reached');
      }
      throw corrupt(
        path,
        `bagian ${entry.name} tidak dapat diekstrak / part ${entry.name} cannot be inflated`,
      );
    }
    for (let p = 0; p < out.length && more; p += CHUNK)
      take(out.subarray(p, Math.min(out.length, p + CHUNK)));
    return;
  }
  const inflate = new Inflate((piece) => take(piece));
  try {
    for (let p = start; p < end && more; p += CHUNK)
      inflate.push(b.subarray(p, Math.min(end, p + CHUNK)), p + CHUNK >= end);
    if (start === end) inflate.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw corrupt(path, `bagian ${entry.name} tidak dapat diekstrak / part ${entry.name} cannot be inflated`);
  }
}
