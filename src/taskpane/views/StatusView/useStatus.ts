import { useState } from 'react';
import { headline, PREDICATES, type Column, type Evaluation, type Headline } from '../../../lke';
import type { PaneData } from '../../model';

/**
 * The headlines of a column, one per predicate, as the engine states them (src/lke/headline.ts): the same
 * sentences sheet Rekap and `lke-zi score` print.
 *
 * @example
 * headlinesOf(ev, 'tpi')[0].id // → 'Belum dapat dinilai: 8 kesalahan isian'
 */
export function headlinesOf(ev: Evaluation, column: Column): Headline[] {
  return PREDICATES.map((p) => headline(ev.verdicts[column][p]));
}

/** The Status view's state: the headlines, and which column the criteria and areas show. */
export interface StatusState {
  readonly headlines: readonly Headline[];
  readonly headlineColumn: Column;
  readonly side: Column;
  readonly setSide: (c: Column) => void;
}

/**
 * State of the Status view over the model's data: the headlines from the headline column (TPI once TPI answers
 * exist), and the column the details show (the headline column until the user picks the other).
 *
 * @example
 * const s = useStatus(model.data);
 * s.headlines[0].kind // → 'blocked'
 */
export function useStatus(data: PaneData): StatusState {
  const ev = data.evaluation;
  const [picked, setSide] = useState<Column | null>(null);
  return {
    headlines: headlinesOf(ev, ev.headline),
    headlineColumn: ev.headline,
    side: picked ?? ev.headline,
    setSide,
  };
}
