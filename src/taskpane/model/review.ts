import {
  differences,
  indexOf,
  pathTo,
  PREDICATES,
  scoreColumn,
  verdict,
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
import { questionGroups } from './groups';
import type { GroupId } from './types';

/** A difference between the TPI and the unit, with the TPI answer cell to go to, its area, and its weight. */
export interface DifferenceRow extends Difference {
  readonly cell: CellRef;
  readonly group: GroupId;
  /** True when the TPI's score verdict (WBK or WBBM, every score criterion) would differ had the TPI kept the unit's answer. */
  readonly changesVerdict: boolean;
}

/** For each predicate, whether every score criterion passes (judged even while entries are missing). */
function scorePasses(
  catalogue: Catalogue,
  thresholds: Thresholds,
  entries: Entries,
  profile: UnitProfile,
): string {
  const s = scoreColumn(catalogue, entries, 'tpi');
  return PREDICATES.map((p) =>
    verdict(catalogue, thresholds, s, profile, p)
      .criteria.filter((c) => c.id !== 'predikat-wbk')
      .every((c) => c.passed),
  ).join();
}

/**
 * Every question where the TPI's usable answer differs from the unit's, with its effect on the TPI total
 * (largest first), the TPI answer cell to go to, its area, and whether it changes the TPI's verdict on the score
 * (WBK or WBBM passes with the TPI's answer and not with the unit's, or the other way round).
 *
 * @example
 * differenceRows(LKE_2021, THRESHOLDS_2021, entries, { heldPredicate: 'none' })[0]
 * // → { soalId: 125, code: 'B.I.a', unit: 3.4, tpi: 3.3, effect: -0.4375, group: 'hasil', changesVerdict: false, … }
 */
export function differenceRows(
  catalogue: Catalogue,
  thresholds: Thresholds,
  entries: Entries,
  profile: UnitProfile,
): DifferenceRow[] {
  const ix = indexOf(catalogue);
  const groups = questionGroups(catalogue);
  const now = scorePasses(catalogue, thresholds, entries, profile);
  return differences(catalogue, entries).map((d) => {
    const q = ix.question.get(d.soalId);
    const asUnit = new Map(entries);
    const e = entries.get(d.soalId);
    if (e) asUnit.set(d.soalId, { ...e, tpi: e.unit });
    return {
      ...d,
      cell: q ? inputCell(q, 'tpi') : { sheet: '', address: '' },
      group: groups.get(d.soalId) ?? 'hasil',
      changesVerdict: scorePasses(catalogue, thresholds, asUnit, profile) !== now,
    };
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
