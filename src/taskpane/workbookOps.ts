import type { Catalogue, Entries, Thresholds } from '../lke';
import type { FormulaFinding, ProfileReading, WorkbookPlan } from '../workbook';
import type { ApplyOptions, ApplyResult } from '../excel/apply';
import type { WorkbookReading } from '../excel/read';
import type { ExcelRun } from '../excel/run';
import type { InputWrite } from '../excel/write';
import { OwnWrites, type SelectedCell } from '../excel/events';
import type { MigrationResult } from './model/types';
import { loadEngine, type Engine } from './loadEngine';
import type { LheInput } from '../report/lheInput';

/** A workbook reading (one round trip) with the formula audit and the circulated sheet found beside it. */
export interface PaneReading {
  readonly reading: WorkbookReading;
  readonly findings: readonly FormulaFinding[];
  readonly circulatedSheet: string | null;
  /** The catalogue and thresholds the engine chunk read with (the model is built over them). */
  readonly catalogue: Catalogue;
  readonly thresholds: Thresholds;
}

/** The cell the user selected (a single cell or the top-left of a range), 1-based row and column. */
export type { SelectedCell } from '../excel/events';

/** What the workbook tells the pane between readings: hints only, a manual refresh always stays. */
export interface WatchHints {
  /** Something on the template's sheets changed (an edit, a paste, a recalculation): read again. */
  changed(): void;
  /** The selection moved (sheet Jawaban): the pane shows the question under the cursor. */
  selected(cell: SelectedCell): void;
}

/** The Excel operations the pane uses: the only door from components to the workbook. */
export interface WorkbookOps {
  apply(options: ApplyOptions): Promise<ApplyResult>;
  /** One round trip: answers, statuses, profile, named cells, computed formulas, circulated sheet. */
  read(): Promise<PaneReading>;
  /**
   * Listens to the template's sheets (one round trip): edits and recalculations as one debounced `changed` hint
   * (the add-in's own writes raise none), the selection on Jawaban as `selected`. Resolves to the stop function,
   * which removes the handlers from the workbook (one round trip). Fails when the template's sheets are absent.
   */
  watch(hints: WatchHints): Promise<() => Promise<void>>;
  /** Activates the sheet and selects the cell (one round trip). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Rewrites the planned formulas of these findings' cells, never an input (two round trips). */
  restoreFormulas(findings: readonly FormulaFinding[]): Promise<number>;
  /** Writes sheet Profil's input cells (one round trip). */
  saveProfile(profile: ProfileReading): Promise<void>;
  /**
   * Writes the non-empty fields of these entries into the input cells of sheet Jawaban (one round trip); an
   * empty field leaves its cell as it is (a migration never erases an answer already typed in the template).
   */
  writeEntries(entries: Entries): Promise<number>;
  /** Writes input cells (one round trip); the caller passes input cells only (e.g. an import's changes). */
  writeInputs(cells: readonly InputWrite[]): Promise<number>;
  /** The PortalRB answers file of the workbook's entries, read fresh (one round trip). */
  exportAnswers(): Promise<string>;
  /**
   * What the LHE is written from, read fresh (two round trips: the workbook reading, then sheet Rekap for the
   * TPI's recommendations) and evaluated by the engine.
   */
  reportInput(): Promise<LheInput>;
  /**
   * Reads a circulated "LKE ZI" sheet (one round trip), sets up the template when it is absent, writes the
   * unit's answers into it (one round trip); the old sheet is only read.
   */
  migrateCirculated(sheet: string, options: ApplyOptions): Promise<MigrationResult | ApplyResult>;
}

interface Ready {
  readonly e: Engine;
  readonly plan: WorkbookPlan;
  readonly catalogue: Catalogue;
  readonly thresholds: Thresholds;
}

/**
 * The pane's operations over a run function (`officeRun()` in Excel, `previewRun(book)` in the preview). The
 * catalogue, planner and adapter load on first use, after the pane's first render; the plan is built once.
 *
 * @example
 * const ops = workbookOps(officeRun());
 * await ops.apply({ onProgress: console.info }); // → { kind: 'applied', syncs: 3, … }
 */
/** Timing of the workbook hints (tests shorten them). */
export interface WatchTiming {
  /** Debounce of the change hint (default 400 ms). */
  readonly hintDelayMs?: number;
  /** How long after an own write its events are still taken for it (default 1500 ms). */
  readonly quietMs?: number;
}

