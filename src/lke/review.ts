import type { Catalogue, Question } from './catalogue/types';
import { indexOf } from './catalogue/indexCatalogue';
import { readAnswer, type Answer, type Entries, type Entry } from './answers';
import { scoreColumn } from './score';

/** A question where the TPI's usable answer differs from the unit's, and what that does to the TPI total. */
export interface Difference {
  readonly soalId: number;
  readonly code: string;
  readonly text: string;
  readonly unit: Answer;
  readonly tpi: Answer;
  /** TPI total minus the TPI total had the TPI kept the unit's answer here (negative: the TPI judged lower). */
  readonly effect: number;
}

function withTpi(entries: Entries, soalId: number, tpi: Answer): Map<number, Entry> {
  const m = new Map(entries);
  const old = entries.get(soalId) ?? { unit: null, tpi: null };
  m.set(soalId, { ...old, tpi });
  return m;
}

/**
 * Every question where both columns hold a usable answer and they differ, with the effect on the TPI total,
 * largest effect first.
 *
 * @example
 * differences(LKE_2021, entries)[0]
 * // → { soalId: 6, code: 'A.I.1.iii.a', unit: 'A', tpi: 'C', effect: -0.2233…, … }
 */
export function differences(catalogue: Catalogue, entries: Entries): Difference[] {
  const ix = indexOf(catalogue);
  const base = scoreColumn(catalogue, entries, 'tpi').total;
  const out: Difference[] = [];
  for (const q of ix.questions) {
    const e = entries.get(q.soalId);
    if (!e) continue;
    const u = readAnswer(q, e.unit);
    const t = readAnswer(q, e.tpi);
    if (u.status !== 'ok' || t.status !== 'ok' || u.value === t.value) continue;
    const asUnit = scoreColumn(catalogue, withTpi(entries, q.soalId, e.unit), 'tpi').total;
    out.push({
      soalId: q.soalId,
      code: q.code,
      text: q.text,
      unit: e.unit,
      tpi: e.tpi,
      effect: base - asUnit,
    });
  }
  return out.sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect) || a.soalId - b.soalId);
}

/** The best answer of a choice or survey question (what would score it fully). */
export function bestAnswer(q: Question): Answer {
  if (q.answerType === 'NILAI_0_4') return 4;
  const top = [...q.options].sort((a, b) => b.value - a.value)[0];
  return top?.key ?? null;
}
