import type { Bilingual } from './types';

/** Ekspor: the PortalRB answers file out of and into the workbook. */
export const EKSPOR = {
  exportTitle: { id: 'Ekspor jawaban PortalRB', en: 'Export PortalRB answers' },
  exportHint: {
    id: 'Berkas JSON format jawaban-unit: semua soal, jawaban unit dan TPI, catatan dan tautan bukti.',
    en: 'A JSON file in the jawaban-unit format: every soal, unit and TPI answers, notes and evidence links.',
  },
  exportButton: { id: 'Unduh berkas JSON', en: 'Download the JSON file' },
  exported: { id: 'Berkas {file} diunduh.', en: 'File {file} downloaded.' },
  lheTitle: { id: 'Laporan hasil evaluasi (LHE)', en: 'Evaluation report (LHE)' },
  lheHint: {
    id: 'Draf LHE unit ini sebagai dokumen Word: kesimpulan, nilai per area, kriteria, temuan TPI, audit rumus dan rekomendasi (lembar Rekap, kolom K). Periksa, ubah, lalu tandatangani.',
    en: "This unit's draft LHE as a Word document: conclusion, area scores, criteria, TPI findings, formula audit and recommendations (sheet Rekap, column K). Review, edit, then sign.",
  },
  lheButton: { id: 'Unduh LHE (.docx)', en: 'Download the LHE (.docx)' },
  lheDownloaded: { id: 'Draf LHE {file} diunduh.', en: 'Draft LHE {file} downloaded.' },
  importTitle: { id: 'Impor berkas jawaban', en: 'Import an answers file' },
  importHint: {
    id: 'Pilih berkas jawaban-unit (.json). Perubahan ditampilkan dulu; buku kerja baru diubah setelah Anda setuju.',
    en: 'Choose a jawaban-unit file (.json). You see the changes first; the workbook changes only when you agree.',
  },
  importPick: { id: 'Pilih berkas JSON', en: 'Choose a JSON file' },
  importFile: { id: 'Berkas jawaban PortalRB', en: 'PortalRB answers file' },
  importMeta: { id: 'Berkas: {unit}, tahun {year}', en: 'File: {unit}, year {year}' },
  importCount: { id: '{count} isian akan berubah', en: '{count} entries will change' },
  importNone: {
    id: 'Berkas ini sama dengan isi buku kerja; tidak ada yang berubah.',
    en: 'The file matches the workbook; nothing changes.',
  },
  importChange: { id: '{field}: {from} → {to}', en: '{field}: {from} → {to}' },
  importMore: { id: 'dan {count} perubahan lagi', en: 'and {count} more changes' },
  fieldUnit: { id: 'jawaban unit', en: 'unit answer' },
  fieldTpi: { id: 'jawaban TPI', en: 'TPI answer' },
  fieldUnitNote: { id: 'catatan unit', en: 'unit note' },
  fieldUnitEvidence: { id: 'bukti dukung', en: 'evidence link' },
  fieldTpiNote: { id: 'catatan TPI', en: 'TPI note' },
  importApply: { id: 'Terapkan ke buku kerja', en: 'Apply to the workbook' },
  imported: {
    id: 'Jawaban dari berkas sudah ditulis ke lembar Jawaban.',
    en: 'The file’s answers were written to sheet Jawaban.',
  },
  importUnreadable: { id: 'Berkas bukan JSON yang dapat dibaca.', en: 'The file is not readable JSON.' },
  unknownValue: { id: '–', en: '–' },
} as const satisfies Readonly<Record<string, Bilingual>>;
