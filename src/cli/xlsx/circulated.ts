import {
  CIRCULATED_MESSAGES,
  isCirculatedSheetName,
  migrateCirculated,
  type CirculatedMigration,
} from '../../circulated';
import { InputError } from '../../lke/errors';
import type { LoadedLke, Source } from '../sources';
import { gridOfFileSheet } from './circulatedGrid';
import { circulatedJson, circulatedNotes } from './circulatedReport';
import { SHEETS } from '../../workbook/columns';
import { openedBook } from './openedBook';
import type { ReadLimits } from './limits';

/**
 * Opens an .xlsx and reads its circulated "LKE ZI" sheet (protection does not stop reading).
 * Throws {@link InputError} when the file is not a readable workbook or lacks the sheet.
 *
 * @example
 * const m = await readCirculatedXlsx(readFileSync('circulated-lke-div0.xlsx'), 'old.xlsx');
 * m.comparison.circulated.error // → '#DIV/0!'
 */
export function readCirculatedXlsx(
  bytes: Buffer,
  path: string,
  limits?: ReadLimits,
): Promise<CirculatedMigration> {
  try {
    return Promise.resolve(readCirculatedBook(bytes, path, limits));
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

function readCirculatedBook(bytes: Buffer, path: string, limits?: ReadLimits): CirculatedMigration {
  const book = openedBook(bytes, path, limits, true);
  const name = book?.sheetNames.find(isCirculatedSheetName);
  const ws = name === undefined ? null : book?.sheet(name);
  if (!ws)
    throw new InputError(
      `${path}: ${CIRCULATED_MESSAGES.noSheet.id}`,
      `${path}: ${CIRCULATED_MESSAGES.noSheet.en}`,
    );
  try {
    return migrateCirculated(gridOfFileSheet(ws));
  } catch (e) {
    if (e instanceof InputError) throw new InputError(`${path}: ${e.message}`, `${path}: ${e.messageEn}`);
    throw e;
  }
}

/**
 * True for an .xlsx with an "LKE ZI" sheet that is not one of our own workbooks: once the pane has migrated
 * the old sheet into our sheets of the same workbook (leaving "LKE ZI" untouched), our sheets are the LKE
 * and the workbook reader that comes after this source must read it.
 *
 * @example
 * acceptsCirculated(readFileSync('circulated-lke-complete.xlsx')) // → true
 * acceptsCirculated(readFileSync('migrated-in-place.xlsx'))       // → false (has LKE_ZI_META)
 */
export function acceptsCirculated(bytes: Buffer, limits?: ReadLimits): boolean {
  const names = openedBook(bytes, 'xlsx', limits)?.sheetNames ?? [];
  return names.some(isCirculatedSheetName) && !names.includes(SHEETS.meta);
}

/**
 * The circulated Lampiran III workbook (sheet "LKE ZI"): `score` reads the unit's answers from it and adds
 * `circulated: {total, pengungkit, hasil, error, …}` (what the file itself shows) and the causes found.
 * Accepts only .xlsx files that have an "LKE ZI" sheet, so it sits before any generic .xlsx reader.
 *
 * @example
 * const loaded = await circulatedSource.load(readFileSync('OLD.xlsx'), 'OLD.xlsx');
 * loaded.extras.circulated // → { total: 62.51, pengungkit: 32.27, hasil: 30.23, error: null, causes: […], … }
 */
export const circulatedSource: Source = {
  name: 'circulated-lke',
  accepts: (_path, bytes, limits) => acceptsCirculated(bytes, limits),
  load: async (bytes, path, limits): Promise<LoadedLke> => {
    const m = await readCirculatedXlsx(bytes, path, limits);
    return {
      entries: m.entries,
      meta: { unitId: null, unitName: null, year: null },
      profile: null,
      extras: { circulated: circulatedJson(m) },
      notes: circulatedNotes(m),
    };
  },
};
