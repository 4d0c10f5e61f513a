import {
  evaluate,
  indexOf,
  LKE_2021,
  scoreColumn,
  THRESHOLDS_2021,
  type Answer,
  type Entry,
  type Question,
} from '../src/lke';
import type { BenchRow } from './types';

/** A small deterministic PRNG (mulberry32), so every run scores the same answer sets. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomAnswer(q: Question, r: () => number): Answer {
  switch (q.answerType) {
    case 'JUMLAH':
      return Math.floor(r() * 20);
    case 'NILAI_0_4':
      return Math.round(r() * 400) / 100;
    default:
      return q.options[Math.floor(r() * q.options.length)]?.key ?? null;
  }
}

/** `n` complete LKEs with random valid answers in both columns. */
export function completeLkes(n: number, seed = 1): Map<number, Entry>[] {
  const r = prng(seed);
  const qs = indexOf(LKE_2021).questions;
  return Array.from(
    { length: n },
    () =>
      new Map(
        qs.map((q) => [
          q.soalId,
          { unit: randomAnswer(q, r), tpi: randomAnswer(q, r), unitEvidence: 'https://bukti.go.id/x' },
        ]),
      ),
  );
}

function perSecond(sets: readonly Map<number, Entry>[], f: (e: Map<number, Entry>) => unknown): number {
  for (const e of sets.slice(0, 50)) f(e); // warm up
  const start = performance.now();
  let done = 0;
  while (performance.now() - start < 1500) {
    for (const e of sets) f(e);
    done += sets.length;
  }
  return done / ((performance.now() - start) / 1000);
}

export async function bench(): Promise<BenchRow[]> {
  const sets = completeLkes(500);
  const column = perSecond(sets, (e) => scoreColumn(LKE_2021, e, 'unit'));
  const full = perSecond(sets, (e) => evaluate(LKE_2021, THRESHOLDS_2021, e, { heldPredicate: 'WBK' }));
  return Promise.resolve([
    { group: 'engine', metric: 'complete LKEs scored per second (one column)', value: column, unit: 'LKE/s' },
    {
      group: 'engine',
      metric: 'complete LKEs evaluated per second (both columns, verdicts, validation)',
      value: full,
      unit: 'LKE/s',
    },
  ]);
}
