import type { WorkbookPlan } from './plan';
import { cellsOf } from './a1';

/** Size of a plan: filled cells, formula cells, validated cells, names. */
export interface PlanStats {
  readonly cells: number;
  readonly formulas: number;
  readonly validations: number;
  readonly validatedCells: number;
  readonly conditionalFormats: number;
  readonly names: number;
}

/**
 * Counts what a plan writes.
 *
 * @example
 * planStats(planWorkbook(LKE_2021, THRESHOLDS_2021)).formulas // → the number of formula cells
 */
export function planStats(plan: WorkbookPlan): PlanStats {
  let cells = 0;
  let formulas = 0;
  for (const s of plan.sheets) {
    for (const b of s.blocks) {
      for (const row of b.cells) {
        for (const v of row) {
          if (v === null) continue;
          cells++;
          if (typeof v === 'string' && v.startsWith('=')) formulas++;
        }
      }
    }
  }
  const validations = plan.sheets.flatMap((s) => s.validations);
  return {
    cells,
    formulas,
    validations: validations.length,
    validatedCells: validations.reduce((n, v) => n + cellsOf(v.range).length, 0),
    conditionalFormats: plan.sheets.reduce((n, s) => n + s.conditionalFormats.length, 0),
    names: plan.names.length,
  };
}