export function workbookOps(run: ExcelRun, timing: WatchTiming = {}): WorkbookOps {
  let ready: Promise<Ready> | null = null;
  const own = new OwnWrites(timing.quietMs);
  const engine = (): Promise<Ready> =>
    (ready ??= loadEngine().then((e) => {
      const catalogue = e.LKE_2021;
      const thresholds = e.THRESHOLDS_2021;
      return { e, plan: e.planWorkbook(catalogue, thresholds), catalogue, thresholds };
    }));
  const read = async (): Promise<PaneReading> => {
    const { e, plan, catalogue, thresholds } = await engine();
    const reading = await e.readWorkbook(run, plan, catalogue);
    return {
      reading,
      catalogue,
      thresholds,
      findings: reading.kind === 'read' ? (reading.findings ?? []) : [],
      circulatedSheet: reading.circulatedSheet ?? null,
    };
  };
  const writeEntries = async (entries: Entries): Promise<number> => {
    const { e, catalogue } = await engine();
    return own.run(() =>
      e.writeInputs(
        run,
        e.entryWrites(catalogue, entries).filter((c) => c.value !== null),
      ),
    );
  };
  return {
    apply: async (options) => {
      const { e, plan } = await engine();
      return own.run(() => e.applyPlan(run, plan, options));
    },
    read,
    watch: async (hints) => {
      const { e } = await engine();
      const sheets = [e.SHEETS.jawaban, e.SHEETS.profil, e.SHEETS.rekap];
      return e.watchWorkbook(
        run,
        { sheets, selectionSheet: e.SHEETS.jawaban, delayMs: timing.hintDelayMs, own },
        { changed: () => hints.changed(), selected: (cell: SelectedCell) => hints.selected(cell) },
      );
    },
    selectCell: async (sheet, address) => {
      const { e } = await engine();
      await e.selectCell(run, sheet, address);
    },
    restoreFormulas: async (findings) => {
      const { e, plan, catalogue } = await engine();
      return own.run(() => e.restoreFormulas(run, plan, e.restorable(catalogue, findings)));
    },
    saveProfile: async (profile) => {
      const { e } = await engine();
      await own.run(() => e.writeInputs(run, e.profileWrites(profile)));
    },
    writeEntries,
    writeInputs: async (cells) => {
      const { e } = await engine();
      return own.run(() => e.writeInputs(run, cells));
    },
    exportAnswers: async () => {
      const { e, catalogue } = await engine();
      const { reading } = await read();
      if (reading.kind !== 'read') throw new Error(`no LKE template to export (${reading.kind})`);
      return e.answersFileText(catalogue, reading.entries, reading.profile);
    },
    reportInput: async () => {
      const { e, catalogue, thresholds } = await engine();
      const { reading, findings } = await read();
      if (reading.kind !== 'read') throw new Error(`no LKE template to report on (${reading.kind})`);
      const rekap = await e.readUsedRange(run, e.SHEETS.rekap);
      const rec = e.workbookRecommendations(catalogue, thresholds, e.gridCell(rekap.values));
      const p = reading.profile;
      return {
        catalogue,
        thresholds,
        entries: reading.entries,
        profile: p.profile,
        evaluation: e.evaluate(catalogue, thresholds, reading.entries, p.profile),
        unit: { name: p.unitName, id: p.unitId, instansi: p.instansi, year: p.year },
        audit: findings,
        recommendations: rec.texts,
        recommendationCell: rec.cellOf,
      };
    },
    migrateCirculated: async (sheet, options) => {
      const { e, plan, catalogue } = await engine();
      const used = await e.readUsedRange(run, sheet);
      const m = e.migrateCirculated(e.gridFromRange(used), catalogue);
      const now = await e.readWorkbook(run, plan, catalogue);
      if (now.kind !== 'read') {
        const applied = await own.run(() => e.applyPlan(run, plan, options));
        if (applied.kind !== 'applied') return applied;
      }
      await writeEntries(m.entries);
      const c = m.comparison;
      return {
        sheet,
        questions: m.entries.size,
        circulatedTotal: c.circulated.total,
        circulatedError: c.circulated.error,
        ruleBookTotal: c.ruleBook.total,
        unmatched: m.unmatched.map((u) => ({ row: u.row, text: u.text, reason: u.reason })),
      };
    },
  };
}
