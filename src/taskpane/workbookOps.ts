import type { Catalogue, Thresholds } from '../lke';
import type { WorkbookPlan } from '../workbook';
import type { ApplyOptions, ApplyResult } from '../excel/apply';
import type { WorkbookReading } from '../excel/read';
import type { ExcelRun } from '../excel/run';
import type { ColumnSummary } from './summary';

/** A workbook reading with, when it holds our template, the Status summary cross-checked with the engine. */
export interface SummarisedReading {
  readonly reading: WorkbookReading;
  readonly summary: readonly ColumnSummary[] | null;
}

/** The Excel operations the pane uses: the only door from components to the workbook. */
export interface WorkbookOps {
  apply(options: ApplyOptions): Promise<ApplyResult>;
  read(): Promise<SummarisedReading>;
  /** Hints to refresh on edits of the template's input sheets; resolves to the stop function. */
  watch(onHint: () => void): Promise<() => void>;
}

type Engine = typeof import('./engine');

/** Loads the engine chunk (catalogue, planner, adapter) on first use. */
const loadEngine = (): Promise<Engine> => import(/* webpackChunkName: "engine" */ './engine');

/**
 * The pane's operations over a run function (`officeRun()` in Excel, `previewRun(book)` in the preview). The
 * catalogue, planner and adapter load on first use, after the pane's first render; the plan is built once.
 *
 * @example
 * const ops = workbookOps(officeRun());
 * await ops.apply({ onProgress: console.info }); // → { kind: 'applied', syncs: 2, … }
 */
export function workbookOps(run: ExcelRun): WorkbookOps {
  let ready: Promise<{ e: Engine; plan: WorkbookPlan; catalogue: Catalogue; thresholds: Thresholds }> | null =
    null;
  const engine = (): NonNullable<typeof ready> =>
    (ready ??= loadEngine().then((e) => {
      const catalogue = e.LKE_2021;
      const thresholds = e.THRESHOLDS_2021;
      return { e, plan: e.planWorkbook(catalogue, thresholds), catalogue, thresholds };
    }));
  return {
    apply: async (options) => {
      const { e, plan } = await engine();
      return e.applyPlan(run, plan, options);
    },
    read: async () => {
      const { e, plan, catalogue, thresholds } = await engine();
      const reading = await e.readWorkbook(run, plan, catalogue);
      return {
        reading,
        summary: reading.kind === 'read' ? e.summarise(reading, catalogue, thresholds) : null,
      };
    },
    watch: async (onHint) => {
      const { e } = await engine();
      return e.watchChanges(run, [e.SHEETS.jawaban, e.SHEETS.profil], onHint);
    },
  };
}
