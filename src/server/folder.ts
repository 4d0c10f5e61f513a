/**
 * How the server reads the folder: the same functions as `lke-zi rekap` (walk, source detection, scoring, the
 * recap figures, the PortalRB answers writer). This is the one module to switch when the shared per-file reader
 * (bounded, streaming) lands: {@link readUnitFile} and {@link listFolder} are all the server calls.
 */
import { readFile } from 'node:fs/promises';
import { evaluate, LKE_2021, THRESHOLDS_2021, toPortalAnswers, type PortalAnswersFile } from '../lke';
import type { RecapFailure, RecapUnit } from '../rekap/types';
import { recapUnit } from '../rekap/recap';
import { expandInputs, failureOf } from '../cli/commands/rekap';
import { loadLke } from '../cli/sources';

/** Files the walk lists so that they are reported, not read (as in `rekap`). */
const SEEN_BUT_UNREADABLE = /\.(xls|ods|csv)$/i;

/** A file read whole as one unit: its recap figures and its PortalRB answers (what `rekap --portalrb` writes). */
export interface UnitReading {
  readonly kind: 'unit';
  readonly unit: RecapUnit;
  readonly answers: PortalAnswersFile;
}

export type FileReading = UnitReading | RecapFailure;

/** Every candidate file under `dir`, as `rekap DIR` finds them. */
export function listFolder(dir: string): Promise<string[]> {
  return expandInputs([dir]);
}

/**
 * Reads one file from its bytes as `rekap` does: any supported source, scored, summarised, and its answers in
 * PortalRB's form. Never throws: a file that cannot be used is a {@link RecapFailure} with the reason.
 *
 * @example
 * (await readUnitBytes('dir/kppn.json', bytes)).kind // → 'unit' (or 'failure' with reason 'bukan JSON yang sah …')
 */
export async function readUnitBytes(file: string, bytes: Buffer | null): Promise<FileReading> {
  try {
    if (bytes === null || SEEN_BUT_UNREADABLE.test(file)) throw new Error('unreadable');
    const loaded = await loadLke(bytes, file);
    const profile = loaded.profile ?? { heldPredicate: 'none' as const };
    const evaluation = evaluate(LKE_2021, THRESHOLDS_2021, loaded.entries, profile);
    const audit = loaded.extras.formula_audit;
    const tampered = Array.isArray(audit) ? audit.length : 0;
    const unit = recapUnit({ file, meta: loaded.meta, entries: loaded.entries, evaluation, tampered });
    return { kind: 'unit', unit, answers: toPortalAnswers(LKE_2021, loaded.entries, loaded.meta) };
  } catch (e) {
    return failureOf(file, bytes, e);
  }
}

/** Reads one file from disk (see {@link readUnitBytes}). */
export async function readUnitFile(file: string): Promise<FileReading> {
  return readUnitBytes(file, await readFile(file).catch(() => null));
}
