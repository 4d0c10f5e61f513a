import { appendFile, mkdtemp, readdir, rm, stat, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { evaluate, InputError, LKE_2021, THRESHOLDS_2021, toPortalAnswers } from '../../lke';
import { finishRecap, recapUnit, unitLists } from '../../rekap/recap';
import type { RecapEntry, RecapFailure } from '../../rekap/types';
import { flagOn, flagText, flagYear, parseArgs } from '../args';
import { refuseExisting, refuseInputAsOutput, writeOutput } from '../atomic';
import { pathInside, safeFileName } from '../safeName';
import { EXIT, type ExitCode, type Io } from '../io';
import { progress } from '../progress';
import { loadLke } from '../sources';
import { problemRows, writeRecapWorkbook, type CellOf } from '../xlsx/recapWorkbook';
import { issueCell } from '../issueCell';

export const REKAP_USAGE =
  'lke-zi rekap DIR_OR_FILES... --out REKAP.xlsx [--json] [--portalrb DIR] [--tahun YYYY] [--force]';

const READABLE = /\.(xlsx|xlsm|json)$/i;
const SEEN_BUT_UNREADABLE = /\.(xls|ods|csv)$/i;

/** Every candidate file under the paths given, directories walked recursively, in a stable order. */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (p: string): Promise<void> => {
    const st = await stat(p).catch(() => null);
    if (!st) throw new InputError(`tidak ada berkas atau folder ${p}`, `no such file or folder ${p}`);
    if (st.isDirectory()) {
      const names = (await readdir(p)).sort();
      for (const n of names) {
        if (n.startsWith('.') || n.startsWith('~$')) continue;
        const child = join(p, n);
        const cst = await stat(child);
        if (cst.isDirectory()) await walk(child);
        else if (READABLE.test(n) || SEEN_BUT_UNREADABLE.test(n)) out.push(child);
      }
    } else out.push(p);
  };
  for (const p of paths) await walk(p);
  return out;
}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Why a file could not be used, in words a TPI understands. */
export function failureOf(file: string, bytes: Buffer | null, e: unknown): RecapFailure {
  const f = (reason: string, reasonEn: string): RecapFailure => ({ kind: 'failure', file, reason, reasonEn });
  if (bytes === null) return f('tidak dapat dibaca dari disk', 'cannot be read from disk');
  if (bytes.subarray(0, 8).equals(CFB_MAGIC)) {
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
  if (e instanceof InputError) return f(e.message, e.messageEn);
  return f('berkas rusak atau bukan .xlsx/.json yang sah', 'corrupt file, or not a valid .xlsx/.json');
}

interface ReadResult {
  readonly entry: RecapEntry;
  readonly answers: string | null;
  /** Sheet Masalah rows for this file, one JSON array per line. */
  readonly problems: string;
}

async function readOne(io: Io, file: string, cellOf: CellOf): Promise<ReadResult> {
  const bytes = await io.readFile(file).catch(() => null);
  try {
    if (bytes === null || SEEN_BUT_UNREADABLE.test(file)) throw new Error('unreadable');
    const loaded = await loadLke(bytes, file);
    const profile = loaded.profile ?? { heldPredicate: 'none' as const };
    const evaluation = evaluate(LKE_2021, THRESHOLDS_2021, loaded.entries, profile);
    const audit = loaded.extras.formula_audit;
    const tampered = Array.isArray(audit) ? audit.length : 0;
    const entry = recapUnit({ file, meta: loaded.meta, entries: loaded.entries, evaluation, tampered });
    const rows = problemRows(loaded.meta.unitName ?? file, file, evaluation.issues, cellOf);
    return {
      entry,
      answers: JSON.stringify(toPortalAnswers(LKE_2021, loaded.entries, loaded.meta), null, 2) + '\n',
      problems: rows.map((r) => JSON.stringify(r) + '\n').join(''),
    };
  } catch (e) {
    return { entry: failureOf(file, bytes, e), answers: null, problems: '' };
  }
}

/** The answers file's name for PortalRB: the unit id (or the file's name) made safe, bounded and unique. */
function answersFileName(entry: RecapEntry, used: Set<string>): string {
  const id =
    entry.kind === 'unit' && entry.meta.unitId !== null
      ? String(entry.meta.unitId)
      : basename(entry.file).replace(/\.[^.]+$/, '');
  return safeFileName(id, used, '.json');
}

/**
 * `lke-zi rekap DIR_OR_FILES... --out REKAP.xlsx [--json] [--portalrb DIR] [--tahun YYYY] [--force]`. Existing
 * outputs (the recap, the PortalRB lists) are refused before any file is read, unless --force; an output that is
 * one of the inputs is always refused; every file is written atomically, and answers files are named from unit
 * ids by `safeFileName` (inside the PortalRB folder, whatever the id holds).
 */
export async function rekapCommand(
  argv: readonly string[],
  io: Io,
  cellOf: CellOf = issueCell,
): Promise<ExitCode> {
  const args = parseArgs(argv, { booleans: ['json', 'force'], values: ['out', 'portalrb', 'tahun'] });
  const out = flagText(args, 'out');
  if (args.positional.length === 0 || out === undefined)
    throw new InputError(`pemakaian: ${REKAP_USAGE}`, `usage: ${REKAP_USAGE}`);
  const portalDir = flagText(args, 'portalrb');
  const tahun = flagYear(args, 'tahun');
  const replace = flagOn(args, 'force');
  await refuseInputAsOutput(io, out, args.positional);
  await refuseExisting(io, out, { replace });
  if (portalDir) await refuseExisting(io, join(portalDir, 'unit-wbk.json'), { replace });
  // A recap found while walking a folder (a previous run's --out) is not a unit.
  const files = (await expandInputs(args.positional)).filter((f) => resolve(f) !== resolve(out));
  const inputs = new Set(files.map((f) => resolve(f)));
  const write = async (path: string, data: Buffer | string): Promise<void> => {
    if (inputs.has(resolve(path))) await refuseInputAsOutput(io, path, [path]);
    await writeOutput(io, path, data, { replace });
  };
  if (files.length === 0)
    throw new InputError(
      'tidak ada berkas .xlsx atau .json untuk direkap',
      'no .xlsx or .json files to recap',
    );
  if (portalDir) await mkdir(join(portalDir, 'jawaban-unit'), { recursive: true });
  const bar = progress(io, files.length);
  const entries: RecapEntry[] = [];
  const used = new Set<string>();
  // One file at a time: only its figures stay in memory; its problems go to a spool file on disk.
  const work = await mkdtemp(join(tmpdir(), 'lke-rekap-'));
  const spool = join(work, 'masalah.ndjson');
  try {
    await appendFile(spool, '');
    for (const file of files) {
      const { entry, answers, problems } = await readOne(io, file, cellOf);
      entries.push(entry);
      if (problems !== '') await appendFile(spool, problems);
      if (portalDir && answers !== null)
        await write(pathInside(join(portalDir, 'jawaban-unit'), answersFileName(entry, used)), answers);
      bar.tick(file);
    }
    bar.done();
    const recap = finishRecap(entries);
    await write(out, await writeRecapWorkbook(join(work, 'rekap.xlsx'), recap, spool));
    return report(io, {
      json: args.flags.get('json') === true,
      out,
      count: files.length,
      recap,
      portalDir,
      tahun,
      write,
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

interface Finished {
  readonly json: boolean;
  readonly out: string;
  readonly count: number;
  readonly recap: readonly RecapEntry[];
  readonly portalDir: string | undefined;
  readonly tahun: number | undefined;
  readonly write: (path: string, data: string) => Promise<void>;
}

/** Writes the PortalRB lists (on request) and tells the user what the recap holds. */
async function report(io: Io, r: Finished): Promise<ExitCode> {
  const { json, out, recap, portalDir, tahun, write } = r;
  const years = recap.flatMap((e) => (e.kind === 'unit' && e.meta.year !== null ? [e.meta.year] : []));
  const year = tahun ?? years[0] ?? null;
  const lists = unitLists(recap, year);
  if (portalDir) {
    await write(join(portalDir, 'unit-wbk.json'), JSON.stringify(lists.WBK, null, 2) + '\n');
    await write(join(portalDir, 'unit-wbbm.json'), JSON.stringify(lists.WBBM, null, 2) + '\n');
  }
  const units = recap.filter((e) => e.kind === 'unit');
  const failures = recap.filter((e) => e.kind === 'failure');
  if (json) {
    io.out(JSON.stringify({ out, units, failures, lists }, null, 2) + '\n');
  } else {
    io.out(
      `Rekap ${out}: ${units.length} unit dari ${r.count} berkas; ${failures.length} tidak terbaca; usulan TPI: ${lists.WBK.units.length} WBK, ${lists.WBBM.units.length} WBBM.\n`,
    );
    for (const f of failures) io.out(`  tidak terbaca: ${f.file}: ${f.reason}\n`);
    for (const u of units.filter((x) => x.kind === 'unit' && x.duplicateOf.length > 0))
      io.out(`  unit ganda: ${u.file}\n`);
  }
  return EXIT.ok;
}
