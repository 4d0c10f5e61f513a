import { InputError } from '../lke';
import { scoreLoaded } from '../rekap/recap';
import type { RecapEntry } from '../rekap/types';
import { failureOf, readLkeFile, type WalkedInput } from './recapInputs';
import { issueCell } from './issueCell';
import { problemRows, type CellOf, type ProblemRow } from './xlsx/recapWorkbook';

/** What the recap keeps of one input: its row, its PortalRB answers file and its sheet Masalah rows. */
export interface RecapRead {
  readonly entry: RecapEntry;
  /** The PortalRB answers file (JSON text), null for a file that could not be used. */
  readonly answers: string | null;
  /** Sheet Masalah's rows for this file. */
  readonly problems: readonly ProblemRow[];
}

/**
 * Reads and scores one input of `lke-zi rekap`; never throws: a file that cannot be used becomes a failure row
 * with its reason, as the walk's own problems (a pipe, a loop) do.
 *
 * @example
 * (await readForRecap({ path: 'masuk/kppn.json', problem: null })).entry.kind // → 'unit'
 * (await readForRecap({ path: 'masuk/pipa', problem: { id: 'bukan berkas biasa', en: 'not a regular file' } }))
 *   .entry // → { kind: 'failure', file: 'masuk/pipa', reason: 'bukan berkas biasa', … }
 */
export async function readForRecap(input: WalkedInput, cellOf: CellOf = issueCell): Promise<RecapRead> {
  const file = input.path;
  if (input.problem)
    return {
      entry: failureOf(file, null, new InputError(input.problem.id, input.problem.en)),
      answers: null,
      problems: [],
    };
  const read = await readLkeFile(file);
  if (!read.ok) return { entry: read.failure, answers: null, problems: [] };
  try {
    const { evaluation, unit, answers } = scoreLoaded(file, read.loaded);
    const rows = problemRows(read.loaded.meta.unitName ?? file, file, evaluation.issues, cellOf);
    return {
      entry: unit,
      answers: JSON.stringify(answers, null, 2) + '\n',
      problems: rows,
    };
  } catch (e) {
    return { entry: failureOf(file, null, e), answers: null, problems: [] };
  }
}
