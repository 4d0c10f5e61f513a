import type { ColumnScore } from '../../lke/score';
import type { LkeNode, Question } from '../../lke/catalogue/types';
import { indexOf, type CatalogueIndex } from '../../lke/catalogue/indexCatalogue';
import { functionRanges, rowsIn } from '../formula';
import type { Bilingual } from '../messages';
import type { CirculatedReading, ShownValue } from '../read';
import type { SheetRow } from '../rows';

/** The kinds of defect the reader looks for in a circulated file. */
export type CauseKind =
  /** An AVERAGE skips an unanswered (or unusable) item, which the rule book counts as 0. */
  | 'blank-skipped'
  /** The answer-type cell (J) of a question is not its type: the file skips or mis-scores it. */
  | 'answer-type'
  /** A % formula divides by a count that is 0 and shows an error, which spreads to the totals. */
  | 'zero-denominator'
  /** A heading's SUM/AVERAGE covers other rows than the items the rule book averages. */
  | 'aggregate-range'
  /** A % formula reads other counts than the rule book's inputs of that item. */
  | 'ratio-inputs';

/** A heading's figure in the file beside the rule book's. */
export interface NodeFigure {
  readonly key: string;
  readonly name: string;
  readonly row: number | null;
  readonly circulated: ShownValue;
  readonly ruleBook: number;
  /** circulated − rule book, or null when the file shows an error or nothing. */
  readonly difference: number | null;
}

/** One defect found in the file, with the rows involved and what it does to the figures. */
export interface Cause {
  readonly kind: CauseKind;
  /** Sheet rows involved, the heading first. */
  readonly rows: readonly number[];
  readonly soalIds: readonly number[];
  readonly message: Bilingual;
  /** The heading (sub-area) it changes: the file's figure and the rule book's. */
  readonly affects: NodeFigure | null;
  /** What this defect alone moves that heading by in the file (file − corrected), when it can be computed. */
  readonly effect: number | null;
}

/** Shared look-ups for the cause finders. */
export interface CauseContext {
  readonly reading: CirculatedReading;
  readonly ix: CatalogueIndex;
  readonly score: ColumnScore;
  readonly byRow: ReadonlyMap<number, SheetRow>;
  readonly rowOfRatio: ReadonlyMap<string, number>;
  /** The leaf node holding each % item. */
  readonly leafOfRatio: ReadonlyMap<string, LkeNode>;
  figure(key: string): NodeFigure | null;
}

/**
 * Builds the look-ups once.
 *
 * @example
 * causeContext(reading, scoreColumn(LKE_2021, reading.entries, 'unit')).figure('A.II.5.iii')
 * // → { key: 'A.II.5.iii', row: 175, circulated: { value: 0.61, … }, ruleBook: 0.92, difference: -0.31 }
 */
export function causeContext(reading: CirculatedReading, score: ColumnScore): CauseContext {
  const ix = indexOf(reading.catalogue);
  const byRow = new Map(reading.rows.map((r) => [r.row, r] as const));
  const rowOfRatio = new Map([...reading.ratioOfRow].map(([r, id]) => [id, r] as const));
  const leafOfRatio = new Map<string, LkeNode>();
  for (const n of ix.nodes) for (const it of n.items) if (it.kind === 'ratio') leafOfRatio.set(it.ratioId, n);
  const figure = (key: string): NodeFigure | null => {
    const n = ix.node.get(key);
    if (!n) return null;
    const row = reading.rowOfNode.get(key) ?? null;
    const cell = row === null ? undefined : byRow.get(row)?.value;
    const circulated: ShownValue = {
      row,
      value: cell && typeof cell.value === 'number' ? cell.value : null,
      error: cell?.error ?? null,
    };
    const ruleBook = score.nodes[key] ?? 0;
    const difference = circulated.value === null ? null : circulated.value - ruleBook;
    return { key, name: n.name, row, circulated, ruleBook, difference };
  };
  return { reading, ix, score, byRow, rowOfRatio, leafOfRatio, figure };
}

/**
 * The rows an aggregate Nilai formula (SUM/AVERAGE) of a heading covers, in the value column.
 *
 * @example
 * aggregateRows(rowOf(175), 12) // → { fn: 'AVERAGE', rows: [176, 177, 178, 179] }
 */
export function aggregateRows(
  row: SheetRow,
  valueCol: number,
): { fn: 'AVERAGE' | 'SUM'; rows: number[] } | null {
  const f = row.value.formula;
  if (f === null) return null;
  for (const fn of ['AVERAGE', 'SUM'] as const) {
    const ranges = functionRanges(f, fn);
    if (ranges.length > 0)
      return { fn, rows: [...new Set(ranges.flatMap((r) => rowsIn(r, valueCol)))].sort((a, b) => a - b) };
  }
  return null;
}

/**
 * The matched question of a row, if it is a scored one (not a count).
 *
 * @example
 * scoredQuestionAt(ctx, 8)?.soalId  // → 1
 * scoredQuestionAt(ctx, 129)        // → null (a count)
 */
export function scoredQuestionAt(ctx: CauseContext, row: number): Question | null {
  const id = ctx.reading.questionOfRow.get(row);
  const q = id === undefined ? undefined : ctx.ix.question.get(id);
  return q && q.answerType !== 'JUMLAH' ? q : null;
}

/**
 * Rows as "12, 13, 14" for messages.
 *
 * @example
 * rowList([44, 49]) // → '44, 49'
 */
export function rowList(rows: readonly number[]): string {
  return rows.join(', ');
}
