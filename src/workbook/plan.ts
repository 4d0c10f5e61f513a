/**
 * The workbook plan: everything the LKE workbook is made of, as plain data. The planner builds it from a
 * catalogue; the office-js adapter (src/excel) and the command line (src/cli/xlsx) apply the same plan.
 * It never talks to Excel. Addresses are A1 strings without a sheet (`K6`, `K6:N7`); formulas are en-US
 * (`,` separators, `.` decimals), start with `=`, and are meant for `Range.formulas`.
 *
 * Stability contract: fields are added, never renamed or removed, within a {@link PLAN_VERSION}.
 */
import type { FactKey, FigureId, Predicate, RequirementId } from '../lke';

/** Bumped when the layout of the sheets changes (a workbook of another plan version is not read as ours). */
export const PLAN_VERSION = 1;

/** A raw cell value as a spreadsheet gives it. Error values arrive as their text (`#N/A`). */
export type CellValue = string | number | boolean | null;

/**
 * A cell of a {@link CellBlock}: a constant, a formula (a string starting with `=`), or null for "leave empty".
 * Plan constants never start with `=`, so the block can go to `Range.formulas` as is (null → `""`).
 */
export type PlanCell = string | number | boolean | null;

/** A rectangle of cells written in one call: `address` is its top-left cell, every row has the same length. */
export interface CellBlock {
  readonly address: string;
  readonly cells: readonly (readonly PlanCell[])[];
}

/** A number format (Excel format code, en-US) on a range. */
export interface NumberFormatRange {
  readonly range: string;
  readonly format: string;
}

/** What a data validation accepts. Bounds are inclusive; `max` absent means no upper bound. */
export type ValidationRule =
  | { readonly kind: 'list'; readonly options: readonly string[] }
  | { readonly kind: 'whole'; readonly min: number; readonly max?: number }
  | { readonly kind: 'decimal'; readonly min: number; readonly max: number };

/** A data validation on a range. `errorStyle: 'warning'` lets the user keep an entry (nothing typed is lost). */
export interface ValidationRange {
  readonly range: string;
  readonly rule: ValidationRule;
  readonly allowBlank: boolean;
  readonly errorStyle: 'stop' | 'warning' | 'information';
  readonly prompt: { readonly title: string; readonly message: string } | null;
  readonly error: { readonly title: string; readonly message: string };
}

/** Colours as `#RRGGBB`. */
export interface CellFormat {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
}

/**
 * A simple conditional-format rule: the cell's value equals a text or a number, or its text contains `text`
 * (case-insensitive in every host).
 */
export type ConditionalRule =
  | { readonly kind: 'equals'; readonly value: string | number }
  | { readonly kind: 'textContains'; readonly text: string };

export interface ConditionalFormatRange {
  readonly range: string;
  readonly rule: ConditionalRule;
  readonly format: CellFormat;
}

/** Static formatting of a range (headers, hierarchy rows). */
export interface StyleRange extends CellFormat {
  readonly range: string;
  readonly italic?: boolean;
  /** Indent level (Excel `indentLevel`, 0..15). */
  readonly indent?: number;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'center' | 'bottom';
}

/** Width of a column in characters of the default font (Excel's column width unit). */
export interface ColumnWidth {
  readonly column: string;
  readonly width: number;
}

/** Height of a row in points. Optional: rows without one are left to the application. */
export interface RowHeight {
  readonly row: number;
  readonly height: number;
}

/** Frozen panes: the first `rows` rows and `columns` columns stay in view. */
export interface FreezePanes {
  readonly rows: number;
  readonly columns: number;
}

