import { indexOf, LKE_2021, WHOLE_COUNTS, type Answer, type Entry, type Question } from '../../src/lke';

export const ix = indexOf(LKE_2021);

/** Counts that make every % item worth exactly 1 (scoring-rules §3; the engine's worked example). */
export const BEST_COUNTS = WHOLE_COUNTS;

/** Counts that make every % item worth exactly 0 with no denominator at 0 and nothing inconsistent. */
export const WORST_COUNTS: Readonly<Record<number, number>> = {
  88: 2,
  89: 0,
  90: 3,
  91: 0,
  102: 5,
  103: 9,
  104: 1,
  105: 4,
  106: 0,
  110: 6,
  111: 1,
  112: 0,
  113: 1,
  114: 2,
  115: 0,
  116: 0,
  117: 2,
  118: 2,
  119: 1,
  120: 0,
  122: 8,
  123: 0,
};

export function best(q: Question): Answer {
  switch (q.answerType) {
    case 'JUMLAH':
      return BEST_COUNTS[q.soalId] ?? null;
    case 'NILAI_0_4':
      return 4;
    default:
      return q.options.find((o) => o.value === 1)?.key ?? null;
  }
}

export function worst(q: Question): Answer {
  switch (q.answerType) {
    case 'JUMLAH':
      return WORST_COUNTS[q.soalId] ?? null;
    case 'NILAI_0_4':
      return 0;
    default:
      return q.options.find((o) => o.value === 0)?.key ?? null;
  }
}

/** Entries with the same answer in both columns, from a function of the question. */
export function entriesOf(f: (q: Question) => Answer, tpi: (q: Question) => Answer = f): Map<number, Entry> {
  return new Map(ix.questions.map((q) => [q.soalId, { unit: f(q), tpi: tpi(q) }]));
}

/** Entries from best answers overridden by `answers` (soal id → answer, unit column; TPI left empty). */
export function bestWith(answers: Readonly<Record<number, Answer>>): Map<number, Entry> {
  return new Map(
    ix.questions.map((q) => [
      q.soalId,
      { unit: q.soalId in answers ? (answers[q.soalId] ?? null) : best(q), tpi: null },
    ]),
  );
}
