import type { Catalogue, Entries, Evaluation, Thresholds, UnitProfile } from '../lke';
import type { FormulaFinding } from '../workbook/audit';

/** Who the LHE is about. */
export interface LheUnit {
  readonly name: string | null;
  readonly id: string | number | null;
  readonly instansi: string | null;
  readonly year: number | null;
}

/** Everything the LHE is written from: the engine's evaluation of one workbook and what the TPI typed. */
export interface LheInput {
  readonly catalogue: Catalogue;
  readonly thresholds: Thresholds;
  readonly entries: Entries;
  readonly profile: UnitProfile;
  readonly evaluation: Evaluation;
  readonly unit: LheUnit;
  /** The formula audit of the workbook (empty: every formula as planned). */
  readonly audit: readonly FormulaFinding[];
  /** The TPI's recommendation per area id (sheet Rekap, column K). */
  readonly recommendations: ReadonlyMap<number, string>;
  /** Where each area's recommendation is typed (`Rekap!K6`), for the hint when it is empty. */
  readonly recommendationCell?: (areaId: number) => string | null;
}
