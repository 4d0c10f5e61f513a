import type { Catalogue, Entries } from '../lke';
import { entryCells, profileCells, SHEETS, type ProfileReading } from '../workbook';
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
 * text) and each Tabel 5 fact, as sheet Profil's plan lays them out (profileCells).
 *
 * @example
 * profileWrites({ unitName: 'KPPN Bandung', …, profile: { heldPredicate: 'WBK' } })[4] // → { sheet: 'Profil', address: 'B7', value: 'Menuju WBK' }
 */
export function profileWrites(p: ProfileReading): InputWrite[] {
  return profileCells(p).map((c) => ({ sheet: SHEETS.profil, address: c.address, value: c.value }));
}
