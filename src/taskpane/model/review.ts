import {
  differences,
  indexOf,
  pathTo,
  PREDICATES,
  type Catalogue,
  type Column,
  type Difference,
  type Entries,
  type PathToPredicate,
  type Predicate,
  type Thresholds,
  type UnitProfile,
} from '../../lke';
import { inputCell, type CellRef, type FormulaFinding } from '../../workbook';

/** A difference between the TPI and the unit, with the TPI answer cell to go to. */
export interface DifferenceRow extends Difference {
  readonly cell: CellRef;
}

/** What the TPI reviews: differences, and the path to each predicate for one column. */
export interface Review {
  readonly column: Column;
  readonly differences: readonly DifferenceRow[];
  readonly paths: Readonly<Record<Predicate, PathToPredicate>>;
}

/**
 * The TPI review of the entries: every difference with its effect on the TPI total (largest first) and its
 * cell, and for `column` (the headline column) what would have to change to reach Menuju WBK and WBBM.
 * Heavier than the model (pathTo rescoring), so the Tinjau view computes it only when shown.
 *
 * @example
 * reviewOf(LKE_2021, THRESHOLDS_2021, entries, { heldPredicate: 'none' }, 'tpi').paths.WBK.steps[0]
 * // → { kind: 'ratio', code: 'A.II.5.ii.-', from: [3], to: [10], gain: 3, … }
 */
export function reviewOf(
  catalogue: Catalogue,
  thresholds: Thresholds,
  entries: Entries,
  profile: UnitProfile,
  column: Column,
): Review {
  const ix = indexOf(catalogue);
  const rows = differences(catalogue, entries).map((d) => {
    const q = ix.question.get(d.soalId);
    return { ...d, cell: q ? inputCell(q, 'tpi') : { sheet: '', address: '' } };
  });
  const paths = {} as Record<Predicate, PathToPredicate>;
  for (const p of PREDICATES) paths[p] = pathTo(catalogue, thresholds, entries, column, profile, p);
  return { column, differences: rows, paths };
}

/**
 * The findings a restore may rewrite: only planned computed cells, never an input cell of sheet Jawaban
 * (a guard: the audit never reports inputs, and the restore must not write one even if handed one).
 *
 * @example
 * restorable(LKE_2021, [{ sheet: 'Jawaban', address: 'K6', … }, { sheet: 'Rekap', address: 'C24', … }])
 * // → [{ sheet: 'Rekap', address: 'C24', … }]
 */
export function restorable(catalogue: Catalogue, findings: readonly FormulaFinding[]): FormulaFinding[] {
  const inputs = new Set<string>();
  for (const q of indexOf(catalogue).questions) {
    for (const f of ['unit', 'tpi', 'unitNote', 'unitEvidence', 'tpiNote'] as const) {
      const c = inputCell(q, f);
      inputs.add(`${c.sheet}!${c.address}`);
    }
  }
  return findings.filter((f) => !inputs.has(`${f.sheet}!${f.address}`));
}
