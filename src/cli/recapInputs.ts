import type { Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../lke/errors';
import { scoreLoaded } from '../rekap/recap';
import type { RecapFailure } from '../rekap/types';
import { fsReason, NOT_REGULAR, readRegularFile } from './readFile';
import { loadLke, type LoadedLke } from './sources';
import { DEFAULT_LIMITS, type ReadLimits } from './xlsx/limits';

const FS_LOOP = fsReason({ code: 'ELOOP' });
const READABLE = /\.(xlsx|xlsm|json)$/i;
const SEEN_BUT_UNREADABLE = /\.(xls|ods|csv)$/i;
/** Folders deeper than this below an input are not walked (a row says so). */
const MAX_DEPTH = 32;

async function statOf(path: string): Promise<Stats | { readonly error: unknown }> {
  try {
    return await stat(path);
  } catch (error) {
    return { error };
  }
}

/** One path found by the walk: a file to read, or why it cannot be (a row of the recap's failures). */
export interface WalkedInput {
  readonly path: string;
  readonly problem: { readonly id: string; readonly en: string } | null;
}

const LOOP = {
  id: 'folder berulang lewat tautan simbolik (symlink loop); dilewati',
  en: 'folder repeated through a symbolic link (loop); skipped',
};
const TOO_DEEP = {
  id: `folder lebih dalam dari ${MAX_DEPTH} tingkat; dilewati`,
  en: `folder deeper than ${MAX_DEPTH} levels; skipped`,
};

/**
 * Every candidate file under the paths given, folders walked recursively in a stable order, each with the
 * reason it cannot be read when that is known from the walk: only regular files are candidates; a pipe, a
 * device, a socket, a symbolic link that loops or dangles, a folder reached twice through links or one too deep
 * is a row with its reason, never opened and never followed forever. A path given that does not exist refuses
 * the whole command (it is a typo, not a bad file).
 *
 * @example
 * await walkInputs(['masuk/'])
 * // → [{ path: 'masuk/a.xlsx', problem: null }, { path: 'masuk/pipa.xlsx', problem: { id: 'bukan berkas biasa …' } }]
 */
export async function walkInputs(paths: readonly string[]): Promise<WalkedInput[]> {
  const out: WalkedInput[] = [];
  const seen = new Set<string>();
  const bad = (path: string, e: unknown): void => {
    const r = fsReason(e);
    out.push({ path, problem: r ?? { id: 'tidak dapat dibaca dari disk', en: 'cannot be read from disk' } });
  };
  const walkDir = async (dir: string, depth: number): Promise<void> => {
    const real = await realpath(dir).catch(() => dir);
    if (seen.has(real)) return void out.push({ path: dir, problem: LOOP });
    seen.add(real);
    if (depth > MAX_DEPTH) return void out.push({ path: dir, problem: TOO_DEEP });
    let names: string[];
    try {
      names = (await readdir(dir)).sort();
    } catch (e) {
      return bad(dir, e);
    }
    for (const n of names) {
      if (n.startsWith('.') || n.startsWith('~$')) continue;
      const child = join(dir, n);
      const st = await statOf(child);
      if ('error' in st) {
        if (READABLE.test(n) || SEEN_BUT_UNREADABLE.test(n) || fsReason(st.error) === FS_LOOP)
          bad(child, st.error);
        continue;
      }
      if (st.isDirectory()) await walkDir(child, depth + 1);
      else if (READABLE.test(n) || SEEN_BUT_UNREADABLE.test(n))
        out.push({ path: child, problem: st.isFile() ? null : NOT_REGULAR });
    }
  };
  for (const p of paths) {
    const l = await lstat(p).catch(() => null);
    if (!l) throw new InputError(`tidak ada berkas atau folder ${p}`, `no such file or folder ${p}`);
    const st = await statOf(p);
    if ('error' in st) bad(p, st.error);
    else if (st.isDirectory()) await walkDir(p, 0);
    else out.push({ path: p, problem: st.isFile() ? null : NOT_REGULAR });
  }
  return out;
}

/** Every candidate file under the paths given (see {@link walkInputs}), as paths. */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  return (await walkInputs(paths)).map((w) => w.path);
}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Why a file could not be used, in words a TPI understands. */
export function failureOf(file: string, bytes: Buffer | null, e: unknown): RecapFailure {
  const f = (reason: string, reasonEn: string): RecapFailure => ({ kind: 'failure', file, reason, reasonEn });
  if (bytes !== null && bytes.subarray(0, 8).equals(CFB_MAGIC)) {
    return f(
      'dilindungi kata sandi (terenkripsi) atau format .xls lama; buka dan simpan ulang sebagai .xlsx tanpa kata sandi',
      'password-protected (encrypted) or old .xls; open it and save as .xlsx without a password',
    );
  }
  if (SEEN_BUT_UNREADABLE.test(file))
    return f(
      'format berkas tidak didukung (harus .xlsx atau .json)',
      'unsupported format (expected .xlsx or .json)',
    );
  if (e instanceof InputError) {
    const strip = (s: string): string => (s.startsWith(`${file}: `) ? s.slice(file.length + 2) : s);
    return f(strip(e.message), strip(e.messageEn));
  }
  const r = fsReason(e);
  if (r) return f(r.id, r.en);
  if (bytes === null) return f('tidak dapat dibaca dari disk', 'cannot be read from disk');
  return f('berkas rusak atau bukan .xlsx/.json yang sah', 'corrupt file, or not a valid .xlsx/.json');
}

