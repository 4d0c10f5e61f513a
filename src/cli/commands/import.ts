import { LKE_2021, THRESHOLDS_2021, validate } from '../../lke';
import { InputError } from '../../lke/errors';
import { cellsOf, inputWrites, planWorkbook, type CellWrite } from '../../workbook';
import { flagOn, flagText, parseArgs } from '../args';
import { refuseExisting, refuseInputAsOutput, sameFile, writeOutput } from '../atomic';
import { EXIT, type ExitCode, type Io } from '../io';
import { answersJsonSource, loadLke } from '../sources';
import { circulatedSource } from '../xlsx/circulated';
import { readInput } from './score';
import { loadXlsx } from '../xlsx/readWorkbook';
import { readTemplate } from '../xlsx/templateSource';
import { importJson, importText, type ImportOutcome } from './importReport';
import type ExcelJS from 'exceljs';

export const IMPORT_USAGE =
  'lke-zi import JAWABAN.json|LAMA.xlsx --into LKE.xlsx [--out TERISI.xlsx] [--replace] [--force] [--json]';

/** Every input cell of the plan (`Sheet!A1`): the only cells an import may write. */
function inputCells(): ReadonlySet<string> {
  const plan = planWorkbook(LKE_2021, THRESHOLDS_2021);
  return new Set(plan.sheets.flatMap((s) => s.unlocked.flatMap(cellsOf).map((a) => `${s.name}!${a}`)));
}

function applyWrites(wb: ExcelJS.Workbook, writes: readonly CellWrite[]): void {
  const allowed = inputCells();
  for (const w of writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws || !allowed.has(`${w.sheet}!${w.address}`))
      throw new Error(`import planned a write outside the input cells: ${w.sheet}!${w.address}`);
    ws.getCell(w.address).value = w.value;
  }
}

/**
 * `lke-zi import JAWABAN.json|LAMA.xlsx --into LKE.xlsx [--out TERISI.xlsx] [--replace] [--force] [--json]`:
 * puts the answers of a PortalRB answers file or of a circulated "LKE ZI" workbook (unit and TPI answers, notes,
 * evidence; the unit's name, id and year) into the input cells of our template, by the one rule of
 * `inputWrites`: a field the file leaves empty keeps its cell (`--replace`: the file is the whole truth for the
 * soal it lists). Prints what changed, what was left and every entry that is now an error (exit 1 then).
 * Without --out the workbook is updated in place; any other existing --out is refused unless --force; the
 * output may not be the answers file. Every write is atomic.
 */
export async function importCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const args = parseArgs(argv, { booleans: ['replace', 'force', 'json'], values: ['into', 'out'] });
  const answersFile = args.positional[0];
  const into = flagText(args, 'into');
  if (answersFile === undefined || args.positional.length > 1 || into === undefined) {
    throw new InputError(`pemakaian: ${IMPORT_USAGE}`, `usage: ${IMPORT_USAGE}`);
  }
  const out = flagText(args, 'out') ?? into;
  await refuseInputAsOutput(io, out, [answersFile]);
  await refuseInputAsOutput(io, into, [answersFile]);
  const inPlace = await sameFile(io, out, into);
  const replace = inPlace || flagOn(args, 'force');
  await refuseExisting(io, out, { replace });
  const mode = flagOn(args, 'replace') ? 'replace' : 'merge';
  // A PortalRB answers file, or a circulated "LKE ZI" workbook whose answers, notes and links move over.
  const incoming = await loadLke(await readInput(io, answersFile), answersFile, [
    circulatedSource,
    answersJsonSource,
  ]);
  const wb = await loadXlsx(await readInput(io, into), into);
  const now = readTemplate(wb, LKE_2021, into);
  const plan = inputWrites(LKE_2021, now, incoming, mode);
  applyWrites(wb, plan.writes);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  await writeOutput(io, out, bytes, { replace });
  const errors = validate(LKE_2021, plan.entries).filter((i) => i.severity === 'error');
  const outcome: ImportOutcome = { from: answersFile, out, mode, plan, errors };
  if (flagOn(args, 'json')) io.out(JSON.stringify(importJson(outcome), null, 2) + '\n');
  else {
    io.out(importText(outcome));
    if (incoming.notes.length > 0) io.out(incoming.notes.join('\n') + '\n');
  }
  return errors.length > 0 ? EXIT.entryErrors : EXIT.ok;
}
