import type { Entries } from '../lke/answers';
import type { Catalogue } from '../lke/catalogue/types';
import { LKE_2021 } from '../lke/data/lke2021.generated';
import { InputError } from '../lke/errors';
import { compareCirculated, type CirculatedComparison } from './compare';
import type { CellGrid } from './grid';
import { MESSAGES } from './messages';
import { readCirculated, type UnmatchedRow } from './read';

/** What the pane needs to offer a migration: the answers to write, what could not be placed, and why the scores differ. */
export interface CirculatedMigration {
  /** The unit's answers, notes and evidence by soal id, ready for our sheets. */
  readonly entries: Entries;
  /** Rows holding something of the unit's that no soal id could be found for (listed, never guessed). */
  readonly unmatched: readonly UnmatchedRow[];
  /** Catalogue questions the file has no row for. */
  readonly missingQuestions: readonly number[];
  readonly comparison: CirculatedComparison;
}

/**
 * The pure entry point for the task pane's "bring your existing LKE" offer: given the cells of a
 * circulated "LKE ZI" sheet (fed from office-js or exceljs), returns the entries to write into our
 * sheets, the unmatched rows and the comparison with the rule book. The old sheet is only read.
 * Throws {@link InputError} when the sheet is not the circulated layout or no row matches.
 *
 * @example
 * const m = migrateCirculated(grid);
 * m.entries.get(27)                      // → { unit: 'Ya', tpi: null, unitNote: …, unitEvidence: … }
 * m.unmatched.map((u) => u.row)          // → [185]
 * m.comparison.circulated.total          // → 62.506…  (what the old file shows)
 * m.comparison.ruleBook.total            // → the engine's total for the same answers
 */
export function migrateCirculated(grid: CellGrid, catalogue: Catalogue = LKE_2021): CirculatedMigration {
  const reading = readCirculated(grid, catalogue);
  if (reading.questionOfRow.size === 0)
    throw new InputError(MESSAGES.nothingMatched.id, MESSAGES.nothingMatched.en);
  return {
    entries: reading.entries,
    unmatched: reading.unmatched,
    missingQuestions: reading.missingQuestions,
    comparison: compareCirculated(reading),
  };
}
