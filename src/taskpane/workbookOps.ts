import { LKE_2021, THRESHOLDS_2021, type Catalogue, type Thresholds } from '../lke';
import { planWorkbook, SHEETS, type WorkbookPlan } from '../workbook';
import { applyPlan, type ApplyOptions, type ApplyResult } from '../excel/apply';
import { readWorkbook, type WorkbookReading } from '../excel/read';
import { watchChanges } from '../excel/events';
import type { ExcelRun } from '../excel/run';

/** The Excel operations the pane uses: the only door from components to the workbook. */
export interface WorkbookOps {
  readonly catalogue: Catalogue;
  readonly thresholds: Thresholds;
  apply(options: ApplyOptions): Promise<ApplyResult>;
  read(): Promise<WorkbookReading>;
  /** Hints to refresh on edits of the template's input sheets; resolves to the stop function. */
  watch(onHint: () => void): Promise<() => void>;
}

/**
 * The pane's operations over a run function (`officeRun()` in Excel, `previewRun(book)` in the preview). The
 * plan is built on first use.
 *
 * @example
 * const ops = workbookOps(officeRun());
 * await ops.apply({ onProgress: console.info }); // → { kind: 'applied', syncs: 2, … }
 */
export function workbookOps(
  run: ExcelRun,
  catalogue: Catalogue = LKE_2021,
  thresholds: Thresholds = THRESHOLDS_2021,
): WorkbookOps {
  let plan: WorkbookPlan | null = null;
  const getPlan = (): WorkbookPlan => (plan ??= planWorkbook(catalogue, thresholds));
  return {
    catalogue,
    thresholds,
    apply: (options) => applyPlan(run, getPlan(), options),
    read: () => readWorkbook(run, getPlan(), catalogue),
    watch: (onHint) => watchChanges(run, [SHEETS.jawaban, SHEETS.profil], onHint),
  };
}
