import type { Label, Predicate } from './eligibility';

/**
 * Tabel 5 of PermenPANRB 5/2024 Bab II (scoring-rules §5): the proposal requirements outside the score,
 * recorded as facts and checked, for each predicate, by `requirementRows` here and by the Profil sheet's
 * formulas (built from the same rules in src/workbook/profil.ts).
 */

/** Grades of SAKIP and Indeks RB, best first: AA > A > BB > B > CC > C > D. */
export const GRADES = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];

/** Opini BPK, best first. */
export const OPINIONS = ['WTP', 'WDP', 'TW', 'TMP'] as const;
export type Opinion = (typeof OPINIONS)[number];

/** The kind of agency: a ministry or agency (K/L) or a regional government (Pemda). */
export type AgencyKind = 'KL' | 'PEMDA';

/** The six kinds of Pemda unit the afirmasi route is open to, and "other". */
export const SERVICE_KINDS = [
  'rsud',
  'dukcapil',
  'samsat',
  'ptsp',
  'pendidikan',
  'ketenagakerjaan',
  'lainnya',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** The facts of Tabel 5 as entered on sheet Profil (null: not filled in, or not a valid entry). */
export interface ProposalFacts {
  readonly agencyKind: AgencyKind | null;
  readonly serviceKind: ServiceKind | null;
  readonly opiniBpk: Opinion | null;
  readonly sakipInstansi: Grade | null;
  readonly indeksRb: Grade | null;
  /** Level maturitas SPIP, a whole number 1..5. */
  readonly spip: number | null;
  readonly layananUtama: boolean | null;
  readonly dampakSignifikan: boolean | null;
  /** Tindak lanjut temuan APIP/BPK as a fraction 0..1 (the cell shows 100%). */
  readonly tindakLanjut: number | null;
  /** Kepatuhan LHKPN dan LHKASN as a fraction 0..1. */
  readonly kepatuhanLhk: number | null;
  /** Lama membangun ZI, in years (≥ 0). */
  readonly lamaZi: number | null;
  readonly sakipUnit: Grade | null;
}

export const NO_FACTS: ProposalFacts = {
  agencyKind: null,
  serviceKind: null,
  opiniBpk: null,
  sakipInstansi: null,
  indeksRb: null,
  spip: null,
  layananUtama: null,
  dampakSignifikan: null,
  tindakLanjut: null,
  kepatuhanLhk: null,
  lamaZi: null,
  sakipUnit: null,
};

/** A fact that a requirement reads. */
export type FactKey = keyof ProposalFacts;

type ByPredicate<T> = Readonly<Record<Predicate, T>>;

/** How a requirement tests its fact, as data (the engine and the sheet formula both walk it). */
export type RequirementTest =
  | { readonly kind: 'opinion'; readonly min: ByPredicate<Opinion> }
  | { readonly kind: 'grade'; readonly min: ByPredicate<Grade> }
  /** A grade whose minimum depends on the agency kind (Indeks RB). */
  | { readonly kind: 'gradeByAgency'; readonly min: Readonly<Record<AgencyKind, ByPredicate<Grade>>> }
  | { readonly kind: 'atLeast'; readonly min: ByPredicate<number> }
  | { readonly kind: 'yes' };

export type RequirementId =
  | 'opini-bpk'
  | 'sakip-instansi'
  | 'indeks-rb'
  | 'spip'
  | 'layanan-utama'
  | 'dampak-signifikan'
  | 'tindak-lanjut'
  | 'kepatuhan-lhk'
  | 'lama-zi'
  | 'sakip-unit';

export interface RequirementRule {
  readonly id: RequirementId;
  readonly level: 'instansi' | 'unit';
  readonly label: Label;
  readonly fact: FactKey;
  readonly test: RequirementTest;
}

export const REQUIREMENTS: readonly RequirementRule[] = [
  {
    id: 'opini-bpk',
    level: 'instansi',
    label: { id: 'Opini BPK atas laporan keuangan instansi', en: 'Audit opinion (BPK) of the agency' },
    fact: 'opiniBpk',
    test: { kind: 'opinion', min: { WBK: 'WTP', WBBM: 'WTP' } },
  },
  {
    id: 'sakip-instansi',
    level: 'instansi',
    label: { id: 'Predikat SAKIP instansi', en: 'Agency SAKIP rating' },
    fact: 'sakipInstansi',
    test: { kind: 'grade', min: { WBK: 'B', WBBM: 'BB' } },
  },
  {
    id: 'indeks-rb',
    level: 'instansi',
    label: { id: 'Indeks Reformasi Birokrasi instansi', en: 'Agency bureaucratic reform index' },
    fact: 'indeksRb',
    test: { kind: 'gradeByAgency', min: { PEMDA: { WBK: 'CC', WBBM: 'B' }, KL: { WBK: 'B', WBBM: 'BB' } } },
  },
  {
    id: 'spip',
    level: 'instansi',
    label: { id: 'Level maturitas SPIP instansi', en: 'Agency internal control maturity (SPIP)' },
    fact: 'spip',
    test: { kind: 'atLeast', min: { WBK: 3, WBBM: 3 } },
  },
  {
    id: 'layanan-utama',
    level: 'unit',
    label: { id: 'Unit penyelenggara layanan utama instansi', en: 'Unit delivers a core service' },
    fact: 'layananUtama',
    test: { kind: 'yes' },
  },
  {
    id: 'dampak-signifikan',
    level: 'unit',
    label: { id: 'Unit berdampak signifikan pada persepsi masyarakat', en: 'Unit shapes public perception' },
    fact: 'dampakSignifikan',
    test: { kind: 'yes' },
  },
  {
    id: 'tindak-lanjut',
    level: 'unit',
    label: { id: 'Tindak lanjut temuan APIP/BPK', en: 'Follow-up of audit findings (APIP/BPK)' },
    fact: 'tindakLanjut',
    test: { kind: 'atLeast', min: { WBK: 1, WBBM: 1 } },
  },
  {
    id: 'kepatuhan-lhk',
    level: 'unit',
    label: { id: 'Kepatuhan LHKPN dan LHKASN', en: 'Asset report compliance (LHKPN and LHKASN)' },
    fact: 'kepatuhanLhk',
    test: { kind: 'atLeast', min: { WBK: 1, WBBM: 1 } },
  },
  {
    id: 'lama-zi',
    level: 'unit',
    label: { id: 'Lama membangun Zona Integritas', en: 'Time building the Integrity Zone' },
    fact: 'lamaZi',
    test: { kind: 'atLeast', min: { WBK: 1, WBBM: 1 } },
  },
  {
    id: 'sakip-unit',
    level: 'unit',
    label: { id: 'Predikat SAKIP unit (evaluasi internal)', en: 'Unit SAKIP rating (internal evaluation)' },
    fact: 'sakipUnit',
    test: { kind: 'grade', min: { WBK: 'B', WBBM: 'BB' } },
  },
];

/** One requirement checked for one predicate: `passed` is null while its fact (or the agency kind) is empty. */
export interface RequirementRow {
  readonly id: RequirementId;
  readonly label: Label;
  readonly value: string | number | boolean | null;
  readonly required: Label;
  readonly passed: boolean | null;
}

/** `a` is at least as good as `b` on the grade scale. */
export function gradeAtLeast(a: Grade, b: Grade): boolean {
  return GRADES.indexOf(a) <= GRADES.indexOf(b);
}

const pct = (n: number): string => `${Math.round(n * 100)}%`;

/**
 * What a requirement asks for one predicate, in words.
 *
 * @example
 * requiredLabel(REQUIREMENTS[2].test, 'WBK') // → { id: 'Pemda minimal CC; K/L minimal B', en: 'Pemda at least CC; K/L at least B' }
 */
export function requiredLabel(rule: RequirementRule, p: Predicate): Label {
  const t = rule.test;
  switch (t.kind) {
    case 'opinion':
      return { id: t.min[p], en: t.min[p] };
    case 'grade':
      return { id: `minimal ${t.min[p]}`, en: `at least ${t.min[p]}` };
    case 'gradeByAgency':
      return {
        id: `Pemda minimal ${t.min.PEMDA[p]}; K/L minimal ${t.min.KL[p]}`,
        en: `Pemda at least ${t.min.PEMDA[p]}; K/L at least ${t.min.KL[p]}`,
      };
    case 'atLeast':
      if (rule.fact === 'lamaZi') return { id: `minimal ${t.min[p]} tahun`, en: `at least ${t.min[p]} year` };
      if (rule.fact === 'spip') return { id: `minimal level ${t.min[p]}`, en: `at least level ${t.min[p]}` };
      return { id: pct(t.min[p]), en: pct(t.min[p]) };
    case 'yes':
      return { id: 'Ya', en: 'Yes' };
    default: {
      const never: never = t;
      return never;
    }
  }
}

/**
 * Whether one requirement is met by the facts for a predicate (null while not filled in).
 *
 * @example
 * requirementPassed(indeksRb, { ...NO_FACTS, agencyKind: 'PEMDA', indeksRb: 'CC' }, 'WBK') // → true
 * requirementPassed(indeksRb, { ...NO_FACTS, agencyKind: 'KL', indeksRb: 'CC' }, 'WBK')    // → false
 * requirementPassed(indeksRb, { ...NO_FACTS, indeksRb: 'A' }, 'WBK')                         // → null (jenis instansi kosong)
 */
export function requirementPassed(rule: RequirementRule, facts: ProposalFacts, p: Predicate): boolean | null {
  const v = facts[rule.fact];
  if (v === null) return null;
  const t = rule.test;
  switch (t.kind) {
    case 'opinion':
      return OPINIONS.indexOf(v as Opinion) <= OPINIONS.indexOf(t.min[p]);
    case 'grade':
      return gradeAtLeast(v as Grade, t.min[p]);
    case 'gradeByAgency':
      return facts.agencyKind === null ? null : gradeAtLeast(v as Grade, t.min[facts.agencyKind][p]);
    case 'atLeast':
      return (v as number) >= t.min[p];
    case 'yes':
      return v === true;
    default: {
      const never: never = t;
      return never;
    }
  }
}

/**
 * Every Tabel 5 requirement checked for one predicate.
 *
 * @example
 * requirementRows({ ...NO_FACTS, opiniBpk: 'WDP' }, 'WBK')[0]
 * // → { id: 'opini-bpk', value: 'WDP', required: { id: 'WTP', … }, passed: false, … }
 */
export function requirementRows(facts: ProposalFacts, p: Predicate): RequirementRow[] {
  return REQUIREMENTS.map((rule) => ({
    id: rule.id,
    label: rule.label,
    value: facts[rule.fact],
    required: requiredLabel(rule, p),
    passed: requirementPassed(rule, facts, p),
  }));
}

/**
 * The afirmasi route (PermenPANRB 5/2024 Bab II): a Pemda unit of one of the six kinds may be proposed for
 * Menuju WBK while Tabel 5 is still being met.
 *
 * @example
 * isAfirmasi({ ...NO_FACTS, agencyKind: 'PEMDA', serviceKind: 'rsud' }) // → true
 * isAfirmasi({ ...NO_FACTS, agencyKind: 'KL', serviceKind: 'rsud' })    // → false
 */
export function isAfirmasi(facts: ProposalFacts): boolean {
  return facts.agencyKind === 'PEMDA' && facts.serviceKind !== null && facts.serviceKind !== 'lainnya';
}
