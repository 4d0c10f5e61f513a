import { readAnswer } from '../lke/answers';
import type { Catalogue, LkeNode, Question, RatioItem } from '../lke/catalogue/types';
import { indexOf, ratioInputs } from '../lke/catalogue/indexCatalogue';
import { align } from './align';
import { answerFromCell } from './answerValue';
import { references } from './formula';
import type { CirculatedLayout } from './layout';
import type { SheetRow } from './rows';
import { similarity } from './text';

/** Below this text similarity a row is never paired with a question: it is listed, not guessed. */
export const MIN_QUESTION_SIMILARITY = 0.5;
/** Below this name similarity a heading is never paired with a catalogue node. */
export const MIN_NODE_SIMILARITY = 0.35;

/**
 * Rows that may hold a question's answer: answered directly (not a % row, not a formula).
 *
 * @example
 * isAnswerCandidate(rowOf(8))   // → true  (typed Ya/Tidak)
 * isAnswerCandidate(rowOf(128)) // → false (the % row is a formula)
 */
export function isAnswerCandidate(r: SheetRow): boolean {
  return r.kind === 'answer' && r.type !== 'PERCENT' && r.type !== 'RUPIAH';
}

/** The heading text above each row (nearest preceding row with a weight), for a structural hint. */
function headingAbove(rows: readonly SheetRow[]): Map<number, string> {
  const out = new Map<number, string>();
  let heading = '';
  for (const r of rows) {
    out.set(r.row, heading);
    if (r.weight !== null) heading = r.text;
  }
  return out;
}

/**
 * How well a circulated answer row fits a catalogue question, or null when it cannot be that question.
 * Text decides (normalised token overlap); the answer type (J) and the answer's form (K) and the heading
 * above add a little, so that two questions with the same opening words still land right.
 */
function questionScore(r: SheetRow, q: Question, heading: string, leaf: LkeNode | undefined): number | null {
  const sim = similarity(r.text, q.text);
  if (sim < MIN_QUESTION_SIMILARITY) return null;
  let s = sim;
  if (r.type === q.answerType) s += 0.3;
  else if (r.type !== null && r.type !== 'UNKNOWN') s -= 0.2;
  const rd = readAnswer(q, answerFromCell(r.answer, q.answerType));
  if (rd.status === 'ok') s += 0.1;
  else if (rd.status === 'invalid') s -= 0.1;
  if (leaf && heading !== '') s += 0.2 * similarity(heading, leaf.name);
  return s;
}

/**
 * Pairs answer rows with catalogue questions (soal ids), in order.
 *
 * @example
 * matchQuestions(rows, LKE_2021).get(8) // → 1 (row 8 answers soal 1)
 */
export function matchQuestions(rows: readonly SheetRow[], catalogue: Catalogue): Map<number, number> {
  const ix = indexOf(catalogue);
  const candidates = rows.filter(isAnswerCandidate);
  const heading = headingAbove(rows);
  const pairs = align(candidates, ix.questions, (r, q) =>
    questionScore(r, q, heading.get(r.row) ?? '', ix.leafOf.get(q.soalId)),
  );
  const out = new Map<number, number>();
  for (const [i, j] of pairs) {
    const r = candidates[i];
    const q = ix.questions[j];
    if (r && q) out.set(r.row, q.soalId);
  }
  return out;
}

/**
 * Pairs weighted headings (and Hasil items, which carry their own weight) with catalogue nodes, in order:
 * name similarity, plus a bonus when the weight (Bobot) agrees.
 *
 * @example
 * matchNodes(rows, LKE_2021).get(175) // → 'A.II.5.iii' (Penyampaian Laporan Harta Kekayaan)
 */
export function matchNodes(rows: readonly SheetRow[], catalogue: Catalogue): Map<number, string> {
  const ix = indexOf(catalogue);
  const headings = rows.filter((r) => r.weight !== null && r.text !== '');
  const pairs = align(headings, ix.nodes, (r, n) => {
    const sim = similarity(r.text, n.name);
    const sameWeight = r.weight !== null && Math.abs(r.weight - n.weight) < 1e-9;
    if (sim < MIN_NODE_SIMILARITY && !(sameWeight && sim >= MIN_NODE_SIMILARITY / 2)) return null;
    return sim + (sameWeight ? 0.5 : 0);
  });
  const out = new Map<number, string>();
  for (const [i, j] of pairs) {
    const r = headings[i];
    const n = ix.nodes[j];
    if (r && n) out.set(r.row, n.key);
  }
  return out;
}

/**
 * The answer rows a computed Jawaban formula reads, following other computed rows (the LHKPN % reads the
 * computed "Jumlah yang harus melaporkan", which reads three typed counts).
 *
 * @example
 * inputRowsOf(177, byRow, layout) // → [179, 180, 181, 182]   (via the computed row 178)
 */
export function inputRowsOf(
  row: number,
  byRow: ReadonlyMap<number, SheetRow>,
  layout: CirculatedLayout,
): number[] {
  const out = new Set<number>();
  const seen = new Set<number>();
  const visit = (r: number): void => {
    if (seen.has(r)) return;
    seen.add(r);
    const sr = byRow.get(r);
    const f = sr?.answer.formula;
    if (!sr || f === null || f === undefined) return;
    for (const ref of references(f)) {
      if (ref.col !== layout.answer || ref.row === r) continue;
      const target = byRow.get(ref.row);
      if (target?.answer.formula) visit(ref.row);
      else out.add(ref.row);
    }
  };
  visit(row);
  return [...out].sort((a, b) => a - b);
}

/**
 * Pairs the computed % rows with the catalogue's % items by the counts they read: the item whose inputs
 * share most soal ids with the rows the formula reads (each item at most once).
 *
 * @example
 * matchPercentRows(rows, questionOfRow, LKE_2021, layout).get(177) // → 'pw-lhkpn'
 */
export function matchPercentRows(
  rows: readonly SheetRow[],
  questionOfRow: ReadonlyMap<number, number>,
  catalogue: Catalogue,
  layout: CirculatedLayout,
): Map<number, string> {
  const byRow = new Map(rows.map((r) => [r.row, r] as const));
  const out = new Map<number, string>();
  const used = new Set<string>();
  for (const r of rows) {
    if (r.kind !== 'computed' || r.type !== 'PERCENT') continue;
    const soal = new Set(inputRowsOf(r.row, byRow, layout).flatMap((x) => questionOfRow.get(x) ?? []));
    let best: RatioItem | null = null;
    let bestShared = 0;
    for (const ratio of catalogue.ratios) {
      if (used.has(ratio.id)) continue;
      const shared = ratioInputs(ratio).filter((id) => soal.has(id)).length;
      if (shared > bestShared) {
        best = ratio;
        bestShared = shared;
      }
    }
    if (best) {
      out.set(r.row, best.id);
      used.add(best.id);
    }
  }
  return out;
}
