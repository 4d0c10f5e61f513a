/**
 * How the server reads the folder: exactly as `lke-zi rekap` does, through the same functions (the walk that
 * survives any bad file, the bounded per-file read, the engine, the recap figures, the PortalRB answers writer).
 * {@link listFolder}, {@link walkFailure} and {@link readUnitFile} are all the server calls.
 */
import type { PortalAnswersFile } from '../lke';
import type { RecapFailure, RecapUnit } from '../rekap/types';
import { readScored, walkInputs, type WalkedInput } from '../cli/recapInputs';

/** A file read whole as one unit: its recap figures and its PortalRB answers (what `rekap --portalrb` writes). */
export interface UnitReading {
  readonly kind: 'unit';
  readonly unit: RecapUnit;
  readonly answers: PortalAnswersFile;
}

export type FileReading = UnitReading | RecapFailure;

/** Every candidate file under `dir`, as `rekap DIR` finds them, each with the walk's reason when it cannot be read. */
export function listFolder(dir: string): Promise<WalkedInput[]> {
  return walkInputs([dir]);
}

export { walkFailure } from '../cli/recapInputs';

/**
 * Reads one file as `rekap` does: a regular file under the size limits, any supported source, scored,
 * summarised, and its answers in PortalRB's form. Never throws: a file that cannot be used is a
 * {@link RecapFailure} with the reason.
 *
 * @example
 * (await readUnitFile('masuk/kppn.json')).kind // → 'unit' (or 'failure' with reason 'bukan JSON yang sah …')
 */
export async function readUnitFile(file: string): Promise<FileReading> {
  const scored = await readScored({ path: file, problem: null });
  return scored.ok ? { kind: 'unit', unit: scored.unit, answers: scored.answers } : scored.failure;
}
