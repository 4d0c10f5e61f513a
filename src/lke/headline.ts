import type { Criterion, Predicate, Verdict } from './eligibility';
import type { Label } from './eligibility';
import { round2 } from './round';

/** The five things the headline can say (issue 10 point 4), in the order they are decided. */
export type HeadlineKind = 'blocked' | 'not-eligible' | 'eligible' | 'afirmasi' | 'requirements-incomplete';

/** The one headline of a column for a predicate: the pane, sheet Rekap, `lke-zi score` and the LHE say it. */
export interface Headline {
  readonly predicate: Predicate;
  readonly kind: HeadlineKind;
  /** The sentence in Bahasa Indonesia, figures as Indonesians write them (`2,90`). */
  readonly id: string;
  readonly en: string;
  /** Answers not filled in, and entry errors (both 0 unless blocked). */
  readonly missing: number;
  readonly errors: number;
  /** Score criteria that fail, the held predicate first (empty unless `not-eligible`). */
  readonly failing: readonly Criterion[];
  /** Tabel 5 requirements met, of how many. */
  readonly met: number;
  readonly requirements: number;
}

/**
 * Two decimals with a decimal comma: `2.9` → `2,90`, `74.5` → `74,50`.
 *
 * @example
 * id2(74.5) // → '74,50'
 */
export function id2(n: number): string {
  return round2(n).toFixed(2).replace('.', ',');
}

/** The criterion of the held predicate (WBBM needs Menuju WBK already held). */
export const HELD_CRITERION = 'predikat-wbk';

/**
 * What a failing criterion adds to the headline: `Nilai total kurang 2,90`, or `belum berpredikat Menuju WBK`.
 *
 * @example
 * shortfallText({ id: 'total', label: { id: 'Nilai total', en: 'Total score' }, margin: -2.9, … })
 * // → { id: 'Nilai total kurang 2,90', en: 'Total score short by 2.90' }
 */
export function shortfallText(c: Criterion): Label {
  if (c.id === HELD_CRITERION) return { id: 'belum berpredikat Menuju WBK', en: 'Menuju WBK not yet held' };
  const short = id2(-c.margin);
  return { id: `${c.label.id} kurang ${short}`, en: `${c.label.en} short by ${short.replace(',', '.')}` };
}

/** The failing criteria of a verdict, the held predicate first. */
export function failingCriteria(v: Verdict): Criterion[] {
  return [
    ...v.criteria.filter((c) => !c.passed && c.id === HELD_CRITERION),
    ...v.criteria.filter((c) => !c.passed && c.id !== HELD_CRITERION),
  ];
}

/** The failing criteria with their shortfall, joined by `; ` (empty when every criterion passes). */
export function failingText(v: Verdict): Label {
  const texts = failingCriteria(v).map(shortfallText);
  return { id: texts.map((t) => t.id).join('; '), en: texts.map((t) => t.en).join('; ') };
}

/** `Belum dapat dinilai: 2 belum diisi, 1 kesalahan isian` (a zero part is left out). */
export function blockedText(missing: number, errors: number): Label {
  const part = (n: number, word: string): string => (n > 0 ? `${n} ${word}` : '');
  const join = (a: string, b: string): string => [a, b].filter((x) => x !== '').join(', ');
  return {
    id: `Belum dapat dinilai: ${join(part(missing, 'belum diisi'), part(errors, 'kesalahan isian'))}`,
    en: `Cannot be judged yet: ${join(part(missing, 'not filled in'), part(errors, 'entry errors'))}`,
  };
}

/** What Tabel 5 lets the headline say once the score passes: eligible, the afirmasi route, or n of 10. */
export function proposalText(v: Verdict): { kind: HeadlineKind } & Label {
  const met = v.requirements.filter((r) => r.passed === true).length;
  const total = v.requirements.length;
  if (met === total)
    return {
      kind: 'eligible',
      id: `Memenuhi syarat Menuju ${v.predicate}`,
      en: `Meets the Menuju ${v.predicate} requirements`,
    };
  if (v.afirmasi)
    return { kind: 'afirmasi', id: 'Nilai memenuhi; jalur afirmasi', en: 'Score passes; affirmation route' };
  return {
    kind: 'requirements-incomplete',
    id: `Nilai memenuhi; syarat pengusulan belum lengkap (${met} dari ${total})`,
    en: `Score passes; proposal requirements incomplete (${met} of ${total})`,
  };
}

/**
 * The headline of a verdict: blocked (no verdict over bad entries), not eligible (the failing criteria
 * with their shortfall, the held predicate first), eligible (score and Tabel 5 pass), the afirmasi route
 * (score passes, Tabel 5 not yet met, Pemda unit of the six kinds), or score passes with Tabel 5 incomplete.
 *
 * @example
 * headline(ev.verdicts.tpi.WBK).id
 * // → 'Belum dapat dinilai: 8 kesalahan isian'
 * // → 'Belum memenuhi: Survei persepsi anti korupsi (IPAK) kurang 0,87'
 * // → 'Nilai memenuhi; syarat pengusulan belum lengkap (2 dari 10)'
 * // → 'Memenuhi syarat Menuju WBK'
 */
export function headline(v: Verdict): Headline {
  const missing = v.blockedBy.filter((b) => b.kind === 'missing').length;
  const errors = v.blockedBy.length - missing;
  const met = v.requirements.filter((r) => r.passed === true).length;
  const base = { predicate: v.predicate, missing, errors, met, requirements: v.requirements.length };
  if (v.eligible === null) return { ...base, kind: 'blocked', ...blockedText(missing, errors), failing: [] };
  if (!v.eligible) {
    const t = failingText(v);
    return {
      ...base,
      kind: 'not-eligible',
      id: `Belum memenuhi: ${t.id}`,
      en: `Not yet: ${t.en}`,
      failing: failingCriteria(v),
    };
  }
  return { ...base, ...proposalText(v), failing: [] };
}
