import {
  excelTrim,
  GRADES,
  OPINIONS,
  type AgencyKind,
  type FactKey,
  type Label,
  type Grade,
  type Opinion,
  type ProposalFacts,
  type ServiceKind,
} from '../lke';
import type { CellValue } from './plan';
import { str } from './formulas';

/**
 * The Tabel 5 fact cells of sheet Profil, as data: each fact's row, label, how it is entered and read.
 * The engine's reading (`readFact`) and the sheet's formulas (`factText`, `factValid`) are built from the
 * same entry, so the two cannot read a cell differently.
 */
export type FactEntry =
  /** One of a list of texts (case and spaces forgiven, like the answers); `options` maps text → value. */
  | { readonly kind: 'choice'; readonly options: readonly (readonly [string, string | boolean])[] }
  /** A number in [min, max], `whole` when it must be a whole number; `percent` shows it as a %. */
  | {
      readonly kind: 'number';
      readonly min: number;
      readonly max: number;
      readonly whole: boolean;
      readonly percent: boolean;
    };

export interface FactCell {
  readonly fact: FactKey;
  readonly label: Label;
  readonly entry: FactEntry;
}

export const AGENCY_TEXT: Readonly<Record<AgencyKind, string>> = {
  KL: 'Kementerian/Lembaga',
  PEMDA: 'Pemerintah Daerah',
};

/** The drop-down texts of the kinds of unit service: the short names civil servants use. */
export const SERVICE_TEXT: Readonly<Record<ServiceKind, string>> = {
  rsud: 'RSUD',
  dukcapil: 'Dukcapil',
  samsat: 'Samsat',
  ptsp: 'PTSP',
  pendidikan: 'Pendidikan',
  ketenagakerjaan: 'Ketenagakerjaan',
  lainnya: 'Lainnya',
};

/** What each short name stands for (shown beside the drop-down on Profil and in the pane). */
export const SERVICE_HINT =
  'RSUD = rumah sakit umum daerah; Dukcapil = dinas kependudukan dan catatan sipil; Samsat = sistem administrasi manunggal satu atap; PTSP = pelayanan terpadu satu pintu; Pendidikan = pelayanan pendidikan; Ketenagakerjaan = pelayanan ketenagakerjaan';

const YES_NO = [
  ['Ya', true],
  ['Tidak', false],
] as const;
const grades = GRADES.map((g): readonly [string, Grade] => [g, g]);
const percent = { kind: 'number', min: 0, max: 1, whole: false, percent: true } as const;

/** The fact rows of Profil, top to bottom. */
export const FACT_CELLS: readonly FactCell[] = [
  {
    fact: 'agencyKind',
    label: { id: 'Jenis instansi', en: 'Kind of agency' },
    entry: { kind: 'choice', options: Object.entries(AGENCY_TEXT).map(([k, t]) => [t, k]) },
  },
  {
    fact: 'serviceKind',
    label: { id: 'Jenis layanan unit', en: 'Kind of unit service' },
    entry: { kind: 'choice', options: Object.entries(SERVICE_TEXT).map(([k, t]) => [t, k]) },
  },
  {
    fact: 'opiniBpk',
    label: { id: 'Opini BPK atas laporan keuangan instansi', en: 'Audit opinion (BPK) of the agency' },
    entry: { kind: 'choice', options: OPINIONS.map((o): readonly [string, Opinion] => [o, o]) },
  },
  {
    fact: 'sakipInstansi',
    label: { id: 'Predikat SAKIP instansi', en: 'Agency SAKIP rating' },
    entry: { kind: 'choice', options: grades },
  },
  {
    fact: 'indeksRb',
    label: { id: 'Indeks Reformasi Birokrasi instansi', en: 'Agency bureaucratic reform index' },
    entry: { kind: 'choice', options: grades },
  },
  {
    fact: 'spip',
    label: { id: 'Level maturitas SPIP instansi (1–5)', en: 'Agency SPIP maturity level (1–5)' },
    entry: { kind: 'number', min: 1, max: 5, whole: true, percent: false },
  },
  {
    fact: 'layananUtama',
    label: { id: 'Unit penyelenggara layanan utama instansi', en: 'Unit delivers a core service' },
    entry: { kind: 'choice', options: YES_NO },
  },
  {
    fact: 'dampakSignifikan',
    label: { id: 'Unit berdampak signifikan pada persepsi masyarakat', en: 'Unit shapes public perception' },
    entry: { kind: 'choice', options: YES_NO },
  },
  {
    fact: 'tindakLanjut',
    label: { id: 'Tindak lanjut temuan APIP/BPK (%)', en: 'Follow-up of audit findings (%)' },
    entry: percent,
  },
  {
    fact: 'kepatuhanLhk',
    label: { id: 'Kepatuhan LHKPN dan LHKASN (%)', en: 'Asset report compliance (%)' },
    entry: percent,
  },
  {
    fact: 'lamaZi',
    label: { id: 'Lama membangun Zona Integritas (tahun)', en: 'Years building the Integrity Zone' },
    entry: { kind: 'number', min: 0, max: 100, whole: false, percent: false },
  },
  {
    fact: 'sakipUnit',
    label: { id: 'Predikat SAKIP unit (evaluasi internal)', en: 'Unit SAKIP rating (internal evaluation)' },
    entry: { kind: 'choice', options: grades },
  },
];

