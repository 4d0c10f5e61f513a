import type { Bilingual } from './types';

/** Tinjau (TPI): differences, the formula audit, the path to WBK/WBBM. */
export const TINJAU = {
  diffTitle: { id: 'Beda jawaban TPI dan unit', en: 'TPI answers that differ from the unit' },
  diffNone: {
    id: 'Tidak ada jawaban TPI yang berbeda dari unit.',
    en: 'No TPI answer differs from the unit.',
  },
  diffValues: { id: 'Unit {unit} → TPI {tpi}', en: 'Unit {unit} → TPI {tpi}' },
  diffEffect: { id: 'Pengaruh pada nilai TPI:', en: 'Effect on the TPI total:' },
  auditTitle: { id: 'Audit rumus', en: 'Formula audit' },
  auditNone: { id: 'Semua sel rumus sesuai templat.', en: 'Every formula cell is as the template made it.' },
  auditOverwritten: { id: 'Rumus ditimpa nilai {found}', en: 'Formula overwritten by the value {found}' },
  auditEdited: { id: 'Rumus diubah menjadi {found}', en: 'Formula edited to {found}' },
  auditMissing: { id: 'Sel rumus dikosongkan', en: 'Formula cell emptied' },
  auditExpected: { id: 'Seharusnya:', en: 'Expected:' },
  restore: { id: 'Pulihkan {count} rumus', en: 'Restore {count} formulas' },
  restoreHint: {
    id: 'Hanya sel rumus yang ditulis ulang; sel isian tidak disentuh.',
    en: 'Only formula cells are rewritten; no input cell is touched.',
  },
  restored: { id: 'Rumus dipulihkan.', en: 'Formulas restored.' },
  pathComputing: {
    id: 'Menghitung yang masih kurang menuju WBK/WBBM…',
    en: 'Working out what is short of WBK/WBBM…',
  },
  pathReached: { id: 'Semua kriteria nilai sudah terpenuhi.', en: 'Every score criterion is already met.' },
  pathUnreachable: {
    id: 'Semua syarat di atas pun belum cukup untuk setiap kriteria.',
    en: 'Even every condition above does not meet each criterion.',
  },
  pathBlocked: {
    id: 'Juga perlu: sudah berpredikat Menuju WBK (lembar Profil).',
    en: 'Also needed: Menuju WBK already held (sheet Profil).',
  },
  pathMissing: {
    id: 'Lengkapi juga {count} isian kosong atau tidak valid.',
    en: 'Also fill in {count} empty or invalid entries.',
  },
} as const satisfies Readonly<Record<string, Bilingual>>;
