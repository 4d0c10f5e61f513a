import { InputError } from '../lke/errors';
import { gridText, type CellGrid } from './grid';
import { MESSAGES } from './messages';

/** The sheet name of the circulated Lampiran III workbook. */
export const CIRCULATED_SHEET = 'LKE ZI';

/**
 * True for the circulated workbook's sheet name ("LKE ZI"), forgiving case and surrounding spaces.
 *
 * @example
 * isCirculatedSheetName(' lke zi ') // → true
 * isCirculatedSheetName('LKE')      // → false
 */
export function isCirculatedSheetName(name: string): boolean {
  return name.trim().replace(/\s+/g, ' ').toUpperCase() === CIRCULATED_SHEET;
}

/** Where things are on a circulated "LKE ZI" sheet; found from its header row, not assumed. */
export interface CirculatedLayout {
  readonly headerRow: number;
  /** First and last column of the hierarchy and question text ("Penilaian", B–G). */
  readonly textFrom: number;
  readonly textTo: number;
  /** "Bobot" (H). */
  readonly weight: number;
  /** "Penjelasan" (I), or null. */
  readonly criteria: number | null;
  /** "Pilihan Jawaban" (J): the answer type the formulas branch on. */
  readonly answerType: number;
  /** "Jawaban" (K). */
  readonly answer: number;
  /** "Nilai" (L). */
  readonly value: number;
  /** The unit's note column (first heading starting "Catatan" or "Keterangan": O), or null. */
  readonly note: number | null;
  /** Last column that holds anything (units add evidence columns on the right). */
  readonly lastColumn: number;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Finds the header row ("Penilaian … Bobot … Penjelasan … Pilihan Jawaban … Jawaban … Nilai") in the first
 * rows of the sheet and returns the columns. Throws {@link InputError} when the sheet has no such header.
 *
 * @example
 * detectLayout(grid) // → { headerRow: 2, textFrom: 2, textTo: 7, weight: 8, answerType: 10, answer: 11, value: 12, note: 15, … }
 */
export function detectLayout(grid: CellGrid): CirculatedLayout {
  const last = Math.min(grid.rowCount, 30);
  for (let r = 1; r <= last; r++) {
    const found = new Map<string, number>();
    let textFrom = 0;
    let textTo = 0;
    for (let c = 1; c <= grid.columnCount; c++) {
      const t = norm(gridText(grid.cell(r, c)));
      if (t === '') continue;
      if (t === 'penilaian') {
        if (textFrom === 0) textFrom = c;
        textTo = c;
      } else if (
        t === 'bobot' ||
        t === 'penjelasan' ||
        t === 'pilihan jawaban' ||
        t === 'jawaban' ||
        t === 'nilai'
      ) {
        if (!found.has(t)) found.set(t, c);
      } else if ((t.startsWith('catatan') || t.startsWith('keterangan')) && !found.has('catatan'))
        found.set('catatan', c);
    }
    const answerType = found.get('pilihan jawaban');
    const answer = found.get('jawaban');
    const value = found.get('nilai');
    const weight = found.get('bobot');
    if (answerType === undefined || answer === undefined || value === undefined || weight === undefined)
      continue;
    if (textFrom === 0) textFrom = 2;
    // A merged "Penilaian" heading reads only in its first cell: the text runs up to the column before Bobot.
    textTo = Math.max(textTo, weight - 1);
    return {
      headerRow: r,
      textFrom,
      textTo,
      weight,
      criteria: found.get('penjelasan') ?? null,
      answerType,
      answer,
      value,
      note: found.get('catatan') ?? null,
      lastColumn: grid.columnCount,
    };
  }
  throw new InputError(MESSAGES.noHeader.id, MESSAGES.noHeader.en);
}
