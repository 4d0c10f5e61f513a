import type { Catalogue, Entries } from '../lke';
import { inputWrites, profileCells, SHEETS, type ProfileReading } from '../workbook';
import type { InputWrite } from '../excel/write';

const NO_UNIT = { unitId: null, unitName: null, year: null } as const;

/**
 * The input cells of sheet Jawaban that a migration writes for these entries, by the one rule of
 * `inputWrites` (the command line's `import` and the pane's import use it too): only fields with a value are
 * written, so an answer already typed in the template is never erased by a blank of the old file. `current`
 * is what the template holds now (cells already equal are not written again). Questions the catalogue does not
 * know are skipped.
 *
 * @example
 * entryWrites(LKE_2021, new Map([[1, { unit: 'Ya', tpi: null }]])) // → [{ sheet: 'Jawaban', address: 'K6', value: 'Ya' }]
 */
export function entryWrites(
  catalogue: Catalogue,
  entries: Entries,
  current: Entries = new Map(),
): InputWrite[] {
  const now = { entries: current, meta: NO_UNIT };
  return [...inputWrites(catalogue, now, { entries, meta: NO_UNIT }, 'merge').writes];
}

/**
 * The input cells of sheet Profil for a profile: name, id, instansi, year, held predicate (as its drop-down
 * text) and each Tabel 5 fact, as sheet Profil's plan lays them out (profileCells).
 *
 * @example
 * profileWrites({ unitName: 'KPPN Bandung', …, profile: { heldPredicate: 'WBK' } })[4] // → { sheet: 'Profil', address: 'B7', value: 'Menuju WBK' }
 */
export function profileWrites(p: ProfileReading): InputWrite[] {
  return profileCells(p).map((c) => ({ sheet: SHEETS.profil, address: c.address, value: c.value }));
}
