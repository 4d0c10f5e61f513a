/** A user-facing text in Bahasa Indonesia with its English twin. */
export interface Bilingual {
  readonly id: string;
  readonly en: string;
}

/** Fixed messages of the circulated-workbook reader. */
export const MESSAGES = {
  noHeader: {
    id: 'lembar "LKE ZI" tidak memiliki baris judul LKE (Penilaian, Bobot, Pilihan Jawaban, Jawaban, Nilai)',
    en: 'sheet "LKE ZI" has no LKE header row (Penilaian, Bobot, Pilihan Jawaban, Jawaban, Nilai)',
  },
  noSheet: {
    id: 'buku kerja tidak memiliki lembar "LKE ZI" (format LKE Lampiran III yang beredar)',
    en: 'the workbook has no "LKE ZI" sheet (the circulated Lampiran III LKE layout)',
  },
  nothingMatched: {
    id: 'tidak satu pun baris lembar "LKE ZI" cocok dengan pertanyaan LKE',
    en: 'no row of sheet "LKE ZI" matches an LKE question',
  },
} as const satisfies Record<string, Bilingual>;

/**
 * Two decimals as an Indonesian reader writes them (`0,27`) and as an English one does (`0.27`).
 *
 * @example
 * num2(0.304) // → { id: '0,30', en: '0.30' }
 */
export function num2(n: number): Bilingual {
  const s = n.toFixed(2);
  return { id: s.replace('.', ','), en: s };
}

/**
 * A signed difference with two decimals: `+0,27` / `+0.27`.
 *
 * @example
 * signed2(-0.31) // → { id: '−0,31', en: '−0.31' }
 */
export function signed2(n: number): Bilingual {
  const s = (n >= 0 ? '+' : '−') + Math.abs(n).toFixed(2);
  return { id: s.replace('.', ','), en: s };
}
