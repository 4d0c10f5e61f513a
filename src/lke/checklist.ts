import type { Label } from './eligibility';

/** Who a Tabel 5 requirement is about: the instansi (the whole agency) or the unit proposed. */
export type ChecklistLevel = 'instansi' | 'unit';

/** A proposal requirement outside the score (PermenPANRB 90/2021 Tabel 5, restated by 5/2024). */
export interface ChecklistItem {
  readonly id: string;
  readonly level: ChecklistLevel;
  readonly label: Label;
  /** What is required for each predicate, as the regulation words it. */
  readonly wbk: string;
  readonly wbbm: string;
}

/** Tabel 5: ticked by the user, shown beside the computed verdict, never computed. */
export const PROPOSAL_CHECKLIST: readonly ChecklistItem[] = [
  {
    id: 'opini-bpk',
    level: 'instansi',
    label: { id: 'Opini BPK atas laporan keuangan', en: 'Audit opinion (BPK)' },
    wbk: 'minimal WTP',
    wbbm: 'minimal WTP',
  },
  {
    id: 'sakip-instansi',
    level: 'instansi',
    label: { id: 'Predikat SAKIP instansi', en: 'Agency SAKIP rating' },
    wbk: 'minimal B',
    wbbm: 'minimal BB',
  },
  {
    id: 'indeks-rb',
    level: 'instansi',
    label: { id: 'Indeks Reformasi Birokrasi', en: 'Bureaucratic reform index' },
    wbk: 'Pemda minimal CC; K/L minimal B',
    wbbm: 'Pemda minimal B; K/L minimal BB',
  },
  {
    id: 'spip',
    level: 'instansi',
    label: { id: 'Maturitas SPIP', en: 'Internal control maturity (SPIP)' },
    wbk: 'minimal level 3',
    wbbm: 'minimal level 3',
  },
  {
    id: 'layanan-utama',
    level: 'unit',
    label: { id: 'Unit penyelenggara layanan utama instansi', en: 'Unit delivers a core service' },
    wbk: 'ya',
    wbbm: 'ya',
  },
  {
    id: 'dampak-persepsi',
    level: 'unit',
    label: { id: 'Unit berdampak signifikan pada persepsi publik', en: 'Unit shapes public perception' },
    wbk: 'ya',
    wbbm: 'ya',
  },
  {
    id: 'tindak-lanjut-temuan',
    level: 'unit',
    label: { id: 'Tindak lanjut temuan APIP/BPK', en: 'Follow-up of audit findings' },
    wbk: '100%',
    wbbm: '100%',
  },
  {
    id: 'lhkpn-lhkasn',
    level: 'unit',
    label: { id: 'Kepatuhan LHKPN dan LHKASN', en: 'Asset report compliance (LHKPN/LHKASN)' },
    wbk: '100%',
    wbbm: '100%',
  },
  {
    id: 'lama-pembangunan',
    level: 'unit',
    label: { id: 'Lama membangun ZI', en: 'Time building the ZI' },
    wbk: 'minimal 1 tahun',
    wbbm: 'minimal 1 tahun',
  },
  {
    id: 'sakip-unit',
    level: 'unit',
    label: { id: 'Predikat SAKIP unit (evaluasi internal)', en: 'Unit SAKIP rating (internal)' },
    wbk: 'minimal B',
    wbbm: 'minimal BB',
  },
];
