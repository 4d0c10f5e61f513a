import type { Catalogue } from './catalogue/types';
import type { ColumnScore } from './score';
import { round2 } from './round';
import type { FigureId } from './figures';
import {
  isAfirmasi,
  NO_FACTS,
  requirementRows,
  type ProposalFacts,
  type RequirementRow,
} from './requirements';
import type { Blocker } from './blocking';

export type Predicate = 'WBK' | 'WBBM';
export const PREDICATES: readonly Predicate[] = ['WBK', 'WBBM'];

/** The predicate a unit already holds (a profile field the user enters). */
export type HeldPredicate = 'none' | 'WBK' | 'WBBM';

/** What the unit says about itself: the predicate already held and the facts of Tabel 5. */
export interface UnitProfile {
  readonly heldPredicate: HeldPredicate;
  /** Tabel 5 facts; absent: none entered. */
  readonly facts?: ProposalFacts;
}

type ByPredicate = Readonly<Record<Predicate, number>>;

/** Thresholds of one regulation, in points (areaShare: share of each area's combined weight). */
export interface Thresholds {
  readonly total: ByPredicate;
  readonly pengungkit: ByPredicate;
  readonly areaShare: ByPredicate;
  readonly bersih: ByPredicate;
  readonly ipak: ByPredicate;
  readonly kinerja: ByPredicate;
  readonly pelayanan: ByPredicate;
}

export interface Label {
  readonly id: string;
  readonly en: string;
}

/** One criterion, judged on `round2(value)`; `margin = round2(round2(value) − threshold)`. */
export interface Criterion {
  readonly id: string;
  readonly label: Label;
  readonly value: number;
  readonly threshold: number;
  readonly passed: boolean;
  readonly margin: number;
}

export interface Verdict {
  readonly predicate: Predicate;
  /**
   * The verdict on the score: true/false only when the column is complete and has no entry error
   * (`blockedBy` empty); null while blocked.
   */
  readonly eligible: boolean | null;
  /** Every score criterion passed, judged even while blocked (so people see where the numbers stand). */
  readonly scorePassed: boolean;
  /** Why the verdict is withheld: entry errors, then answers not filled in. Empty when judged. */
  readonly blockedBy: readonly Blocker[];
  readonly criteria: readonly Criterion[];
  /** Soal ids still empty or invalid. */
  readonly missing: readonly number[];
  /** Tabel 5, checked from the facts for this predicate; stands beside `eligible`. */
  readonly requirements: readonly RequirementRow[];
  /** The afirmasi route applies (Menuju WBK only): unmet requirements are shown but do not block the proposal. */
  readonly afirmasi: boolean;
}

/**
 * What a criterion reads, as data (so the sheet builder finds the same figure's cell without parsing ids):
 * a headline figure, an area's total (Pemenuhan + Reform), or the predicate already held (1 or 0).
 */
export type CriterionSource =
  | { readonly kind: 'figure'; readonly id: FigureId }
  | { readonly kind: 'area'; readonly area: number }
  | { readonly kind: 'held' };

/** A rule of the list: what it reads and its threshold for each predicate (absent: not a criterion). */
export interface CriterionRule {
  readonly id: string;
  readonly label: Label;
  readonly source: CriterionSource;
  readonly threshold: Readonly<Partial<Record<Predicate, number>>>;
}

/**
 * The value a criterion source has for one column's score and the profile: the one evaluator of sources.
 *
 * @example
 * sourceValue({ kind: 'figure', id: 'total' }, score, profile) // → score.total
 * sourceValue({ kind: 'area', area: 5 }, score, profile)       // → Pemenuhan + Reform of area 5
 * sourceValue({ kind: 'held' }, score, { heldPredicate: 'WBK' }) // → 1
 */
export function sourceValue(source: CriterionSource, s: ColumnScore, p: UnitProfile): number {
  switch (source.kind) {
    case 'figure':
      return s[source.id];
    case 'area':
      return s.areas.find((x) => x.id === source.area)?.value ?? 0;
    case 'held':
      return p.heldPredicate === 'none' ? 0 : 1;
    default: {
      const never: never = source;
      return never;
    }
  }
}

/**
 * The one rule list for Menuju WBK and Menuju WBBM (scoring-rules §5), built from the catalogue's areas and
 * a regulation's thresholds.
 *
 * @example
 * criterionRules(LKE_2021, THRESHOLDS_2021).map((r) => r.id)
 * // → ['total', 'pengungkit', 'area-1', …, 'area-6', 'bersih', 'ipak', 'kinerja', 'pelayanan', 'predikat-wbk']
 */
