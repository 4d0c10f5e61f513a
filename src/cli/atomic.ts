import { randomBytes } from 'node:crypto';
import { link, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../lke/errors';
import { errorCode, fsReason } from './fsErrors';
import type { Io, WriteOptions } from './io';

/** An open file as {@link writeFileAtomic} uses it (a subset of `fs.promises.FileHandle`). */
export interface AtomicHandle {
  write(buffer: Buffer, offset: number, length: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  chmod(mode: number): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls of {@link writeFileAtomic}, injected so a test can make a write fail half-way. */
export interface AtomicFs {
  open(path: string, flags: 'wx', mode: number): Promise<AtomicHandle>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, target: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mode(path: string): Promise<number | null>;
}

export const NODE_FS: AtomicFs = {
  open: (p, flags, mode) => open(p, flags, mode),
  rename: (a, b) => rename(a, b),
  link: (a, b) => link(a, b),
  unlink: (p) => unlink(p),
  mode: (p) =>
    stat(p).then(
      (s) => s.mode & 0o7777,
      () => null,
    ),
};

const CHUNK = 1 << 16;
/** Hard links are not everywhere (FAT and exFAT flash drives, some network shares). */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/** A temporary name beside the target: same folder (so the rename is atomic), hidden, bounded, unique. */
export function tempPathFor(target: string): string {
  const name = basename(target).slice(0, 80);
  return join(dirname(target), `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes a file so that it is either the old file or the whole new one, never half: the bytes go to a
 * temporary file in the same folder, are flushed to disk, and only then take the target's name. Without
 * `replace` an existing target is refused (an `EEXIST` error; the check and the naming are one atomic step
 * where the disk has hard links). A failure at any point removes the temporary file and leaves the target as
 * it was.
 *
 * @example
 * await writeFileAtomic('LKE.xlsx', bytes, { replace: false }); // EEXIST when LKE.xlsx is there
 * await writeFileAtomic('LKE.xlsx', bytes, { replace: true });  // the old LKE.xlsx until the new one is complete
 */
export async function writeFileAtomic(
  target: string,
  data: Buffer | string,
  options: WriteOptions,
  fs: AtomicFs = NODE_FS,
): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const existingMode = await fs.mode(target);
  if (existingMode !== null && !options.replace) throw exists(target);
  const temp = tempPathFor(target);
  const handle = await fs.open(temp, 'wx', 0o666);
  let named = false;
  try {
    try {
      for (let at = 0; at < bytes.length;) {
        const { bytesWritten } = await handle.write(bytes, at, Math.min(CHUNK, bytes.length - at));
        if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
        at += bytesWritten;
      }
      if (existingMode !== null) await handle.chmod(existingMode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.replace) await fs.rename(temp, target);
    else await placeNew(fs, temp, target);
    named = true;
  } finally {
    if (!named) await fs.unlink(temp).catch(() => undefined);
  }
}

async function placeNew(fs: AtomicFs, temp: string, target: string): Promise<void> {
  try {
    await fs.link(temp, target);
  } catch (e) {
    const code = errorCode(e);
    if (code === 'EEXIST') throw exists(target);
    if (code === null || !NO_LINKS.has(code)) throw e;
    if ((await fs.mode(target)) !== null) throw exists(target);
    await fs.rename(temp, target);
    return;
  }
  await fs.unlink(temp).catch(() => undefined);
}

function exists(path: string): Error {
  return Object.assign(new Error(`EEXIST: ${path}`), { code: 'EEXIST' });
}

/**
 * Writes a file named on the command line through `io`, with one Indonesian line when it cannot: an existing
 * file is refused unless `replace` (`--force`, or `import` updating its workbook in place).
 *
 * @example
 * await writeOutput(io, 'LKE.xlsx', bytes, { replace: false });
 * // throws InputError 'LKE.xlsx sudah ada; pakai --force untuk menimpanya' when it exists
 */
export async function writeOutput(
  io: Io,
  file: string,
  data: Buffer | string,
  options: WriteOptions,
): Promise<void> {
  try {
    await io.writeFile(file, data, options);
  } catch (e) {
    if (errorCode(e) === 'EEXIST')
      throw new InputError(
        `${file} sudah ada; pakai --force untuk menimpanya`,
        `${file} already exists; use --force to overwrite it`,
      );
    const why = fsReason(e);
    throw new InputError(`tidak dapat menulis ${file}: ${why.id}`, `cannot write ${file}: ${why.en}`);
  }
}

/** True when two paths name the same file (the same path, or the same file through a link). */
export async function sameFile(io: Io, a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  if (!io.fileKey) return false;
  const [ka, kb] = await Promise.all([io.fileKey(a), io.fileKey(b)]);
  return ka !== null && ka === kb;
}

/**
 * Refuses an output that is one of the command's inputs (`export X.xlsx --out X.xlsx` would put JSON over the
 * workbook; `rekap … --out` onto one of the files it reads).
 *
 * @example
 * await refuseInputAsOutput(io, 'X.xlsx', ['X.xlsx']) // throws 'X.xlsx adalah berkas masukan; …'
 */
export async function refuseInputAsOutput(io: Io, out: string, inputs: readonly string[]): Promise<void> {
  for (const input of inputs) {
    if (await sameFile(io, out, input))
      throw new InputError(
        `${out} adalah salah satu berkas masukan; tulis hasilnya ke berkas lain`,
        `${out} is one of the input files; write the result to another file`,
      );
  }
}

/**
 * Refuses, before any work, an output that exists (unless `--force`): the same refusal {@link writeOutput}
 * makes at the end, said before a long recap is read.
 */
export async function refuseExisting(io: Io, file: string, options: WriteOptions): Promise<void> {
  if (options.replace || !io.fileKey) return;
  if ((await io.fileKey(file)) !== null)
    throw new InputError(
      `${file} sudah ada; pakai --force untuk menimpanya`,
      `${file} already exists; use --force to overwrite it`,
    );
}
