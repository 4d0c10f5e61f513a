import type { Bilingual } from './types';

/** Mulai: the workbook state, set-up, migration and the unit profile. */
export const MULAI = {
  mulaiTitle: { id: 'Buku kerja', en: 'Workbook' },
  stateUnknown: { id: 'Memeriksa buku kerja…', en: 'Checking the workbook…' },
  stateNone: {
    id: 'Buku kerja ini belum berisi LKE. Pemasangan menambah lembar Jawaban, Rekap dan Profil; lembar lain tidak diubah.',
    en: 'This workbook has no LKE yet. Setting up adds sheets Jawaban, Rekap and Profil; other sheets are left alone.',
  },
  stateCurrent: {
    id: 'Templat LKE ZI versi {version} terpasang.',
    en: 'LKE ZI template version {version} is set up.',
  },
  stateOutdated: {
    id: 'Templat versi {version} terpasang; versi {expected} tersedia. Semua jawaban, catatan dan tautan bukti tetap tersimpan saat diperbarui.',
    en: 'Template version {version} is set up; version {expected} is available. Every answer, note and evidence link is kept.',
  },
  stateDamaged: {
    id: 'Templat LKE versi {version} di buku kerja ini tidak lengkap (lembar atau nama hilang). Pasang ulang templat: jawaban yang ada tetap tersimpan.',
    en: 'The LKE template (version {version}) in this workbook is incomplete (a sheet or name is missing). Re-apply it: existing answers are kept.',
  },
  stateForeign: {
    id: 'Ada lembar "Jawaban" yang bukan buatan LKE ZI. Lembar itu tidak akan ditimpa.',
    en: 'A sheet "Jawaban" exists that LKE ZI did not make. It will not be overwritten.',
  },
  stateCirculated: {
    id: 'Lembar "{sheet}" adalah LKE ZI yang beredar (format lama). Jawaban, catatan dan tautan bukti dapat dipindahkan ke templat; lembar lama hanya dibaca.',
    en: 'Sheet "{sheet}" is a circulated LKE ZI (the old format). Its answers, notes and evidence links can be moved into the template; the old sheet is only read.',
  },
  inject: { id: 'Pasang templat LKE', en: 'Set up the LKE template' },
  reapply: { id: 'Pasang ulang templat', en: 'Re-apply the template' },
  upgrade: { id: 'Perbarui templat', en: 'Update the template' },
  migrate: { id: 'Pindahkan jawaban ke templat', en: 'Move the answers into the template' },
  foreignAsk: {
    id: 'Lembar berikut sudah ada dan bukan buatan LKE ZI: {sheets}. Ganti namanya menjadi "… (asli)" lalu pasang templat?',
    en: 'These sheets exist and were not made by LKE ZI: {sheets}. Rename them to "… (asli)" and set up the template?',
  },
  foreignConfirm: { id: 'Ganti nama dan pasang', en: 'Rename and set up' },
  cancel: { id: 'Batal', en: 'Cancel' },
  progressLabel: { id: 'Kemajuan', en: 'Progress' },
  progressProbe: { id: 'Memeriksa buku kerja…', en: 'Checking the workbook…' },
  progressRead: { id: 'Membaca lembar yang ada…', en: 'Reading existing sheets…' },
  progressWrite: {
    id: 'Menulis templat ({done} dari {total})',
    en: 'Writing the template ({done} of {total})',
  },
  profileTitle: { id: 'Profil unit', en: 'Unit profile' },
  unitName: { id: 'Nama unit kerja', en: 'Unit name' },
  unitId: { id: 'ID unit PortalRB', en: 'PortalRB unit id' },
  instansi: { id: 'Instansi', en: 'Agency (instansi)' },
  year: { id: 'Tahun penilaian', en: 'Evaluation year' },
  yearInvalid: { id: 'Isi tahun empat angka, mis. 2026.', en: 'Enter a four-digit year, e.g. 2026.' },
  held: { id: 'Predikat yang sudah dimiliki', en: 'Predicate already held' },
  heldNone: { id: 'Belum ada', en: 'None yet' },
  heldWBK: { id: 'Menuju WBK', en: 'Menuju WBK' },
  heldWBBM: { id: 'Menuju WBBM', en: 'Menuju WBBM' },
  factsTitle: { id: 'Fakta persyaratan pengusulan (Tabel 5)', en: 'Proposal requirement facts (Tabel 5)' },
  factsHint: {
    id: 'Isi faktanya; pemenuhan tiap syarat untuk WBK dan WBBM dihitung di lembar Profil.',
    en: 'Enter the facts; each requirement is checked for WBK and WBBM on sheet Profil.',
  },
  factEmpty: { id: '(belum diisi)', en: '(not filled in)' },
  factPercentHint: { id: 'Persen, 0–100', en: 'Percent, 0–100' },
  factInvalid: { id: 'Isi angka dalam batas yang diminta.', en: 'Enter a number within the range asked.' },
  saveProfile: { id: 'Simpan ke lembar Profil', en: 'Save to sheet Profil' },
  profileSaved: { id: 'Profil tersimpan di lembar Profil.', en: 'Profile saved to sheet Profil.' },
  done: { id: 'Selesai.', en: 'Done.' },
} as const satisfies Readonly<Record<string, Bilingual>>;