/**
 * The engine's reading of a fact cell, exactly as `factValid` decides (null: empty or not valid).
 *
 * @example
 * readFact(FACT_CELLS[0].entry, ' pemerintah  daerah ') // → 'PEMDA'
 * readFact(percentEntry, 1)                             // → 1   (the cell shows 100%)
 * readFact(spipEntry, 3.5)                              // → null (not a whole level)
 */
export function readFact(entry: FactEntry, v: CellValue | undefined): string | number | boolean | null {
  switch (entry.kind) {
    case 'choice': {
      if (typeof v !== 'string') return null;
      const t = excelTrim(v).toUpperCase();
      return entry.options.find(([text]) => text.toUpperCase() === t)?.[1] ?? null;
    }
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v) || v < entry.min || v > entry.max) return null;
      return entry.whole && !Number.isInteger(v) ? null : v;
    default: {
      const never: never = entry;
      return never;
    }
  }
}

/** The facts read from the fact cells (`cell(fact)` gives the raw value of that fact's cell). */
export function readFacts(cell: (fact: FactKey) => CellValue | undefined): ProposalFacts {
  return Object.fromEntries(
    FACT_CELLS.map((f) => [f.fact, readFact(f.entry, cell(f.fact))]),
  ) as unknown as ProposalFacts;
}

/** The reading formula of a choice cell: its text upper-cased and trimmed, "" when it is not text. */
export function factReadingFormula(cell: string): string {
  return `=IF(ISTEXT(${cell}),UPPER(TRIM(${cell})),"")`;
}

/**
 * The formula test that a fact holds a valid entry (what `readFact` accepts): for a choice, on its reading cell;
 * for a number, on the input cell.
 *
 * @example
 * factValid(spipEntry, 'B17', 'D17') // → 'IF(ISNUMBER(B17),AND(B17>=1,B17<=5,B17=INT(B17)),FALSE())'
 * factValid(opinionEntry, 'B14', 'D14') // → 'OR(D14="WTP",D14="WDP",D14="TW",D14="TMP")'
 */
export function factValid(entry: FactEntry, cell: string, reading: string): string {
  switch (entry.kind) {
    case 'choice':
      return `OR(${entry.options.map(([text]) => `${reading}=${str(text.toUpperCase())}`).join(',')})`;
    case 'number': {
      const tests = [
        `${cell}>=${entry.min}`,
        `${cell}<=${entry.max}`,
        ...(entry.whole ? [`${cell}=INT(${cell})`] : []),
      ];
      return `IF(ISNUMBER(${cell}),AND(${tests.join(',')}),FALSE())`;
    }
    default: {
      const never: never = entry;
      return never;
    }
  }
}

/** The text a choice value is entered as (`'PEMDA'` → `Pemerintah Daerah`, `true` → `Ya`). */
export function factTextOf(entry: FactEntry, value: string | number | boolean | null): CellValue {
  if (value === null) return null;
  if (entry.kind === 'number') return typeof value === 'number' ? value : null;
  return entry.options.find(([, v]) => v === value)?.[0] ?? null;
}
