import { LKE_2021, THRESHOLDS_2021 } from '../../lke';
import { InputError } from '../../lke/errors';
import { planWorkbook } from '../../workbook';
import { flagOn, flagText, flagYear, parseArgs } from '../args';
import { writeOutput } from '../atomic';
import { EXIT, type ExitCode, type Io } from '../io';
import { xlsxFromPlan } from '../xlsx/writePlan';

export const TEMPLATE_USAGE = 'lke-zi template --out LKE.xlsx [--unit NAMA] [--year TAHUN] [--force]';

/**
 * `lke-zi template --out LKE.xlsx [--unit NAMA] [--year TAHUN] [--force]`: writes the LKE workbook (sheets
 * Jawaban, Rekap, Profil; live formulas; drop-downs; protection without password). An existing file is refused
 * unless `--force`; the file appears whole or not at all.
 */
export async function templateCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const args = parseArgs(argv, { booleans: ['force'], values: ['out', 'unit', 'year'] });
  const out = flagText(args, 'out');
  if (out === undefined || args.positional.length > 0)
    throw new InputError(`pemakaian: ${TEMPLATE_USAGE}`, `usage: ${TEMPLATE_USAGE}`);
  const plan = planWorkbook(LKE_2021, THRESHOLDS_2021, {
    unitName: flagText(args, 'unit') ?? null,
    year: flagYear(args, 'year') ?? LKE_2021.year,
  });
  await writeOutput(io, out, await xlsxFromPlan(plan), { replace: flagOn(args, 'force') });
  io.out(
    `Templat LKE ditulis ke ${out} (${plan.identity.templateId} versi ${plan.identity.templateVersion}).\n`,
  );
  return EXIT.ok;
}
