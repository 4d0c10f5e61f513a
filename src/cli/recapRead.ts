import type { PortalAnswersFile } from '../lke';
import type { RecapEntry } from '../rekap/types';
import { failureOf, readScored, type WalkedInput } from './recapInputs';
import { issueCell } from './issueCell';
import { problemRows, type CellOf, type ProblemRow } from './problemRows';

/** What the recap keeps of one input: its row, its PortalRB answers file and its sheet Masalah rows. */
export interface RecapRead {
  readonly entry: RecapEntry;
  /** The PortalRB answers file; null for a file that could not be used, or when not asked for. */
  readonly answers: PortalAnswersFile | null;
  /** Sheet Masalah's rows for this file. */
  readonly problems: readonly ProblemRow[];
}

/**
 * Reads and scores one input of `lke-zi rekap` (its PortalRB answers file too, unless `withAnswers` is false:
 * a recap without --portalrb writes none); never throws: a file that cannot be used becomes a failure row
 * with its reason, as the walk's own problems (a pipe, a loop) do.
 *
 * @example
 * (await readForRecap({ path: 'masuk/kppn.json', problem: null })).entry.kind // → 'unit'
 * (await readForRecap({ path: 'masuk/pipa', problem: { id: 'bukan berkas biasa', en: 'not a regular file' } }))
 *   .entry // → { kind: 'failure', file: 'masuk/pipa', reason: 'bukan berkas biasa', … }
 */
export async function readForRecap(
  input: WalkedInput,
  cellOf: CellOf = issueCell,
  withAnswers = true,
): Promise<RecapRead> {
  const file = input.path;
  const scored = await readScored(input);
  if (!scored.ok) return { entry: scored.failure, answers: null, problems: [] };
  try {
    const { evaluation, unit, answers, loaded } = scored;
    const rows = problemRows(loaded.meta.unitName ?? file, file, evaluation.issues, cellOf);
    return {
      entry: unit,
      answers: withAnswers ? answers : null,
      problems: rows,
    };
  } catch (e) {
    return { entry: failureOf(file, null, e), answers: null, problems: [] };
  }
}
