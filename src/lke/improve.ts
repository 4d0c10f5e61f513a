import type { Catalogue, Question, RatioItem } from './catalogue/types';
import { indexOf } from './catalogue/indexCatalogue';
import { answerOf, readAnswer, type Answer, type Column, type Entries, type Entry } from './answers';
import { verdict, type Criterion, type Predicate, type Thresholds, type UnitProfile } from './eligibility';
import { scoreColumn, type ColumnScore } from './score';
import { round2 } from './round';
import { bestAnswer } from './review';

/** A count a % item names, with the bound it must meet: at least `value` (a numerator) or at most (subtracted). */
export interface CountNeed {
  readonly soalId: number;
  readonly code: string;
  readonly text: string;
  readonly bound: 'atLeast' | 'atMost';
  readonly value: number;
  readonly now: Answer;
}

/**
 * What one step needs to be true, in the terms of the question (never "change the answer to…"):
 * - `option`: the answer is at least this option (its meaning is the option's label);
 * - `survey`: the survey index is at least `least` (the lowest value that passes, e.g. IPAK 3,60);
 * - `share`: the % item is at least `least` (0..1), which the named count brings about.
 */
export type Need =
  | {
      readonly kind: 'option';
      readonly soalId: number;
      readonly least: string;
      readonly leastLabel: string;
      readonly now: Answer;
    }
  | { readonly kind: 'survey'; readonly soalId: number; readonly least: number; readonly now: Answer }
  | {
      readonly kind: 'share';
      readonly ratioId: string;
      readonly least: number;
      readonly now: number;
      readonly counts: readonly CountNeed[];
    };

/** One condition that, with the others, would reach the predicate: the least that must hold, and its gain. */
export interface Improvement {
  readonly kind: 'question' | 'ratio';
  /** The soal ids the condition is about. */
  readonly soalIds: readonly number[];
  readonly code: string;
  readonly label: string;
  /** The entries as they are, and the least entries that meet the condition (same order as `soalIds`). */
  readonly from: readonly Answer[];
  readonly to: readonly Answer[];
  readonly need: Need;
  /** Points the total gains by this condition, after the conditions before it. */
  readonly gain: number;
}

export interface PathToPredicate {
  readonly predicate: Predicate;
  /** True when the conditions make every criterion the answers can move pass. */
  readonly reachable: boolean;
  /** The criteria that fail now (value, threshold, margin), movable or not. */
  readonly failing: readonly Criterion[];
  /** Every condition, in the order chosen (largest effect first). */
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
  readonly ratio: RatioItem | null;
  readonly changes: ReadonlyMap<number, Answer>;
}

type Values = (id: number) => number | null;

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

