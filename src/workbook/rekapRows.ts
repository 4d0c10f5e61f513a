import {
  criterionRules,
  FIGURE_IDS,
  indexOf,
  PREDICATES,
  type Catalogue,
  type Column,
  type FigureId,
  type Predicate,
  type Thresholds,
} from '../lke';

/** A line of the progress table: the group it counts (an area id, or Hasil) and the nodes of that group. */
export interface ProgressPart {
  readonly group: number | 'hasil';
  readonly label: string;
  readonly row: number;
  readonly nodeKeys: readonly string[];
}

/** Row numbers of sheet `Rekap`, derived from the catalogue, the figure list and the rule list. */
export interface RekapRows {
  readonly areaHeader: number;
  readonly area: ReadonlyMap<number, number>;
  readonly summaryHeader: number;
  /** Figure → row, in the sheet's reading order. */
  readonly summary: ReadonlyMap<FigureId, number>;
  readonly progressHeader: number;
  readonly progressParts: readonly ProgressPart[];
  readonly progressTotal: number;
  /** The row of the "complete" booleans (unit in C, TPI in D). */
  readonly complete: number;
  /** The entry-problem table: answers not filled in, each % item's count above its divisor, entry errors. */
  readonly problemsHeader: number;
  readonly empty: number;
  readonly overflow: ReadonlyMap<string, number>;
  readonly errors: number;
  readonly criteria: Readonly<Record<Predicate, CriteriaRows>>;
}

/**
 * Rows of one criteria table: the header, the verdict, "every score criterion passed", the parts of the
 * headline (the failing criteria, the withheld sentence, the Tabel 5 sentence) and the headlines.
 */
export interface CriteriaRows {
  readonly header: number;
  readonly verdict: number;
  readonly scorePassed: number;
  readonly failing: number;
  readonly blockedText: number;
  readonly proposalText: number;
  readonly headline: Readonly<Record<Column, number>>;
}

/**
 * The summary table's reading order: parts before the sums they make (Pemenuhan + Reform = Pengungkit …).
 * Every figure of `FIGURES` appears once (checked when the rows are laid out).
 */
export const SUMMARY_ORDER: readonly FigureId[] = [
  'pemenuhan',
  'reform',
  'pengungkit',
  'ipak',
  'kinerja',
  'bersih',
  'pelayanan',
  'hasil',
  'total',
];

/**
 * Lays out sheet Rekap top to bottom: title rows, then each table with a title row and a header row.
 *
 * @example
 * rekapRows(LKE_2021, THRESHOLDS_2021).area.get(1) // → 6
 */
export function rekapRows(catalogue: Catalogue, thresholds: Thresholds): RekapRows {
  if (SUMMARY_ORDER.length !== FIGURE_IDS.length || FIGURE_IDS.some((f) => !SUMMARY_ORDER.includes(f)))
    throw new RangeError('SUMMARY_ORDER must list every figure once');
  let r = 4;
  const areaHeader = r + 1;
  const area = new Map(catalogue.areas.map((a, i) => [a.id, areaHeader + 1 + i]));
  r = areaHeader + catalogue.areas.length + 2;
  const summaryHeader = r + 1;
  const summary = new Map(SUMMARY_ORDER.map((id, i) => [id, summaryHeader + 1 + i]));
  r = summaryHeader + SUMMARY_ORDER.length + 2;
  const progressHeader = r + 1;
  const k = catalogue.keyNodes;
  const ix = indexOf(catalogue);
  const parts: Omit<ProgressPart, 'row'>[] = [
    ...catalogue.areas.map((a) => ({
      group: a.id,
      label: `${a.id}. ${a.name}`,
      nodeKeys: [k.pemenuhan, k.reform].flatMap((aspek) => {
        const key = ix.node.get(aspek)?.children.find((n) => n.area === a.id)?.key;
        return key === undefined ? [] : [key];
      }),
    })),
    { group: 'hasil' as const, label: 'Hasil', nodeKeys: [k.hasil] },
  ];
  const progressParts = parts.map((p, i) => ({ ...p, row: progressHeader + 1 + i }));
  const progressTotal = progressHeader + parts.length + 1;
  const complete = progressTotal + 1;
  r = complete + 2;
  const problemsHeader = r + 1;
  const empty = problemsHeader + 1;
  const overflow = new Map(catalogue.ratios.map((x, n) => [x.id, empty + 1 + n]));
  const errors = empty + catalogue.ratios.length + 1;
  r = errors + 2;
  const criteria = {} as Record<Predicate, CriteriaRows>;
  for (const p of PREDICATES) {
    const n = criterionRules(catalogue, thresholds).filter((rule) => rule.threshold[p] !== undefined).length;
    const header = r + 1;
    const verdict = header + n + 1;
    criteria[p] = {
      header,
      verdict,
      scorePassed: verdict + 1,
      failing: verdict + 2,
      blockedText: verdict + 3,
      proposalText: verdict + 4,
      headline: { unit: verdict + 5, tpi: verdict + 6 },
    };
    r = verdict + 8;
  }
  return {
    areaHeader,
    area,
    summaryHeader,
    summary,
    progressHeader,
    progressParts,
    progressTotal,
    complete,
    problemsHeader,
    empty,
    overflow,
    errors,
    criteria,
  };
}