export function criterionRules(catalogue: Catalogue, t: Thresholds): CriterionRule[] {
  const areaRules = catalogue.areas.map((a): CriterionRule => ({
    id: `area-${a.id}`,
    label: { id: `Area ${a.name} (bobot ${a.weight})`, en: `Area ${a.nameEn} (weight ${a.weight})` },
    source: { kind: 'area', area: a.id },
    threshold: { WBK: round2(t.areaShare.WBK * a.weight), WBBM: round2(t.areaShare.WBBM * a.weight) },
  }));
  return [
    {
      id: 'total',
      label: { id: 'Nilai total', en: 'Total score' },
      source: { kind: 'figure', id: 'total' },
      threshold: t.total,
    },
    {
      id: 'pengungkit',
      label: { id: 'Komponen Pengungkit', en: 'Enablers (Pengungkit)' },
      source: { kind: 'figure', id: 'pengungkit' },
      threshold: t.pengungkit,
    },
    ...areaRules,
    {
      id: 'bersih',
      label: {
        id: 'Hasil: birokrasi bersih dan akuntabel',
        en: 'Results: clean and accountable bureaucracy',
      },
      source: { kind: 'figure', id: 'bersih' },
      threshold: t.bersih,
    },
    {
      id: 'ipak',
      label: { id: 'Survei persepsi anti korupsi (IPAK)', en: 'Anti-corruption perception survey (IPAK)' },
      source: { kind: 'figure', id: 'ipak' },
      threshold: t.ipak,
    },
    {
      id: 'kinerja',
      label: { id: 'Capaian kinerja lebih baik', en: 'Better performance achievement' },
      source: { kind: 'figure', id: 'kinerja' },
      threshold: t.kinerja,
    },
    {
      id: 'pelayanan',
      label: { id: 'Hasil: pelayanan publik yang prima', en: 'Results: excellent public service' },
      source: { kind: 'figure', id: 'pelayanan' },
      threshold: t.pelayanan,
    },
    {
      id: 'predikat-wbk',
      label: { id: 'Sudah berpredikat Menuju WBK', en: 'Already holds Menuju WBK' },
      source: { kind: 'held' },
      threshold: { WBBM: 1 },
    },
  ];
}

/** Judges a value against a threshold on the value rounded like Excel's ROUND(x, 2). */
export function judge(value: number, threshold: number): { passed: boolean; margin: number } {
  const shown = round2(value);
  return { passed: shown >= threshold, margin: round2(shown - threshold) };
}

/**
 * The verdict of one column's score for one predicate. `blockedBy` comes from `blockers(score, issues)`;
 * without it only the answers not filled in or invalid (`score.missing`) withhold the verdict.
 *
 * @example
 * const v = verdict(LKE_2021, THRESHOLDS_2021, score, { heldPredicate: 'none' }, 'WBK', blockers(score, issues));
 * v.criteria.find((c) => c.id === 'total') // → { id: 'total', value: 74.995, threshold: 75, passed: true, margin: 0, … }
 * v.eligible // → null while a count exceeds its denominator; v.scorePassed still says where the numbers stand
 */
export function verdict(
  catalogue: Catalogue,
  thresholds: Thresholds,
  score: ColumnScore,
  profile: UnitProfile,
  predicate: Predicate,
  blockedBy: readonly Blocker[] = score.missing.map((id) => ({
    kind: 'missing' as const,
    soalId: id,
    column: score.column,
    code: 'empty',
  })),
): Verdict {
  const criteria = criterionRules(catalogue, thresholds).flatMap((rule): Criterion[] => {
    const threshold = rule.threshold[predicate];
    if (threshold === undefined) return [];
    const value = sourceValue(rule.source, score, profile);
    return [{ id: rule.id, label: rule.label, value, threshold, ...judge(value, threshold) }];
  });
  const scorePassed = criteria.every((c) => c.passed);
  const facts = profile.facts ?? NO_FACTS;
  return {
    predicate,
    eligible: blockedBy.length === 0 && score.complete ? scorePassed : null,
    scorePassed,
    blockedBy,
    criteria,
    missing: score.missing,
    requirements: requirementRows(facts, predicate),
    afirmasi: predicate === 'WBK' && isAfirmasi(facts),
  };
}
