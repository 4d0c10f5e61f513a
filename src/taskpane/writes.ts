import { PROPOSAL_CHECKLIST, type Catalogue, type Entries } from '../lke';
import { entryCells, HELD_OPTIONS, PROFIL, SHEETS, TICK, type ProfileReading } from '../workbook';
import { indexOf } from '../lke';
import type { InputWrite } from '../excel/write';

/**
 * The input cells of sheet Jawaban that hold these entries (every field of each listed question; questions the
 * catalogue does not know are skipped).
 *
 * @example
 * entryWrites(LKE_2021, new Map([[1, { unit: 'Ya', tpi: null }]]))[0] // → { sheet: 'Jawaban', address: 'K6', value: 'Ya' }
 */
export function entryWrites(catalogue: Catalogue, entries: Entries): InputWrite[] {
  const ix = indexOf(catalogue);
  return [...entries].flatMap(([soalId, e]) => {
    const q = ix.question.get(soalId);
    return q
      ? entryCells(q, e).map((c) => ({ sheet: SHEETS.jawaban, address: c.address, value: c.value }))
      : [];
  });
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
