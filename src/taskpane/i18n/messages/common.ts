import type { Bilingual } from './types';

/** Texts shared by every view: navigation, language, columns, errors. */
export const COMMON = {
  appTitle: { id: 'LKE Zona Integritas', en: 'LKE Integrity Zone' },
  navLabel: { id: 'Bagian panel', en: 'Pane sections' },
  tabMulai: { id: 'Mulai', en: 'Start' },
  tabStatus: { id: 'Status', en: 'Status' },
  tabValidasi: { id: 'Validasi', en: 'Checks' },
  tabTinjau: { id: 'Tinjau', en: 'Review' },
  tabEkspor: { id: 'Ekspor', en: 'Export' },
  /** The language the button switches to, named in that language. */
  langSwitch: { id: 'English', en: 'Bahasa Indonesia' },
  busy: { id: 'Sedang bekerja…', en: 'Working…' },
  actionFailed: {
    id: 'Gagal: {message}. Tidak ada isian Anda yang hilang; coba lagi.',
    en: 'Failed: {message}. Nothing you typed was lost; try again.',
  },
  sideUnit: { id: 'Unit', en: 'Unit' },
  sideTpi: { id: 'TPI', en: 'TPI' },
  sideAll: { id: 'Semua', en: 'All' },
  yes: { id: 'Ya', en: 'Yes' },
  no: { id: 'Tidak', en: 'No' },
  emptyAnswer: { id: '(kosong)', en: '(empty)' },
  needTemplate: {
    id: 'Belum ada templat LKE di buku kerja ini. Pasang dulu di tab Mulai.',
    en: 'This workbook has no LKE template yet. Set it up on the Start tab.',
  },
} as const satisfies Readonly<Record<string, Bilingual>>;
