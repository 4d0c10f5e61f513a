/**
 * The LKE catalogue as typed data: the hierarchy of PermenPANRB 90/2021 Lampiran III, the PortalRB 2026
 * question list, the Reform % items computed from Jumlah inputs, the thresholds. The scorer walks this data;
 * it never branches on question text. A new LKE version is a new `Catalogue` value, not new code.
 */

/**
 * How a question is answered.
 * - `YA_TIDAK`, `ABC`, `ABCD`, `ABCDE`: a choice among `options`, each with its official value 0..1.
 * - `JUMLAH`: a non-negative whole number; not scored itself, it feeds a {@link RatioItem}.
 * - `NILAI_0_4`: an external survey index 0..4 (IPAK, IPKP); its value is index / 4.
 */
export type AnswerType = 'YA_TIDAK' | 'ABC' | 'ABCD' | 'ABCDE' | 'JUMLAH' | 'NILAI_0_4';

/** One option of a choice question. `key` is what the user types (`"Ya"`, `"B"`), `value` its 0..1 score. */
export interface AnswerOption {
  readonly key: string;
  /** The meaning of the option (the criterion text of the LKE). */
  readonly label: string;
  readonly value: number;
}

/** A PortalRB 2026 question ("soal"): one input row on sheet "Jawaban". */
export interface Question {
  /** PortalRB 2026 `soal.id`. */
  readonly soalId: number;
  /** LKE 2021 code, e.g. `A.I.1.i.a`; Jumlah inputs get `.1`, `.2`, … after their % item. */
  readonly code: string;
  readonly text: string;
  /** The criteria text (`kriteria_nilai`): what each option means, or how a count is taken. */
  readonly criteria: string;
  readonly answerType: AnswerType;
  /** Empty for `JUMLAH` and `NILAI_0_4`. */
  readonly options: readonly AnswerOption[];
  /** PortalRB `bobot_maksimal` of the question (0 for most: the weight sits on the sub-area). */
  readonly weight: number;
  /** The row of the question on PortalRB's sheet "Jawaban". */
  readonly row: number;
}

/**
 * What to do when a ratio's denominator is 0 (scoring-rules §3):
 * - `zero`: the item is worth 0;
 * - `one`: worth 1 (nothing was owed, e.g. no complaint to follow up);
 * - `one-if-no-minus`: 1 when every subtracted input is 0 (nothing got worse), else 0.
 */
export type ZeroDenominatorRule = 'zero' | 'one' | 'one-if-no-minus';

/**
 * A Reform % item computed from Jumlah inputs:
 * `clamp((Σ plus − Σ minus) / Σ denominator, 0, 1)`.
 *
 * @example
 * // LHKPN: sudah melapor / wajib melapor
 * { id: 'pw-lhkpn', plus: [116], minus: [], denominator: [113, 114, 115], alsoRequired: [], whenDenominatorZero: 'one' }
 */
export interface RatioItem {
  readonly id: string;
  readonly code: string;
  readonly label: string;
  readonly plus: readonly number[];
  readonly minus: readonly number[];
  readonly denominator: readonly number[];
  /** Inputs outside the fraction that must still be filled for the item to count (soal 104, 111). */
  readonly alsoRequired: readonly number[];
  readonly whenDenominatorZero: ZeroDenominatorRule;
}

/** A scored item of a leaf node: a choice or survey question, or a computed ratio. */
export type ItemRef =
  | { readonly kind: 'question'; readonly soalId: number }
  | { readonly kind: 'ratio'; readonly ratioId: string };

export type NodeLevel = 'komponen' | 'aspek' | 'area' | 'subArea';

/**
 * A node of the hierarchy. Its value is the sum of its children's values, or, for a leaf,
 * `weight × mean(item values)` (scoring-rules §4).
 */
export interface LkeNode {
  /** Stable key, the LKE code: `A`, `A.I`, `A.I.1`, `A.I.1.i`, `A.II.5.iii.a`, `B.I.a`. */
  readonly key: string;
  /** PortalRB master node id, or null for nodes the master does not have (Hasil items). */
  readonly portalId: number | null;
  readonly level: NodeLevel;
  /** Numbering as printed in the LKE: `A.`, `I.`, `1.`, `i.`, `a.`. */
  readonly numbering: string;
  readonly name: string;
  readonly weight: number;
  /** Area number 1..6 for areas and everything under them (joins Pemenuhan and Reform). */
  readonly area: number | null;
  readonly children: readonly LkeNode[];
  /** Scored items (leaves only). */
  readonly items: readonly ItemRef[];
  /** Every question under this leaf in row order, scored or input (leaves only). */
  readonly questions: readonly Question[];
}

/** One of the six change areas, with its combined (Pemenuhan + Reform) weight. */
export interface AreaInfo {
  readonly id: number;
  readonly name: string;
  readonly nameEn: string;
  readonly weight: number;
}

/** Keys of the nodes the eligibility rules and headline figures read. */
export interface KeyNodes {
  readonly pengungkit: string;
  readonly pemenuhan: string;
  readonly reform: string;
  readonly hasil: string;
  /** Hasil I. Birokrasi yang bersih dan akuntabel. */
  readonly bersih: string;
  /** The IPAK survey part of Hasil I. */
  readonly ipak: string;
  /** The capaian kinerja part of Hasil I. */
  readonly kinerja: string;
  /** Hasil II. Pelayanan publik yang prima. */
  readonly pelayanan: string;
}

export interface Catalogue {
  /** Template id, e.g. `lke-zi-2021-portalrb-2026`. */
  readonly id: string;
  readonly title: string;
  /** PortalRB evaluation year of the master the rows come from. */
  readonly year: number;
  readonly regulation: string;
  readonly roots: readonly LkeNode[];
  readonly ratios: readonly RatioItem[];
  readonly areas: readonly AreaInfo[];
  readonly keyNodes: KeyNodes;
}
