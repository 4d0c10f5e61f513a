import type { FormulaFinding, ProfileReading } from '../../workbook';
import type { WorkbookActions } from '../useWorkbook';
import type { ImportPreview } from './types';
import type { LheInput } from '../../report/lheInput';

/**
 * The callbacks the views call; the shell implements them over the office-js adapter (src/excel). Every
 * promise rejects with an `Error` (an `InputError` carries its English twin) that the view shows in a
 * MessageBar. It extends the shell's `WorkbookActions` (inject, refresh, confirmForeign, cancelForeign), so
 * `{ ...workbookActions, ...rest }` is a `PaneActions`.
 */
export interface PaneActions extends WorkbookActions {
  /** Puts the template in (progress arrives through `PaneModel.progress`). */
  inject(): Promise<void>;
  /** Re-applies the template over an older version, keeping every input. */
  upgrade(): Promise<void>;
  /** Renames the foreign sheets the model lists and sets up the template. */
  confirmForeign(): Promise<void>;
  cancelForeign(): void;
  /** Moves the answers of the circulated sheet (`PaneModel.circulatedSheet`) into the template. */
  migrateCirculated(): Promise<void>;
  /** Reads the workbook again (one sync). */
  refresh(): Promise<void>;
  /** Selects a cell in the workbook (activating its sheet). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Rewrites the planned formulas of these computed cells; never touches an input cell. */
  restoreFormulas(findings: readonly FormulaFinding[]): Promise<void>;
  /** Writes the unit profile and the Tabel 5 ticks to sheet Profil. */
  saveProfile(profile: ProfileReading): Promise<void>;
  /** Reads a PortalRB answers file and says what importing it would change (see `previewImport` in model). */
  previewImport(json: string): Promise<ImportPreview>;
  /** Writes the file's entries to sheet Jawaban. */
  applyImport(preview: ImportPreview): Promise<void>;
  /** The PortalRB answers file (jawaban-unit JSON) of the workbook's entries (see `answersFileText`). */
  exportAnswers(): Promise<string>;
  /** What the LHE draft is written from (the workbook read fresh, evaluated, with the TPI's recommendations). */
  reportInput(): Promise<LheInput>;
}
