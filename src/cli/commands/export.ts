import { LKE_2021, toPortalAnswers } from '../../lke';
import { InputError } from '../../lke/errors';
import { flagOn, flagText, parseArgs } from '../args';
import { refuseInputAsOutput, writeOutput } from '../atomic';
import { EXIT, type ExitCode, type Io } from '../io';
import { readInput } from './score';
import { loadXlsx } from '../xlsx/readWorkbook';
import { readTemplate } from '../xlsx/templateSource';

export const EXPORT_USAGE = 'lke-zi export TERISI.xlsx --out JAWABAN.json [--force]';

/**
 * `lke-zi export TERISI.xlsx --out JAWABAN.json [--force]`: the PortalRB answers file (every soal, unit and TPI
 * answers, notes, evidence; unit id, name and year from sheet Profil) read from our template's input cells.
 * The output may not be the workbook itself; an existing file is refused unless `--force`.
 */
export async function exportCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const args = parseArgs(argv, { booleans: ['force'], values: ['out'] });
  const file = args.positional[0];
  const out = flagText(args, 'out');
  if (file === undefined || args.positional.length > 1 || out === undefined) {
    throw new InputError(`pemakaian: ${EXPORT_USAGE}`, `usage: ${EXPORT_USAGE}`);
  }
  await refuseInputAsOutput(io, out, [file]);
  const wb = await loadXlsx(await readInput(io, file), file);
  const r = readTemplate(wb, LKE_2021, file);
  const json = toPortalAnswers(LKE_2021, r.entries, r.meta);
  await writeOutput(io, out, JSON.stringify(json, null, 2) + '\n', { replace: flagOn(args, 'force') });
  io.out(`${json.answers.length} soal dari ${file} ditulis ke ${out}.\n`);
  if (r.audit.length > 0)
    io.err(
      `lke-zi export: peringatan: ${r.audit.length} sel rumus tidak sesuai templat (formula cells differ from the template); jawaban tetap dibaca dari sel isian.\n`,
    );
  return EXIT.ok;
}