function valuesOf(catalogue: Catalogue, entries: Entries, column: Column): Values {
  const ix = indexOf(catalogue);
  return (id) => {
    const q = ix.question.get(id);
    const rd = q ? readAnswer(q, answerOf(entries.get(id), column)) : { status: 'empty' as const };
    return rd.status === 'ok' ? rd.value : null;
  };
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
      ratio: null,
      changes: new Map([[q.soalId, bestAnswer(q)]]),
    });
  }
  const values = valuesOf(catalogue, entries, column);
  for (const r of catalogue.ratios) {
    if ((score.ratios[r.id] ?? 0) >= 1) continue;
    const changes = ratioTarget(r, (id) => values(id) ?? 0);
    if (changes.size > 0) out.push({ kind: 'ratio', code: r.code, label: r.label, ratio: r, changes });
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

interface Dial {
  readonly soalId: number;
  readonly size: number;
  readonly at: (i: number) => Answer;
}

/** The one entry a step turns, as an ordered list of values (index 0: as it is; last: the full target). */
function dialOf(c: Candidate, q: Question | undefined, now: number | null, current: Answer): Dial | null {
  if (c.changes.size !== 1 || !q) return null;
  const [id, target] = [...c.changes][0] ?? [0, null];
  if (q.answerType === 'NILAI_0_4' && typeof target === 'number') {
    const lo = now === null ? 0 : Math.ceil(now * 100 - 1e-9);
    const hi = Math.round(target * 100);
    const size = Math.max(1, hi - lo + 2);
    return { soalId: id, size, at: (i) => (i === 0 ? current : Math.min(hi, lo + i - 1) / 100) };
  }
  if (q.answerType === 'JUMLAH' && typeof target === 'number') {
    const from = now ?? 0;
    const down = target < from;
    const steps = Math.abs(target - from);
    return {
      soalId: id,
      size: steps + 2,
      at: (i) => (i === 0 ? current : down ? from - Math.min(steps, i - 1) : from + Math.min(steps, i - 1)),
    };
  }
  const better = [...q.options]
    .filter((o) => now === null || o.value > now)
    .sort((a, b) => a.value - b.value)
    .map((o) => o.key);
  return { soalId: id, size: better.length + 1, at: (i) => (i === 0 ? current : (better[i - 1] ?? null)) };
}

/** The smallest index of a monotone predicate over 0..size−1 that holds (size−1 when none before it does). */
function least(size: number, ok: (i: number) => boolean): number {
  let lo = 0;
  let hi = size - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function needOf(
  c: Candidate,
  changes: ReadonlyMap<number, Answer>,
  ix: ReturnType<typeof indexOf>,
  before: ColumnScore,
  after: ColumnScore,
  from: (id: number) => Answer,
): Need {
  const [id, to] = [...changes][0] ?? [0, null];
  if (c.ratio === null) {
    const q = ix.question.get(id);
    if (q?.answerType === 'NILAI_0_4')
      return { kind: 'survey', soalId: id, least: Number(to), now: from(id) };
    const opt = q?.options.find((o) => o.key === to);
    return { kind: 'option', soalId: id, least: String(to), leastLabel: opt?.label ?? '', now: from(id) };
  }
  const r = c.ratio;
  const counts = [...changes].map(([sid, value]): CountNeed => {
    const q = ix.question.get(sid);
    return {
      soalId: sid,
      code: q?.code ?? '',
      text: q?.text ?? '',
      bound: r.minus.includes(sid) ? 'atMost' : 'atLeast',
      value: Number(value),
      now: from(sid),
    };
  });
  return {
    kind: 'share',
    ratioId: r.id,
    least: after.ratios[r.id] ?? 0,
    now: before.ratios[r.id] ?? 0,
    counts,
  };
}

/**
 * What would have to be true for one column to reach a predicate: the criteria failing now, and a list of
 * conditions, chosen greedily (each the change that most reduces the total shortfall of the failing criteria,
 * judged on ROUND(x, 2)), then each lowered to the least that still reaches it (the lowest survey index, option
 * or count). A heuristic, not a proof of the smallest set: it shows a reviewer where the points are, largest
 * first, as facts that would have to hold, never as answers to type.
 *
 * @example
 * // every answer at its best except IPAK 3,40 (B.I.a):
 * const p = pathTo(LKE_2021, THRESHOLDS_2021, entries, 'tpi', { heldPredicate: 'none' }, 'WBK');
 * p.failing.map((c) => c.id) // → ['ipak']
 * p.steps[0].need            // → { kind: 'survey', soalId: 125, least: 3.6, now: 3.4 }
 */
export function pathTo(
  catalogue: Catalogue,
  thresholds: Thresholds,
  entries: Entries,
  column: Column,
  profile: UnitProfile,
  predicate: Predicate,
): PathToPredicate {
  const ix = indexOf(catalogue);
  const movable = (id: string) => id !== 'predikat-wbk';
  const shortfall = (s: ColumnScore): number =>
    verdict(catalogue, thresholds, s, profile, predicate)
      .criteria.filter((c) => movable(c.id))
      .reduce((sum, c) => sum + Math.max(0, c.threshold - round2(c.value)), 0);
  const start = scoreColumn(catalogue, entries, column);
  let current: Entries = entries;
  let score = start;
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
  const chosen: { c: Candidate; changes: Map<number, Answer> }[] = [];
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
    chosen.push({ c: fresh.c, changes: new Map(fresh.c.changes) });
    current = apply(current, column, fresh.c.changes);
    score = fresh.score;
    base = shortfall(score);
    queue = rest;
  }
  const reachable = base <= 0;
  const values = valuesOf(catalogue, entries, column);
  const from = (id: number): Answer => answerOf(entries.get(id), column);
  const withAll = (): Map<number, Entry> =>
    chosen.reduce<Map<number, Entry>>((m, s) => apply(m, column, s.changes), new Map(entries));
  // Lower each condition (last chosen first) to the least that still reaches the predicate with the others.
  if (reachable) {
    for (let k = chosen.length - 1; k >= 0; k--) {
      const step = chosen[k];
      if (!step) continue;
      const [id] = [...step.changes.keys()];
      const d = id === undefined ? null : dialOf(step.c, ix.question.get(id), values(id), from(id));
      if (!d) continue;
      const at = (i: number): Map<number, Entry> => {
        step.changes.set(d.soalId, d.at(i));
        return withAll();
      };
      const i = least(d.size, (j) => shortfall(scoreColumn(catalogue, at(j), column)) <= 0);
      step.changes.set(d.soalId, d.at(i));
      if (i === 0) chosen.splice(k, 1);
    }
  }
  const steps: Improvement[] = [];
  let m: Map<number, Entry> = new Map(entries);
  let before = start;
  for (const { c, changes } of chosen) {
    m = apply(m, column, changes);
    const after = scoreColumn(catalogue, m, column);
    const ids = [...changes.keys()];
    steps.push({
      kind: c.kind,
      soalIds: ids,
      code: c.code,
      label: c.label,
      from: ids.map(from),
      to: [...changes.values()],
      need: needOf(c, changes, ix, before, after, from),
      gain: after.total - before.total,
    });
    before = after;
  }
  const now = verdict(catalogue, thresholds, start, profile, predicate);
  const final = verdict(catalogue, thresholds, before, profile, predicate);
  return {
    predicate,
    reachable: final.criteria.filter((c) => movable(c.id)).every((c) => c.passed),
    failing: now.criteria.filter((c) => !c.passed),
    steps,
    blockedBy: final.criteria.filter((c) => !movable(c.id) && !c.passed).map((c) => c.id),
    missing: start.missing,
  };
}
