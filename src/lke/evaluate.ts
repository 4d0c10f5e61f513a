import type { Catalogue } from './catalogue/types';
import { COLUMNS, type Column, type Entries } from './answers';
import { excelTrim } from './text';
import {
  PREDICATES,
  verdict,
  type Predicate,
  type Thresholds,
  type UnitProfile,
  type Verdict,
} from './eligibility';
import { scoreColumn, type ColumnScore } from './score';
import { validate, type Issue } from './validate';
import { blockers } from './blocking';

export type Verdicts = Readonly<Record<Predicate, Verdict>>;

/** Everything the engine says about one LKE: both columns scored and judged, and every entry problem. */
export interface Evaluation {
  readonly scores: Readonly<Record<Column, ColumnScore>>;
  readonly verdicts: Readonly<Record<Column, Verdicts>>;
  readonly issues: readonly Issue[];
  /** The column the verdict is headlined from: TPI once any TPI answer exists, else the unit's. */
  readonly headline: Column;
}

/**
 * Scores, judges and validates an LKE (both columns).
 *
 * @example
 * const ev = evaluate(LKE_2021, THRESHOLDS_2021, entries, { heldPredicate: 'none' });
 * ev.verdicts[ev.headline].WBK.eligible // → true | false, or null while incomplete
 */
export function evaluate(
  catalogue: Catalogue,
  thresholds: Thresholds,
  entries: Entries,
  profile: UnitProfile,
): Evaluation {
  const score = (c: Column): ColumnScore => scoreColumn(catalogue, entries, c);
  const scores = { unit: score('unit'), tpi: score('tpi') };
  const issues = validate(catalogue, entries);
  const judge = (c: Column): Verdicts => {
    const out = {} as Record<Predicate, Verdict>;
    const blockedBy = blockers(scores[c], issues);
    for (const p of PREDICATES) out[p] = verdict(catalogue, thresholds, scores[c], profile, p, blockedBy);
    return out;
  };
  const verdicts = { unit: judge('unit'), tpi: judge('tpi') };
  return { scores, verdicts, issues, headline: headlineColumn(entries) };
}

/** TPI once any TPI answer exists (TPN pre-evaluates on the TPI score), else the unit's own. */
export function headlineColumn(entries: Entries): Column {
  for (const e of entries.values())
    if (e.tpi !== null && !(typeof e.tpi === 'string' && excelTrim(e.tpi) === '')) return 'tpi';
  return 'unit';
}

export { COLUMNS };
