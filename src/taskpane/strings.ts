/**
 * Every text of the pane: Bahasa Indonesia first, with an English twin. Components show `t(key)` (Indonesian)
 * and put the English in `title`/tooltips where it helps; issue 5 extends this catalogue.
 */
export const STRINGS = {
  appTitle: { id: 'LKE Zona Integritas', en: 'Integrity Zone evaluation sheet' },
  inject: { id: 'Pasang templat LKE', en: 'Set up the LKE template' },
  upgrade: { id: 'Perbarui templat', en: 'Update the template' },
  reapply: { id: 'Pasang ulang templat', en: 'Re-apply the template' },
  refresh: { id: 'Muat ulang nilai', en: 'Refresh scores' },
  working: { id: 'Sedang bekerja…', en: 'Working…' },
  progressProbe: { id: 'Memeriksa buku kerja…', en: 'Checking the workbook…' },
  progressRead: { id: 'Membaca lembar yang ada…', en: 'Reading existing sheets…' },
  progressWrite: { id: 'Menulis templat', en: 'Writing the template' },
  noTemplate: {
    id: 'Buku kerja ini belum berisi LKE. Klik "Pasang templat LKE" untuk menambahkan lembar Jawaban, Rekap dan Profil; lembar lain tidak diubah.',
    en: 'This workbook has no LKE yet. Click "Set up the LKE template" to add sheets Jawaban, Rekap and Profil; other sheets are left alone.',
  },
  otherVersion: {
    id: 'Templat di buku kerja ini versi lain. Perbarui templat: semua jawaban, catatan dan tautan bukti tetap tersimpan.',
    en: 'The template in this workbook is another version. Update it: every answer, note and evidence link is kept.',
  },
  otherTemplate: {
    id: 'Buku kerja ini berisi lembar "Jawaban" yang bukan milik LKE ZI.',
    en: 'This workbook has a sheet "Jawaban" that does not belong to LKE ZI.',
  },
  damaged: {
    id: 'Templat LKE di buku kerja ini tidak lengkap (lembar atau nama hilang). Pasang ulang templat: jawaban yang ada tetap tersimpan.',
    en: 'The LKE template in this workbook is incomplete (a sheet or name is missing). Re-apply it: existing answers are kept.',
  },
  foreignAsk: {
    id: 'Lembar berikut sudah ada dan bukan buatan LKE ZI: {sheets}. Lembar itu tidak akan ditimpa. Ganti namanya menjadi "… (asli)" lalu pasang templat?',
    en: 'These sheets exist and were not made by LKE ZI: {sheets}. They will not be overwritten. Rename them to "… (asli)" and set up the template?',
  },
  foreignNames: {
    id: 'Nama {names} sudah dipakai di buku kerja ini untuk hal lain, jadi templat tidak dipasang. Hapus atau ganti nama itu (Rumus > Pengelola Nama), lalu pasang lagi.',
    en: 'The names {names} are already used in this workbook for something else, so the template was not set up. Delete or rename them (Formulas > Name Manager), then try again.',
  },
  foreignConfirm: { id: 'Ganti nama dan pasang', en: 'Rename and set up' },
  cancel: { id: 'Batal', en: 'Cancel' },
  unsupportedVersion: {
    id: 'Templat versi {version} tidak dapat diperbarui otomatis. Simpan salinan buku kerja lalu hubungi admin.',
    en: 'Template version {version} cannot be updated in place. Save a copy of the workbook and contact your admin.',
  },
  applied: { id: 'Templat terpasang ({syncs} kali sinkron).', en: 'Template set up ({syncs} syncs).' },
  status: { id: 'Status', en: 'Status' },
  unit: { id: 'Unit', en: 'Unit' },
  tpi: { id: 'TPI', en: 'Internal reviewer (TPI)' },
  total: { id: 'Nilai total', en: 'Total score' },
  pengungkit: { id: 'Pengungkit', en: 'Enablers' },
  hasil: { id: 'Hasil', en: 'Results' },
  answered: { id: 'Terisi', en: 'Answered' },
  invalid: { id: 'Tidak valid', en: 'Invalid' },
  verdictWBK: { id: 'Menuju WBK', en: 'Towards WBK' },
  verdictWBBM: { id: 'Menuju WBBM', en: 'Towards WBBM' },
  verdictEligible: { id: 'Memenuhi', en: 'Eligible' },
  verdictNotEligible: { id: 'Tidak memenuhi', en: 'Not eligible' },
  verdictIncomplete: { id: 'Belum lengkap', en: 'Incomplete' },
  engineAgrees: {
    id: 'Nilai di lembar kerja sama dengan perhitungan panel.',
    en: 'The worksheet figures match the pane’s own calculation.',
  },
  engineDiffers: {
    id: 'Nilai di lembar kerja berbeda dari perhitungan panel: {what}. Rumus mungkin telah diubah; pasang ulang templat.',
    en: 'The worksheet figures differ from the pane’s calculation: {what}. Formulas may have been edited; re-apply the template.',
  },
  errorGeneric: {
    id: 'Excel menolak permintaan: {message}. Tidak ada isian Anda yang hilang; coba lagi.',
    en: 'Excel refused the request: {message}. Nothing you typed was lost; try again.',
  },
  notInExcel: {
    id: 'Panel ini berjalan di luar Excel. Buka melalui tab Beranda > LKE ZI di Excel, atau coba pratinjau.',
    en: 'This pane runs outside Excel. Open it from Home > LKE ZI in Excel, or try the preview.',
  },
} as const;

export type StringKey = keyof typeof STRINGS;

/**
 * The Indonesian text of a key (or the English twin with `lang: 'en'`), with `{name}` placeholders filled.
 *
 * @example
 * t('applied', { syncs: 2 })        // → 'Templat terpasang (2 kali sinkron).'
 * t('applied', { syncs: 2 }, 'en')  // → 'Template set up (2 syncs).'
 */
export function t(
  key: StringKey,
  params: Readonly<Record<string, string | number>> = {},
  lang: 'id' | 'en' = 'id',
): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
