import { scoreColumn, type ColumnScore } from '../lke/score';
import { findCauses, type Cause, type NodeFigure } from './causes';
import { causeContext } from './causes/context';
import type { CirculatedReading, ShownValue } from './read';

/** Differences smaller than this are rounding, not a defect (figures are shown with 2 decimals). */
export const TOLERANCE = 0.005;

/** One headline figure: what the file shows beside what the rule book gives for the same answers. */
export interface FigureComparison {
  readonly circulated: ShownValue;
  readonly ruleBook: number;
  /** circulated − rule book; null when the file shows an error or nothing. */
  readonly difference: number | null;
}

/** The file's figures beside the rule book's, the headings that differ, and why. */
export interface CirculatedComparison {
  /** What the file itself shows: its cached total, Pengungkit and Hasil, and the error it shows, if any. */
  readonly circulated: {
    readonly total: number | null;
    readonly pengungkit: number | null;
    readonly hasil: number | null;
    readonly error: string | null;
  };
  readonly figures: {
    readonly total: FigureComparison;
    readonly pengungkit: FigureComparison;
    readonly hasil: FigureComparison;
  };
  /** The engine's score of the unit column read from the file. */
  readonly ruleBook: ColumnScore;
  /** Every heading whose figure in the file differs from the rule book's (or shows an error), in sheet order. */
  readonly differing: readonly NodeFigure[];
  readonly causes: readonly Cause[];
}

const figure = (shown: ShownValue, ruleBook: number): FigureComparison => ({
  circulated: shown,
  ruleBook,
  difference: shown.value === null ? null : shown.value - ruleBook,
});

/**
 * Scores the answers read from a circulated file with the rule book and sets the result beside what the
 * file's own formulas show, with the causes found in the file.
 *
 * @example
 * const cmp = compareCirculated(readCirculated(grid));
 * cmp.circulated          // → { total: 62.51, pengungkit: 32.27, hasil: 30.23, error: null }
 * cmp.figures.total       // → { circulated: {…}, ruleBook: 61.9…, difference: 0.5… }
 * cmp.causes[0].message.id
 */
export function compareCirculated(reading: CirculatedReading): CirculatedComparison {
  const score = scoreColumn(reading.catalogue, reading.entries, 'unit');
  const t = reading.totals;
  const error = t.total.error ?? t.pengungkit.error ?? t.hasil.error ?? null;
  const ctx = causeContext(reading, score);
  const differing: NodeFigure[] = [];
  for (const [, key] of [...reading.nodeOfRow].sort((a, b) => a[0] - b[0])) {
    const f = ctx.figure(key);
    if (!f) continue;
    if (f.circulated.error !== null || (f.difference !== null && Math.abs(f.difference) >= TOLERANCE))
      differing.push(f);
  }
  return {
    circulated: { total: t.total.value, pengungkit: t.pengungkit.value, hasil: t.hasil.value, error },
    figures: {
      total: figure(t.total, score.total),
      pengungkit: figure(t.pengungkit, score.pengungkit),
      hasil: figure(t.hasil, score.hasil),
    },
    ruleBook: score,
    differing,
    causes: findCauses(reading, score),
  };
}
