import { LKE_2021, THRESHOLDS_2021 } from '../../lke';
import { InputError } from '../../lke/errors';
import { planWorkbook } from '../../workbook';
import { flagText, parseArgs } from '../args';
import { EXIT, type ExitCode, type Io } from '../io';
import { xlsxFromPlan } from '../xlsx/writePlan';

export const TEMPLATE_USAGE = 'lke-zi template --out LKE.xlsx [--unit NAMA] [--year TAHUN]';

function yearOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  const n = Number(text);
  if (!/^\d{4}$/.test(text) || n < 2000 || n > 2100) {
    throw new InputError(
      `--year harus tahun empat angka (2000–2100), bukan "${text}"`,
      `--year must be a four-digit year (2000–2100), not "${text}"`,
    );
  }
  return n;
}

/**
 * `lke-zi template --out LKE.xlsx [--unit NAMA] [--year TAHUN]`: writes the LKE workbook (sheets Jawaban, Rekap,
 * Profil; live formulas; drop-downs; protection without password).
 */
export async function templateCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const args = parseArgs(argv, []);
  const out = flagText(args, 'out');
  if (out === undefined || args.positional.length > 0)
    throw new InputError(`pemakaian: ${TEMPLATE_USAGE}`, `usage: ${TEMPLATE_USAGE}`);
  const plan = planWorkbook(LKE_2021, THRESHOLDS_2021, {
    unitName: flagText(args, 'unit') ?? null,
    year: yearOf(flagText(args, 'year')) ?? LKE_2021.year,
  });
  await writeOutput(io, out, await xlsxFromPlan(plan));
  io.out(
    `Templat LKE ditulis ke ${out} (${plan.identity.templateId} versi ${plan.identity.templateVersion}).\n`,
  );
  return EXIT.ok;
}

/** Writes a file named on the command line, with an Indonesian reason when it cannot. */
export async function writeOutput(io: Io, file: string, data: Buffer | string): Promise<void> {
  try {
    await io.writeFile(file, data);
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'error';
    throw new InputError(`tidak dapat menulis ${file} (${code})`, `cannot write ${file} (${code})`);
  }
}
