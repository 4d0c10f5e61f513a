import type {
  Answer,
  Catalogue,
  Column,
  Entries,
  Evaluation,
  Predicate,
  Thresholds,
  UnitMeta,
} from '../../lke';
import type {
  CellRef,
  CellValue,
  CellWrite,
  FormulaFinding,
  InputField,
  ProfileReading,
} from '../../workbook';
import type { ApplyProgress } from '../../excel/apply';
import type { WorkbookReading } from '../../excel/read';
import type { Issue } from '../../lke';
import type { Bilingual } from '../i18n/catalogue';
/** A message the shell wants shown (already worded in the current language), e.g. the result of an inject. */
export interface PaneNotice {
  readonly intent: 'error' | 'warning' | 'success' | 'info';
  readonly text: string;
}

/**
 * Everything the adapter and the shell know, as plain data: the workbook reading (one sync), the formula audit,
 * a circulated sheet found beside it, and the shell's progress. The shell's `WorkbookState` fits as is.
 */
export interface PaneSource {
  readonly reading: WorkbookReading | null;
  readonly findings?: readonly FormulaFinding[];
  /** Name of a circulated "LKE ZI" sheet in the workbook, offered for migration. */
  readonly circulatedSheet?: string | null;
  readonly busy?: boolean;
  readonly progress?: ApplyProgress | null;
  readonly message?: PaneNotice | null;
  /** Sheets named like ours that are not ours, waiting for the user's answer. */
  readonly foreign?: readonly string[] | null;
  /** What the last migration of a circulated sheet did. */
  readonly migration?: MigrationResult | null;
}

/** A row of the circulated sheet holding something of the unit's that no question could be found for. */
export interface UnmatchedEntry {
  readonly row: number;
  readonly text: string;
  readonly reason: 'no-question' | 'typed-percentage' | 'note-without-question';
}

/**
 * What moving a circulated "LKE ZI" sheet into the template did: how many questions were written, the old
 * file's own total beside the rule book's for the same answers, and the rows that could not be placed.
 */
export interface MigrationResult {
  readonly sheet: string;
  readonly questions: number;
  /** The total the old file shows (its cached result), or null when it shows an error or nothing. */
  readonly circulatedTotal: number | null;
  /** The error the old file shows instead of a total (`#DIV/0!`), if any. */
  readonly circulatedError: string | null;
  /** The rule book's total (the engine) for the unit's answers read from the old file. */
  readonly ruleBookTotal: number;
  readonly unmatched: readonly UnmatchedEntry[];
}

/** What the workbook holds, as Mulai says it. */
export type TemplateState =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'none' }
  | { readonly kind: 'current'; readonly version: string }
  | { readonly kind: 'outdated'; readonly version: string; readonly expected: string }
  /** Our template, but a sheet or name of it is missing: re-applying repairs it, keeping every input. */
  | { readonly kind: 'damaged'; readonly version: string }
  | { readonly kind: 'foreign' };

/** The figures of sheet Rekap that carry a workbook name (`ZI_TOTAL_UNIT` …): the core's one list. */
import type { FigureId } from '../../lke';
export type { FigureId };

/** A verdict as a word: from the sheet's text or the engine's `eligible`. */
export type VerdictWord = 'eligible' | 'notEligible' | 'incomplete' | 'unknown';

/** One named cell checked against the engine. `sheet` is null when the name could not be read. */
export type FigureCheck =
  | {
      readonly kind: 'figure';
      readonly id: FigureId;
      readonly column: Column;
      readonly sheet: CellValue;
      readonly engine: number;
      readonly agrees: boolean;
    }
  | {
      readonly kind: 'verdict';
      readonly id: Predicate;
      readonly column: Column;
      readonly sheet: VerdictWord;
      readonly engine: VerdictWord;
      readonly agrees: boolean;
    };

/** Where a question belongs in the pane's grouping: an area 1..6 or Hasil. */
export type GroupId = number | 'hasil';

/** A validation problem with the cell it is about and its group. */
export interface IssueRow extends Issue {
  readonly soalCode: string;
  readonly cell: CellRef;
  readonly group: GroupId;
}

/** How many entries of one part of the LKE hold a valid answer, per column. */
export interface PartProgress {
  readonly group: GroupId;
  readonly label: Bilingual;
  readonly total: number;
  readonly done: Readonly<Record<Column, number>>;
}

/** What the views show once our template is read. */
export interface PaneData {
  /** The catalogue and thresholds the model was built with (the views and the review read them). */
  readonly catalogue: Catalogue;
  readonly thresholds: Thresholds;
  readonly entries: Entries;
  readonly evaluation: Evaluation;
  /** Every named figure and verdict of both columns, checked against the engine. */
  readonly checks: readonly FigureCheck[];
  /** The checks that disagree: a formula-integrity warning, never hidden. */
  readonly mismatches: readonly FigureCheck[];
  readonly progress: readonly PartProgress[];
  readonly issues: readonly IssueRow[];
  readonly findings: readonly FormulaFinding[];
  /** True once any TPI answer exists (the headline column is then TPI). */
  readonly hasTpi: boolean;
}

/** The one state object every view renders from. */
export interface PaneModel {
  readonly busy: boolean;
  readonly progress: ApplyProgress | null;
  readonly notice: PaneNotice | null;
  readonly foreign: readonly string[] | null;
  readonly template: TemplateState;
  readonly circulatedSheet: string | null;
  /** What the last migration of a circulated sheet did (shown in Mulai), or null. */
  readonly migration: MigrationResult | null;
  readonly profile: ProfileReading;
  /** Null until our template is read. */
  readonly data: PaneData | null;
}

/** One input cell an import would change. */
export interface ImportChange {
  readonly soalId: number;
  readonly soalCode: string;
  readonly field: InputField;
  readonly cell: CellRef;
  readonly from: Answer;
  readonly to: Answer;
  /** The problem Validasi would list for the cell once the value is written (error or warning), if any. */
  readonly issue: Issue | null;
}

/** What importing a PortalRB answers file would do, before anything is written. */
export interface ImportPreview {
  readonly meta: UnitMeta;
  readonly entries: Entries;
  /** The soal cells that change (shown to the user). */
  readonly changes: readonly ImportChange[];
  /** Every input cell the import writes (these soal cells and Profil's name, id and year), as `inputWrites` planned. */
  readonly writes: readonly CellWrite[];
  /** Cells holding something that the file gave no value for: left as they are. */
  readonly kept: number;
}
