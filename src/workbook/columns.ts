import type { Column } from '../lke';
import type { InputField } from './plan';

/** Sheet names. */
export const SHEETS = { jawaban: 'Jawaban', rekap: 'Rekap', profil: 'Profil', meta: 'LKE_ZI_META' } as const;

/** PortalRB 2026 input columns of sheet `Jawaban` (fixed by the portal). */
export const INPUT_COLUMNS: Readonly<Record<InputField, string>> = {
  unit: 'K',
  unitNote: 'L',
  unitEvidence: 'M',
  tpi: 'N',
  tpiNote: 'Q',
};

/** Our columns of sheet `Jawaban`. */
export const J = {
  code: 'A',
  soal: 'B',
  text: 'C',
  criteria: 'D',
  type: 'E',
  weight: 'F',
} as const;

/** The computed columns of one scored column (unit or TPI): value and % side by side with the other column. */
export interface SideColumns {
  readonly answer: string;
  readonly reading: string;
  readonly status: string;
  readonly value: string;
  readonly share: string;
}

export const SIDE: Readonly<Record<Column, SideColumns>> = {
  unit: { answer: 'K', reading: 'R', status: 'O', value: 'G', share: 'I' },
  tpi: { answer: 'N', reading: 'S', status: 'P', value: 'H', share: 'J' },
};

/** Column titles of row 1. */
export const JAWABAN_TITLES: Readonly<Record<string, string>> = {
  A: 'Kode',
  B: 'Soal',
  C: 'Komponen / area / pertanyaan',
  D: 'Kriteria penilaian',
  E: 'Jenis jawaban',
  F: 'Bobot',
  G: 'Nilai unit',
  H: 'Nilai TPI',
  I: '% unit',
  J: '% TPI',
  K: 'Jawaban unit',
  L: 'Catatan unit',
  M: 'Bukti dukung unit (tautan)',
  N: 'Jawaban TPI',
  O: 'Status unit',
  P: 'Status TPI',
  Q: 'Catatan TPI',
  R: 'Terbaca unit',
  S: 'Terbaca TPI',
};
