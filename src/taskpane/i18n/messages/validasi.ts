import type { Bilingual } from './types';

/** Validasi: the engine's problems, grouped by area, with filters. */
export const VALIDASI = {
  validasiTitle: { id: 'Masalah isian', en: 'Entry problems' },
  filterColumn: { id: 'Kolom', en: 'Column' },
  filterSeverity: { id: 'Tingkat', en: 'Severity' },
  sevError: { id: 'Kesalahan', en: 'Error' },
  sevWarning: { id: 'Peringatan', en: 'Warning' },
  sevInfo: { id: 'Info', en: 'Info' },
  noIssues: { id: 'Tidak ada masalah untuk pilihan ini.', en: 'No problems for this filter.' },
  issueCount: { id: '{count} masalah.', en: '{count} problems.' },
  groupHasil: { id: 'Hasil', en: 'Results' },
  goToCell: { id: 'Pilih sel {cell}: {message}', en: 'Select cell {cell}: {message}' },
  issueMeta: { id: 'Soal {soal} · {side}', en: 'Soal {soal} · {side}' },
  missingNote: {
    id: 'Belum diisi atau tidak valid: {unit} (unit), {tpi} (TPI).',
    en: 'Empty or invalid: {unit} (unit), {tpi} (TPI).',
  },
} as const satisfies Readonly<Record<string, Bilingual>>;
