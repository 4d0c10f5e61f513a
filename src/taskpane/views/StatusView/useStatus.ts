import { useState } from 'react';
import type { Column, Evaluation, Predicate } from '../../../lke';
import type { PaneData } from '../../model';

/** The verdict the pane headlines, in words. */
export type Headline =
  | { readonly kind: 'eligible'; readonly predicate: Predicate }
  | { readonly kind: 'notEligible' }
  | { readonly kind: 'incomplete'; readonly missing: number };

/**
 * The headline of a column: the highest predicate met, "belum memenuhi", or "belum lengkap" with the count of
 * entries still empty or invalid (no verdict on an incomplete LKE).
 *
 * @example
 * headlineOf(ev, 'tpi') // → { kind: 'eligible', predicate: 'WBK' }
 * headlineOf(evWith12Missing, 'unit') // → { kind: 'incomplete', missing: 12 }
 */
export function headlineOf(ev: Evaluation, column: Column): Headline {
  const v = ev.verdicts[column];
  if (v.WBK.eligible === null) return { kind: 'incomplete', missing: v.WBK.missing.length };
  if (v.WBBM.eligible === true) return { kind: 'eligible', predicate: 'WBBM' };
  if (v.WBK.eligible) return { kind: 'eligible', predicate: 'WBK' };
  return { kind: 'notEligible' };
}

/** The Status view's state: the headline, and which column the criteria and areas show. */
export interface StatusState {
  readonly headline: Headline;
  readonly headlineColumn: Column;
  readonly side: Column;
  readonly setSide: (c: Column) => void;
  readonly ticked: number;
}

/**
 * State of the Status view over the model's data: the headline from the headline column (TPI once TPI answers
 * exist), and the column the details show (the headline column until the user picks the other).
 *
 * @example
 * const s = useStatus(model.data);
 * s.headline.kind // → 'incomplete'
 */
export function useStatus(data: PaneData): StatusState {
  const ev = data.evaluation;
  const [picked, setSide] = useState<Column | null>(null);
  return {
    headline: headlineOf(ev, ev.headline),
    headlineColumn: ev.headline,
    side: picked ?? ev.headline,
    setSide,
    ticked: ev.verdicts[ev.headline].WBK.checklist.filter((c) => c.ticked).length,
  };
}
