import { indexOf, LKE_2021, parsePortalAnswers } from '../../lke';
import { InputError } from '../../lke/errors';
import { entryCells, PROFIL, SHEETS } from '../../workbook';
import { flagText, parseArgs } from '../args';
import { EXIT, type ExitCode, type Io } from '../io';
import { parseJson } from '../sources';
import { readInput } from './score';
import { writeOutput } from './template';
import { loadXlsx, requireTemplate } from '../xlsx/readWorkbook';
import { readTemplate } from '../xlsx/templateSource';

export const IMPORT_USAGE = 'lke-zi import JAWABAN.json --into LKE.xlsx [--out TERISI.xlsx]';

/**
 * `lke-zi import JAWABAN.json --into LKE.xlsx [--out TERISI.xlsx]`: puts PortalRB answers (unit and TPI answers,
 * notes, evidence) into the input cells of our template. Refuses unknown soal ids and workbooks that are not
 * our template; never writes a formula cell (checked after writing). Without --out the workbook is updated.
 */
export async function importCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const args = parseArgs(argv, []);
  const answersFile = args.positional[0];
  const into = flagText(args, 'into');
  if (answersFile === undefined || args.positional.length > 1 || into === undefined) {
    throw new InputError(`pemakaian: ${IMPORT_USAGE}`, `usage: ${IMPORT_USAGE}`);
  }
  const out = flagText(args, 'out') ?? into;
  const { entries, meta } = parsePortalAnswers(
    LKE_2021,
    parseJson(await readInput(io, answersFile), answersFile),
  );
  const wb = await loadXlsx(await readInput(io, into), into);
  requireTemplate(wb, LKE_2021, into);
  const before = readTemplate(wb, LKE_2021, into).audit.length;
  const jawaban = wb.getWorksheet(SHEETS.jawaban);
  const profil = wb.getWorksheet(SHEETS.profil);
  if (!jawaban || !profil)
    throw new InputError(`${into}: lembar Jawaban/Profil hilang`, `${into}: sheet Jawaban/Profil is missing`);
  let written = 0;
  for (const q of indexOf(LKE_2021).questions) {
    const e = entries.get(q.soalId);
    if (!e) continue;
    for (const c of entryCells(q, e)) jawaban.getCell(c.address).value = c.value;
    written++;
  }
  if (meta.unitName !== null) profil.getCell(PROFIL.unitName).value = meta.unitName;
  if (meta.unitId !== null) profil.getCell(PROFIL.unitId).value = meta.unitId;
  if (meta.year !== null) profil.getCell(PROFIL.year).value = meta.year;
  const after = readTemplate(wb, LKE_2021, into).audit.length;
  if (after !== before) throw new Error(`import touched ${after - before} formula cell(s)`);
  await writeOutput(io, out, Buffer.from(await wb.xlsx.writeBuffer()));
  io.out(`${written} soal dari ${answersFile} dimasukkan ke ${out}.\n`);
  return EXIT.ok;
}
