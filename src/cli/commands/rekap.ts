import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { InputError } from '../../lke';
import { finishRecap, unitLists } from '../../rekap/recap';
import type { RecapEntry } from '../../rekap/types';
import { flagOn, flagText, flagYear, parseArgs } from '../args';
import { refuseExisting, refuseInputAsOutput, writeOutput } from '../atomic';
import { pathInside, safeFileName } from '../safeName';
import { EXIT, type ExitCode, type Io } from '../io';
import { progress } from '../progress';
import { walkInputs } from '../recapInputs';
import { readInOrder } from '../readPool';
import { openRecapWorkbook, type RecapWriter } from '../xlsx/recapWorkbook';
import type { CellOf } from '../problemRows';
import { issueCell } from '../issueCell';
import { writeProposal } from './rekapSurat';

export const REKAP_USAGE =
  'lke-zi rekap DIR_OR_FILES... --out REKAP.xlsx [--json] [--portalrb DIR] [--tahun YYYY] [--force] [--surat USULAN.docx]';

export { expandInputs, failureOf } from '../recapInputs';

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
  const args = parseArgs(argv, {
    booleans: ['json', 'force'],
    values: ['out', 'portalrb', 'tahun', 'surat'],
  });
  const out = flagText(args, 'out');
  if (args.positional.length === 0 || out === undefined)
    throw new InputError(`pemakaian: ${REKAP_USAGE}`, `usage: ${REKAP_USAGE}`);
  const portalDir = flagText(args, 'portalrb');
  const tahun = flagYear(args, 'tahun');
  const replace = flagOn(args, 'force');
  await refuseInputAsOutput(io, out, args.positional);
  await refuseExisting(io, out, { replace });
  if (portalDir) await refuseExisting(io, join(portalDir, 'unit-wbk.json'), { replace });
  const surat = flagText(args, 'surat');
  if (surat !== undefined) {
    await refuseInputAsOutput(io, surat, args.positional);
    await refuseExisting(io, surat, { replace });
  }
  // A recap found while walking a folder (a previous run's --out) is not a unit.
  const walked = (await walkInputs(args.positional)).filter((w) => resolve(w.path) !== resolve(out));
  const files = walked.map((w) => w.path);
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
  // One file at a time: only its figures stay in memory; its problems go straight to the workbook on disk.
  const work = await mkdtemp(join(tmpdir(), 'lke-rekap-'));
  try {
    let opened: RecapWriter | null = null;
    const workbook = (): RecapWriter => (opened ??= openRecapWorkbook(join(work, 'rekap.xlsx')));
    // Opened (exceljs loaded) once the readers have started: this thread has nothing else to do then.
    const early = setTimeout(workbook, 0);
    await readInOrder(
      walked,
      async ({ entry, answers, problems }, { path: file }) => {
        entries.push(entry);
        workbook().problems(problems);
        if (portalDir && answers !== null)
          await write(
            pathInside(join(portalDir, 'jawaban-unit'), answersFileName(entry, used)),
            JSON.stringify(answers, null, 2) + '\n',
          );
        bar.tick(file);
      },
      { cellOf, answers: Boolean(portalDir) },
    );
    clearTimeout(early);
    bar.done();
    const recap = finishRecap(entries);
    await write(out, await workbook().finish(recap));
    return report(io, {
      json: args.flags.get('json') === true,
      out,
      count: files.length,
      recap,
      portalDir,
      tahun,
      write,
      replace,
      surat: flagText(args, 'surat'),
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
  readonly write: (path: string, data: Buffer | string) => Promise<void>;
  readonly replace: boolean;
  readonly surat?: string | undefined;
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
  if (r.surat) await writeProposal(io, r.surat, recap, year, r.replace);
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