/** What reading one file for a recap gives: the LKE, or the row that says why not. */
export type ReadLke =
  | { readonly ok: true; readonly file: string; readonly loaded: LoadedLke }
  | { readonly ok: false; readonly failure: RecapFailure };

/**
 * Reads one LKE file the way `rekap` does, for the recap and the server alike: a regular file only, read under
 * the limits, through the sources (our template, a circulated workbook, a PortalRB answers file). Never throws
 * for a bad file: every failure is a {@link RecapFailure} with its reason.
 *
 * @example
 * await readLkeFile('masuk/kantor-a.xlsx') // → { ok: true, file: 'masuk/kantor-a.xlsx', loaded: { entries, meta, … } }
 * await readLkeFile('/dev/zero')           // → { ok: false, failure: { kind: 'failure', reason: 'bukan berkas biasa …' } }
 */
export async function readLkeFile(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadLke> {
  let bytes: Buffer | null = null;
  try {
    if (SEEN_BUT_UNREADABLE.test(path)) throw new Error('unsupported');
    bytes = await readRegularFile(path, limits);
    return { ok: true, file: path, loaded: await loadLke(bytes, path, undefined, limits) };
  } catch (e) {
    return { ok: false, failure: failureOf(path, bytes, e) };
  }
}

/** The failure of a path the walk already refused (a pipe, a device, a symlink loop…), as `rekap` lists it. */
export function walkFailure(w: WalkedInput): RecapFailure | null {
  return w.problem ? failureOf(w.path, null, new InputError(w.problem.id, w.problem.en)) : null;
}

/** One input read and scored, or why it could not be. */
export type ScoredFile =
  | ({ readonly ok: true; readonly loaded: LoadedLke } & ReturnType<typeof scoreLoaded>)
  | { readonly ok: false; readonly failure: RecapFailure };

/**
 * Reads and scores one input as the recap and the server both do: the walk's refusal, the bounded read of any
 * supported source, the engine. Never throws: a file that cannot be used is a failure with its reason.
 *
 * @example
 * (await readScored({ path: 'masuk/kppn.json', problem: null })).ok // → true
 * (await readScored({ path: 'masuk/pipa', problem: { id: 'bukan berkas biasa', en: 'not a regular file' } }))
 *   // → { ok: false, failure: { kind: 'failure', file: 'masuk/pipa', reason: 'bukan berkas biasa', … } }
 */
export async function readScored(input: WalkedInput): Promise<ScoredFile> {
  const refused = walkFailure(input);
  if (refused) return { ok: false, failure: refused };
  const read = await readLkeFile(input.path);
  if (!read.ok) return { ok: false, failure: read.failure };
  try {
    return { ok: true, loaded: read.loaded, ...scoreLoaded(input.path, read.loaded) };
  } catch (e) {
    return { ok: false, failure: failureOf(input.path, null, e) };
  }
}
