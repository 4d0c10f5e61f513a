import { indexOf, LKE_2021 } from '../../lke';
import { InputError } from '../../lke/errors';
import { entryCells, PROFIL, SHEETS } from '../../workbook';
import { flagText, parseArgs } from '../args';
import { EXIT, type ExitCode, type Io } from '../io';
import { answersJsonSource, loadLke } from '../sources';
import { circulatedSource } from '../xlsx/circulated';
import { readInput } from './score';
import { writeOutput } from './template';
import { loadXlsx, requireTemplate } from '../xlsx/readWorkbook';
import { readTemplate } from '../xlsx/templateSource';

export const IMPORT_USAGE = 'lke-zi import JAWABAN.json|LAMA.xlsx --into LKE.xlsx [--out TERISI.xlsx]';

/**
 * `lke-zi import JAWABAN.json|LAMA.xlsx --into LKE.xlsx [--out TERISI.xlsx]`: puts the answers of a PortalRB
 * answers file or of a circulated "LKE ZI" workbook (unit and TPI answers, notes, evidence) into the input cells
 * of our template. Refuses unknown soal ids and workbooks that are not
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
  // A PortalRB answers file, or a circulated "LKE ZI" workbook whose answers, notes and links move over.
  const { entries, meta, notes } = await loadLke(await readInput(io, answersFile), answersFile, [
    circulatedSource,
    answersJsonSource,
  ]);
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
  if (notes.length > 0) io.out(notes.join('\n') + '\n');
  return EXIT.ok;
}
