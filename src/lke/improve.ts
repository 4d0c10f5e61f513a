import type { Catalogue, RatioItem } from './catalogue/types';
import { indexOf } from './catalogue/indexCatalogue';
import { answerOf, readAnswer, type Answer, type Column, type Entries, type Entry } from './answers';
import { verdict, type Predicate, type Thresholds, type UnitProfile } from './eligibility';
import { scoreColumn, type ColumnScore } from './score';
import { round2 } from './round';
import { bestAnswer } from './review';

/** One change that would raise the score: an answer set to its best, or a % item's counts brought to 100 %. */
export interface Improvement {
  readonly kind: 'question' | 'ratio';
  /** The soal ids whose answers change. */
  readonly soalIds: readonly number[];
  readonly code: string;
  readonly label: string;
  readonly from: readonly Answer[];
  readonly to: readonly Answer[];
  /** Points the total gains by this step, after the steps before it. */
  readonly gain: number;
}

export interface PathToPredicate {
  readonly predicate: Predicate;
  /** True when the steps make every criterion the answers can move pass. */
  readonly reachable: boolean;
  readonly steps: readonly Improvement[];
  /** Criteria no answer can move (the predicate already held, for WBBM), still failing. */
  readonly blockedBy: readonly string[];
  /** Entries still empty or invalid: the verdict also needs these filled. */
  readonly missing: readonly number[];
}

interface Candidate {
  readonly kind: Improvement['kind'];
  readonly code: string;
  readonly label: string;
  readonly changes: ReadonlyMap<number, Answer>;
}

/** Counts that bring a % item to 1: subtracted inputs to 0, the first numerator input up to the denominator. */
function ratioTarget(r: RatioItem, value: (id: number) => number): Map<number, Answer> {
  const changes = new Map<number, Answer>();
  for (const id of r.minus) changes.set(id, 0);
  const first = r.plus[0];
  if (r.minus.length > 0 || first === undefined) return changes;
  let den = r.denominator.reduce((s, id) => s + value(id), 0);
  const firstDen = r.denominator[0];
  if (den === 0 && r.whenDenominatorZero === 'zero' && firstDen !== undefined) {
    changes.set(firstDen, 1);
    den = 1;
  }
  const others = r.plus.slice(1).reduce((s, id) => s + value(id), 0);
  if (den > 0) changes.set(first, Math.max(0, den - others));
  return changes;
}

function candidates(catalogue: Catalogue, entries: Entries, column: Column, score: ColumnScore): Candidate[] {
  const ix = indexOf(catalogue);
  const out: Candidate[] = [];
  for (const q of ix.questions) {
    if (q.answerType === 'JUMLAH' || (score.questions[q.soalId] ?? 0) >= 1) continue;
    out.push({
      kind: 'question',
      code: q.code,
      label: q.text,
      changes: new Map([[q.soalId, bestAnswer(q)]]),
    });
  }
  for (const r of catalogue.ratios) {
    if ((score.ratios[r.id] ?? 0) >= 1) continue;
    const value = (id: number): number => {
      const q = ix.question.get(id);
      const rd = q ? readAnswer(q, answerOf(entries.get(id), column)) : { status: 'empty' as const };
      return rd.status === 'ok' ? rd.value : 0;
    };
    const changes = ratioTarget(r, value);
    if (changes.size > 0) out.push({ kind: 'ratio', code: r.code, label: r.label, changes });
  }
  return out;
}

function apply(entries: Entries, column: Column, changes: ReadonlyMap<number, Answer>): Map<number, Entry> {
  const m = new Map(entries);
  for (const [id, a] of changes) {
    const old = m.get(id) ?? { unit: null, tpi: null };
    m.set(id, column === 'unit' ? { ...old, unit: a } : { ...old, tpi: a });
  }
  return m;
}

/**
 * What would have to change for one column to reach a predicate: a short list of steps, chosen greedily,
 * each the change that most reduces the total shortfall of the failing criteria (points below threshold,
 * judged on ROUND(x, 2)). A heuristic, not a proof of the smallest set: it shows a reviewer where the
 * points are, largest first.
 *
 * @example
 * const p = pathTo(LKE_2021, THRESHOLDS_2021, entries, 'tpi', { heldPredicate: 'none' }, 'WBK');
 * p.steps.map((s) => `${s.code} → ${s.to.join('/')} (+${s.gain.toFixed(2)})`)
 * // → ['A.II.5.ii.- → 10 (+3.00)', 'A.I.4.i.c → A (+0.28)', …]
 */
export function pathTo(
  catalogue: Catalogue,
  thresholds: Thresholds,
  entries: Entries,
  column: Column,
  profile: UnitProfile,
  predicate: Predicate,
): PathToPredicate {
  const movable = (id: string) => id !== 'predikat-wbk';
  const shortfall = (s: ColumnScore): number =>
    verdict(catalogue, thresholds, s, profile, predicate)
      .criteria.filter((c) => movable(c.id))
      .reduce((sum, c) => sum + Math.max(0, c.threshold - round2(c.value)), 0);
  let current: Entries = entries;
  let score = scoreColumn(catalogue, current, column);
  interface Trial {
    readonly c: Candidate;
    readonly reduction: number;
    readonly score: ColumnScore;
  }
  const trial = (c: Candidate, base: number): Trial => {
    const s = scoreColumn(catalogue, apply(current, column, c.changes), column);
    return { c, reduction: base - shortfall(s), score: s };
  };
  const better = (a: Trial, b: Trial): number => b.reduction - a.reduction || b.score.total - a.score.total;
  // Lazy greedy: a change adds fixed points to each criterion, so its shortfall reduction only shrinks as
  // other changes land; re-trying the top candidate is enough to know it is still the best.
  let base = shortfall(score);
  let queue = candidates(catalogue, current, column, score)
    .map((c) => trial(c, base))
    .sort(better);
  const steps: Improvement[] = [];
  while (base > 0 && queue.length > 0) {
    const [head, ...rest] = queue;
    if (!head) break;
    const fresh = trial(head.c, base);
    const next = rest[0];
    if (next && fresh.reduction < next.reduction - 1e-12) {
      queue = [...rest, fresh].sort(better);
      continue;
    }
    if (fresh.reduction <= 1e-12) break;
    const ids = [...fresh.c.changes.keys()];
    steps.push({
      kind: fresh.c.kind,
      soalIds: ids,
      code: fresh.c.code,
      label: fresh.c.label,
      from: ids.map((id) => answerOf(current.get(id), column)),
      to: [...fresh.c.changes.values()],
      gain: fresh.score.total - score.total,
    });
    current = apply(current, column, fresh.c.changes);
    score = fresh.score;
    base = shortfall(score);
    queue = rest;
  }
  const final = verdict(catalogue, thresholds, score, profile, predicate);
  return {
    predicate,
    reachable: final.criteria.filter((c) => movable(c.id)).every((c) => c.passed),
    steps,
    blockedBy: final.criteria.filter((c) => !movable(c.id) && !c.passed).map((c) => c.id),
    missing: scoreColumn(catalogue, entries, column).missing,
  };
}
