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

/**
 * Every question where the TPI's usable answer differs from the unit's, with its effect on the TPI total
 * (largest first) and the TPI answer cell to go to.
 *
 * @example
 * differenceRows(LKE_2021, entries)[0]
 * // → { soalId: 125, code: 'B.I.a', unit: 3.4, tpi: 3.3, effect: -0.4375, cell: { sheet: 'Jawaban', address: 'N199' }, … }
 */
export function differenceRows(catalogue: Catalogue, entries: Entries): DifferenceRow[] {
  const ix = indexOf(catalogue);
  return differences(catalogue, entries).map((d) => {
    const q = ix.question.get(d.soalId);
    return { ...d, cell: q ? inputCell(q, 'tpi') : { sheet: '', address: '' } };
  });
}

/**
 * What would have to change in one column (the headline column) to reach Menuju WBK and Menuju WBBM
 * (src/lke pathTo). Heavier than the model (it rescores the LKE many times), so the Tinjau view computes it
 * after its first paint.
 *
 * @example
 * pathsTo(LKE_2021, THRESHOLDS_2021, entries, { heldPredicate: 'none' }, 'tpi').WBK.steps[0]
 * // → { kind: 'question', code: 'B.I.a', from: [3.3], to: [4], gain: 3.06…, … }
 */
export function pathsTo(
  catalogue: Catalogue,
  thresholds: Thresholds,
  entries: Entries,
  profile: UnitProfile,
  column: Column,
): Record<Predicate, PathToPredicate> {
  const paths = {} as Record<Predicate, PathToPredicate>;
  for (const p of PREDICATES) paths[p] = pathTo(catalogue, thresholds, entries, column, profile, p);
  return paths;
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