/** Sheet protection: a guard against slips, not security (no password). */
export interface SheetProtection {
  readonly protected: boolean;
  readonly allowFormatColumns: boolean;
  readonly allowFormatRows: boolean;
  readonly allowSelectLocked: boolean;
  /**
   * A person typing in the unlocked input cells may insert a hyperlink there (Ctrl+K in the evidence column:
   * without it Excel refuses even in unlocked cells).
   */
  readonly allowInsertHyperlinks: boolean;
  /** …and add a note or comment to an answer. */
  readonly allowEditObjects: boolean;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/** How the sheet prints: orientation, fit to page width, title rows repeated on every page. */
export interface PrintSetup {
  readonly orientation: 'portrait' | 'landscape';
  /** Pages across (0: as many as needed). */
  readonly fitToWidth: number;
  /** Rows repeated at the top of each page (`1:1`), or null. */
  readonly titleRows: string | null;
  /** Pages down (0: as many as needed; absent: 0). Added in plan version 1. */
  readonly fitToHeight?: number;
  /** The range printed (`A1:Q202`); absent: the used range. */
  readonly area?: string;
  /** Columns hidden on the sheet so they do not print; their formulas still compute. */
  readonly hiddenColumns?: readonly string[];
  /** Page margins in inches. */
  readonly margins?: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  /**
   * Footer in Excel's header/footer codes (`&P` page, `&N` pages, `&A` sheet, `&F` file), left/center/right.
   * Excel cannot put a cell's value in a footer: the unit's name is the one known when the plan was made.
   */
  readonly footer?: { readonly left: string; readonly center: string; readonly right: string };
}

/** One worksheet of the plan. Ranges never carry a sheet name: they belong to this sheet. */
export interface SheetPlan {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly tabColor: string | null;
  readonly blocks: readonly CellBlock[];
  readonly numberFormats: readonly NumberFormatRange[];
  readonly validations: readonly ValidationRange[];
  readonly conditionalFormats: readonly ConditionalFormatRange[];
  readonly styles: readonly StyleRange[];
  readonly columnWidths: readonly ColumnWidth[];
  readonly rowHeights: readonly RowHeight[];
  readonly freeze: FreezePanes | null;
  /** Ranges whose text wraps. */
  readonly wrap: readonly string[];
  /** Input ranges: unlocked, so the user can type there while the sheet is protected. */
  readonly unlocked: readonly string[];
  readonly protection: SheetProtection;
  /**
   * Starting values of input cells (unit name, year, held predicate), written only when a workbook is
   * created: blocks never cover input cells, so applying a plan again keeps what the user typed.
   */
  readonly initialInputs?: readonly { readonly address: string; readonly value: string | number | boolean }[];
  /** Optional print setup (added in plan version 1; absent means the application's default). */
  readonly print?: PrintSetup;
}

/** A workbook-scoped name for a headline cell: `ZI_TOTAL_UNIT` → `Rekap!$D$20`. */
export interface WorkbookName {
  readonly name: string;
  readonly sheet: string;
  /** Absolute A1 address (`$D$20`). */
  readonly address: string;
  readonly comment: string;
}

/** The identity the metadata sheet carries (see `detectTemplate`). */
export interface TemplateIdentity {
  readonly templateId: string;
  readonly templateVersion: string;
  readonly catalogueFingerprint: string;
  readonly planVersion: number;
}

/** The whole workbook. Sheets are in tab order; the metadata sheet is last and veryHidden. */
export interface WorkbookPlan {
  readonly identity: TemplateIdentity;
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly WorkbookName[];
  /** Every formula cell with its planned formula and meaning (parity tests, formula audit). */
  readonly computed: readonly ComputedCell[];
}

/** The input fields of a question's row on sheet `Jawaban` (PortalRB 2026 columns). */
export type InputField = 'unit' | 'unitNote' | 'unitEvidence' | 'tpi' | 'tpiNote';

/** Where one input cell is. */
export interface CellRef {
  readonly sheet: string;
  /** A1 address of one cell (`K6`). */
  readonly address: string;
}

/**
 * What a computed cell means, for the parity tests and the formula audit:
 * a question's item value (0..1, or the count of a Jumlah input), a question's status text, a % item's value,
 * a node's value (points), a node's share of its weight, or a figure of sheet `Rekap`.
 */
export type CellMeaning =
  | { readonly kind: 'reading'; readonly soalId: number; readonly column: 'unit' | 'tpi' }
  | { readonly kind: 'status'; readonly soalId: number; readonly column: 'unit' | 'tpi' }
  | { readonly kind: 'question'; readonly soalId: number; readonly column: 'unit' | 'tpi' }
  | { readonly kind: 'ratioStatus'; readonly ratioId: string; readonly column: 'unit' | 'tpi' }
  | { readonly kind: 'ratio'; readonly ratioId: string; readonly column: 'unit' | 'tpi' }
  | { readonly kind: 'node'; readonly key: string; readonly column: 'unit' | 'tpi' }
  | { readonly kind: 'nodeShare'; readonly key: string; readonly column: 'unit' | 'tpi' }
  | RekapMeaning
  | ProfilMeaning;

type Col = 'unit' | 'tpi';

/** The meaning of a cell of sheet `Rekap`, as typed variants (never an id to parse). */
export type RekapMeaning =
  /** A headline figure (points), and its share of the figure's weight. */
  | { readonly kind: 'figure'; readonly id: FigureId; readonly column: Col }
  | { readonly kind: 'figureShare'; readonly id: FigureId; readonly column: Col }
  /** An area's Pemenuhan part, Reform part, total, or total ÷ combined weight. */
  | { readonly kind: 'area'; readonly area: number; readonly part: AreaPart; readonly column: Col }
  /** Valid answers in one group of the progress table (an area, Hasil), or in all (`group: null`). */
  | { readonly kind: 'progress'; readonly group: number | 'hasil' | null; readonly column: Col }
  /** How many questions the LKE has. */
  | { readonly kind: 'questionCount' }
  /** TRUE when every answer of the column is valid. */
  | { readonly kind: 'complete'; readonly column: Col }
  /** A criterion's value, margin or LULUS/GAGAL for a predicate. */
  | {
      readonly kind: 'criterion';
      readonly predicate: Predicate;
      readonly rule: string;
      readonly part: CriterionPart;
      readonly column: Col;
    }
  /** Answers of a column not filled in; a % item's count above its divisor (1/0); entry errors of a column. */
  | { readonly kind: 'empty'; readonly column: Col }
  | { readonly kind: 'overflow'; readonly ratioId: string; readonly column: Col }
  | { readonly kind: 'errors'; readonly column: Col }
  /** TRUE when every score criterion of a predicate passes (judged even while the verdict is withheld). */
  | { readonly kind: 'scorePassed'; readonly predicate: Predicate; readonly column: Col }
  /** Parts of the headline: a failing criterion's shortfall text, all of them, the withheld sentence, Tabel 5's. */
  | {
      readonly kind: 'shortfall';
      readonly predicate: Predicate;
      readonly rule: string;
      readonly column: Col;
    }
  | { readonly kind: 'failing'; readonly predicate: Predicate; readonly column: Col }
  | { readonly kind: 'blockedText'; readonly predicate: Predicate; readonly column: Col }
  | { readonly kind: 'proposalText'; readonly predicate: Predicate; readonly column: Col }
  /** The headline sentence of a column for a predicate (src/lke/headline.ts says the same). */
  | { readonly kind: 'headline'; readonly predicate: Predicate; readonly column: Col }
  /** The verdict text of a column for a predicate. */
  | { readonly kind: 'verdict'; readonly predicate: Predicate; readonly column: Col }
  /** The unit's name echoed from Profil. */
  | { readonly kind: 'unitName' };

export type AreaPart = 'pemenuhan' | 'reform' | 'total' | 'share';
export type CriterionPart = 'value' | 'margin' | 'passed';

/** The meaning of a formula cell of sheet `Profil`. */
export type ProfilMeaning =
  /** 1 when the unit already holds Menuju WBK or WBBM, else 0. */
  | { readonly kind: 'held' }
  /** A Tabel 5 fact's reading (upper-cased, trimmed text), whether it is valid, and its rank on its scale. */
  | { readonly kind: 'factReading'; readonly fact: FactKey }
  | { readonly kind: 'factValid'; readonly fact: FactKey }
  | { readonly kind: 'factRank'; readonly fact: FactKey }
  /** TRUE when the afirmasi route applies. */
  | { readonly kind: 'afirmasi' }
  /** A Tabel 5 requirement's status text for a predicate (TERPENUHI / BELUM TERPENUHI / BELUM DIISI). */
  | { readonly kind: 'requirement'; readonly predicate: Predicate; readonly id: RequirementId }
  /** How many Tabel 5 requirements are met for a predicate. */
  | { readonly kind: 'requirementsMet'; readonly predicate: Predicate };

/** A cell holding a formula in the plan, with the formula as planned. */
export interface ComputedCell extends CellRef {
  readonly formula: string;
  readonly meaning: CellMeaning;
}
