import type { Column, Predicate, UnitMeta } from '../lke';

/** The headline figures of one column of one unit. Area shares are value ÷ combined weight (0..1). */
export interface RecapFigures {
  readonly complete: boolean;
  /** Entries that are valid, of all the LKE's entries. */
  readonly answered: number;
  readonly total: number;
  readonly pengungkit: number;
  readonly hasil: number;
  readonly areaShares: readonly number[];
  /** The survey indices as entered (0..4), null when empty or invalid. */
  readonly ipakIndex: number | null;
  readonly ipkpIndex: number | null;
  /** Verdict per predicate: true / false, or null while incomplete. */
  readonly verdicts: Readonly<Record<Predicate, boolean | null>>;
}

/** A unit read and scored. */
export interface RecapUnit {
  readonly kind: 'unit';
  readonly file: string;
  readonly meta: UnitMeta;
  /** The key two files of the same unit share (unit id, else the normalised name, else the file). */
  readonly unitKey: string;
  readonly columns: Readonly<Record<Column, RecapFigures>>;
  readonly errors: number;
  readonly warnings: number;
  /** All problems found (errors, warnings and info); the problems themselves are streamed, not kept. */
  readonly problems: number;
  /** Computed cells whose formula was overwritten or edited (workbooks only; 0 for answers files). */
  readonly tampered: number;
  /** Other files that carry the same unit. */
  readonly duplicateOf: readonly string[];
  /** True when the user's profile says the unit is proposed under the affirmation route (WBK-AFIRMASI). */
  readonly afirmasi: boolean;
}

/** A file the recap could not use, with the reason (Indonesian first, English twin). */
export interface RecapFailure {
  readonly kind: 'failure';
  readonly file: string;
  readonly reason: string;
  readonly reasonEn: string;
}

export type RecapEntry = RecapUnit | RecapFailure;

/** PortalRB's proposal lists (`…/pengusulan/unit-wbk`, `…/unit-wbbm`). */
export interface PortalUnitList {
  readonly tahun: number | null;
  readonly units: readonly {
    id: string | number | null;
    nama: string | null;
    kategori: 'WBK' | 'WBK-AFIRMASI' | 'WBBM';
    afirmasi: boolean;
  }[];
}
