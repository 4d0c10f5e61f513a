import type { Bilingual } from './types';

/** The shell: what an inject, a refresh or a migration reports, and the page outside Excel. */
export const SHELL = {
  applied: {
    id: 'Templat LKE terpasang. Lembar Jawaban siap diisi.',
    en: 'The LKE template is set up. Sheet Jawaban is ready to fill in.',
  },
  foreignNames: {
    id: 'Nama {names} sudah dipakai di buku kerja ini untuk hal lain, jadi templat tidak dipasang. Hapus atau ganti nama itu (Rumus > Pengelola Nama), lalu pasang lagi.',
    en: 'The names {names} are already used in this workbook for something else, so the template was not set up. Delete or rename them (Formulas > Name Manager), then try again.',
  },
  unsupportedVersion: {
    id: 'Templat versi {version} tidak dapat diperbarui otomatis. Simpan salinan buku kerja lalu hubungi admin.',
    en: 'Template version {version} cannot be updated in place. Save a copy of the workbook and contact your admin.',
  },
  sheetPassword: {
    id: 'Lembar dilindungi kata sandi; buka proteksinya dulu (Tinjau > Buka Proteksi Lembar): {sheets}. Tidak ada yang diubah.',
    en: 'Sheet protected with a password; unprotect it first (Review > Unprotect Sheet): {sheets}. Nothing was changed.',
  },
  appliedLooksFailed: {
    id: 'Templat terpasang dan terlindungi, tetapi Excel menolak sebagian tampilan (lebar kolom, panel beku, warna tab). Pasang lagi untuk mencoba ulang.',
    en: 'Template set up and protected, but Excel refused some of its looks (column widths, frozen panes, tab colours). Set it up again to retry.',
  },
  errorGeneric: {
    id: 'Excel menolak permintaan: {message}. Tidak ada isian Anda yang hilang; coba lagi.',
    en: 'Excel refused the request: {message}. Nothing you typed was lost; try again.',
  },
  notInExcel: {
    id: 'Panel ini berjalan di luar Excel. Buka melalui tab Beranda > LKE ZI di Excel, atau coba pratinjau.',
    en: 'This pane runs outside Excel. Open it from Home > LKE ZI in Excel, or try the preview.',
  },
  migrated: {
    id: '{questions} soal dari lembar "{sheet}" dipindahkan ke templat. Lembar lama tidak diubah.',
    en: '{questions} questions from sheet "{sheet}" were moved into the template. The old sheet was not changed.',
  },
  migrationTitle: { id: 'Hasil pemindahan', en: 'What was moved' },
  migrationTotals: {
    id: 'Nilai total di berkas lama: {old}. Menurut aturan (PermenPANRB 90/2021) untuk jawaban yang sama: {rule}.',
    en: 'Total shown by the old file: {old}. By the rule book (PermenPANRB 90/2021) for the same answers: {rule}.',
  },
  migrationTotalsError: {
    id: 'Berkas lama menampilkan {error} sebagai nilai total. Menurut aturan untuk jawaban yang sama: {rule}.',
    en: 'The old file shows {error} as its total. By the rule book for the same answers: {rule}.',
  },
  migrationUnmatched: {
    id: 'Baris berisi isian yang tidak cocok dengan soal mana pun ({count}); salin sendiri bila perlu:',
    en: 'Rows with entries that match no question ({count}); copy them by hand if needed:',
  },
  migrationAllMatched: {
    id: 'Semua isian cocok dengan soal.',
    en: 'Every entry matched a question.',
  },
  unmatchedRow: { id: 'Baris {row}: {text}', en: 'Row {row}: {text}' },
  reasonNoQuestion: { id: 'tidak ada soal yang cocok', en: 'no matching question' },
  reasonTypedPercentage: {
    id: 'persentase diketik, bukan dihitung',
    en: 'a typed percentage, not computed',
  },
  reasonNoteWithoutQuestion: { id: 'catatan tanpa soal', en: 'a note without a question' },
} as const satisfies Readonly<Record<string, Bilingual>>;
