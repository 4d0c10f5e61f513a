import type { Catalogue, ItemRef, LkeNode, Question, RatioItem } from './catalogue/types';
import { indexOf, ratioInputs } from './catalogue/indexCatalogue';
import { answerOf, readAnswer, type Column, type Entries, type Reading } from './answers';
import { FIGURES, type FigureId } from './figures';

/** One area's figures: Pemenuhan part + Reform part = value, against the combined weight. */
export interface AreaScore {
  readonly id: number;
  readonly name: string;
  readonly weight: number;
  readonly value: number;
  readonly pemenuhan: number;
  readonly reform: number;
}

/** The score of one column (unit or TPI): every figure of `FIGURES` by id, and the parts. Full precision. */
export interface ColumnScore extends Readonly<Record<FigureId, number>> {
  readonly column: Column;
  /** True when every question and every Jumlah input holds a valid answer. */
  readonly complete: boolean;
  /** Soal ids that are empty or invalid, ascending. */
  readonly missing: readonly number[];
  readonly areas: readonly AreaScore[];
  /** The value of every node by key (`A.I.1.i` → 0.5). */
  readonly nodes: Readonly<Record<string, number>>;
  /** Each scored question's item value 0..1 by soal id (0 when empty or invalid). */
  readonly questions: Readonly<Record<number, number>>;
  /** Each % item's value 0..1 by id. */
  readonly ratios: Readonly<Record<string, number>>;
}

/**
 * The value of a % item from its inputs' readings, or null when an input of its group is not usable
 * (the item then counts 0 and the LKE is incomplete).
 *
 * @example
 * // LHKPN 116 / (113 + 114 + 115) with 113 = 1, 114 = 3, 115 = 0, 116 = 3 → 0.75
 * // Pengaduan 112 / 110 with 110 = 0 → 1 (nothing owed)
 * // Penurunan pelanggaran (102 − 103) / 102 with 102 = 0, 103 = 2 → 0
 */
export function ratioValue(r: RatioItem, reading: (soalId: number) => Reading): number | null {
  const values = new Map<number, number>();
  for (const id of ratioInputs(r)) {
    const rd = reading(id);
    if (rd.status !== 'ok') return null;
    values.set(id, rd.value);
  }
  const sum = (ids: readonly number[]): number => ids.reduce((s, id) => s + (values.get(id) ?? 0), 0);
  const numerator = sum(r.plus) - sum(r.minus);
  const denominator = sum(r.denominator);
  if (denominator === 0) {
    switch (r.whenDenominatorZero) {
      case 'zero':
        return 0;
      case 'one':
        return 1;
      case 'one-if-no-minus':
        return sum(r.minus) === 0 ? 1 : 0;
      default: {
        const never: never = r.whenDenominatorZero;
        return never;
      }
    }
  }
  return Math.min(1, Math.max(0, numerator / denominator));
}

/** The 0..1 value of a scored question from its reading: the option value, or survey index / 4. */
export function questionValue(q: Question, rd: Reading): number {
  if (rd.status !== 'ok') return 0;
  return q.answerType === 'NILAI_0_4' ? rd.value / 4 : rd.value;
}

/**
 * Scores one column of an LKE (scoring-rules §2–4): item values, leaf = weight × mean(items),
 * every other node = Σ children; area totals join Pemenuhan and Reform.
 *
 * @example
 * const s = scoreColumn(LKE_2021, entries, 'tpi');
 * s.total       // → 81.37 (full precision)
 * s.complete    // → false when any question or count is empty or invalid; s.missing lists them
 */
export function scoreColumn(catalogue: Catalogue, entries: Entries, column: Column): ColumnScore {
  const ix = indexOf(catalogue);
  const readings = new Map<number, Reading>();
  for (const q of ix.questions)
    readings.set(q.soalId, readAnswer(q, answerOf(entries.get(q.soalId), column)));
  const reading = (id: number): Reading => readings.get(id) ?? { status: 'empty' };

  const questions: Record<number, number> = {};
  const ratios: Record<string, number> = {};
  const itemValue = (item: ItemRef): number => {
    if (item.kind === 'question') {
      const q = ix.question.get(item.soalId);
      const v = q ? questionValue(q, reading(item.soalId)) : 0;
      questions[item.soalId] = v;
      return v;
    }
    const r = ix.ratio.get(item.ratioId);
    const v = r ? (ratioValue(r, reading) ?? 0) : 0;
    ratios[item.ratioId] = v;
    return v;
  };

  const nodes: Record<string, number> = {};
  const nodeValue = (n: LkeNode): number => {
    const v =
      n.children.length > 0
        ? n.children.reduce((s, c) => s + nodeValue(c), 0)
        : n.items.length > 0
          ? (n.weight * n.items.reduce((s, it) => s + itemValue(it), 0)) / n.items.length
          : 0;
    nodes[n.key] = v;
    return v;
  };
  const total = catalogue.roots.reduce((s, r) => s + nodeValue(r), 0);

  const k = catalogue.keyNodes;
  const at = (key: string): number => nodes[key] ?? 0;
  const areaPart = (aspekKey: string, area: number): number => {
    const n = ix.node.get(aspekKey)?.children.find((c) => c.area === area);
    return n ? at(n.key) : 0;
  };
  const areas = catalogue.areas.map((a): AreaScore => {
    const pemenuhan = areaPart(k.pemenuhan, a.id);
    const reform = areaPart(k.reform, a.id);
    return { id: a.id, name: a.name, weight: a.weight, value: pemenuhan + reform, pemenuhan, reform };
  });
  const missing = ix.questions
    .filter((q) => reading(q.soalId).status !== 'ok')
    .map((q) => q.soalId)
    .sort((a, b) => a - b);

  const figures = Object.fromEntries(
    FIGURES.map((f) => [f.id, f.node === null ? total : at(k[f.node])]),
  ) as Record<FigureId, number>;

  return {
    ...figures,
    column,
    complete: missing.length === 0,
    missing,
    areas,
    nodes,
    questions,
    ratios,
  };
}
