import { PROPOSAL_CHECKLIST, type Catalogue, type Entries } from '../lke';
import { HELD_OPTIONS, inputWrites, PROFIL, SHEETS, TICK, type ProfileReading } from '../workbook';
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
 * text) and one Ya/Tidak per Tabel 5 requirement.
 *
 * @example
 * profileWrites({ unitName: 'KPPN Bandung', …, profile: { heldPredicate: 'WBK' } })[4] // → { sheet: 'Profil', address: 'B7', value: 'Menuju WBK' }
 */
export function profileWrites(p: ProfileReading): InputWrite[] {
  const at = (address: string, value: InputWrite['value']): InputWrite => ({
    sheet: SHEETS.profil,
    address,
    value,
  });
  return [
    at(PROFIL.unitName, p.unitName),
    at(PROFIL.unitId, p.unitId),
    at(PROFIL.instansi, p.instansi),
    at(PROFIL.year, p.year),
    at(PROFIL.held, HELD_OPTIONS[p.profile.heldPredicate]),
    ...PROPOSAL_CHECKLIST.map((c, i) =>
      at(
        `${PROFIL.checklistColumn}${PROFIL.checklistFirstRow + i}`,
        p.profile.checklist?.[c.id] === true ? TICK.yes : TICK.no,
      ),
    ),
  ];
}
