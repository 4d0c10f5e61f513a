/**
 * How the server reads the folder: exactly as `lke-zi rekap` does, through the same functions (the walk that
 * survives any bad file, the bounded per-file read, the engine, the recap figures, the PortalRB answers writer).
 * {@link listFolder}, {@link walkFailure}, {@link readUnitFile} and {@link readUnitFiles} are all the server calls.
 */
import type { PortalAnswersFile } from '../lke';
import type { RecapFailure, RecapUnit } from '../rekap/types';
import { failureOf, readScored, walkInputs, type WalkedInput } from '../cli/recapInputs';
import { readInOrder } from '../cli/readPool';
import type { RecapRead } from '../cli/recapRead';

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

/** A recap reader's result as the server holds it. */
function readingOf(file: string, r: RecapRead): FileReading {
  if (r.entry.kind === 'failure') return r.entry;
  if (r.answers === null) return failureOf(file, null, new Error('no PortalRB answers'));
  return { kind: 'unit', unit: r.entry, answers: r.answers };
}

/**
 * Reads many files as `rekap` does, through the same reader processes (one per core, for six files or more),
 * and hands each reading on in input order; the server's start-up reads its whole folder this way.
 *
 * @example
 * await readUnitFiles(walked, (file, reading) => held.set(file, reading)); // → 2 readers on a 2-core machine
 */
export function readUnitFiles(
  inputs: readonly WalkedInput[],
  each: (file: string, reading: FileReading) => void,
): Promise<number> {
  return readInOrder(
    inputs,
    (r, input) => {
      each(input.path, readingOf(input.path, r));
      return Promise.resolve();
    },
    { answers: true },
  );
}
