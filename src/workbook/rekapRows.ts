import { criterionRules, indexOf, PREDICATES, type Catalogue, type Predicate, type Thresholds } from '../lke';

/** A line of the progress table: the nodes whose questions it counts. */
export interface ProgressPart {
  readonly id: string;
  readonly label: string;
  readonly row: number;
  readonly nodeKeys: readonly string[];
}

/** Row numbers of sheet `Rekap`, derived from the catalogue and the rule list. */
export interface RekapRows {
  readonly areaHeader: number;
  readonly area: ReadonlyMap<number, number>;
  readonly summaryHeader: number;
  /** Summary figure id (a `KeyNodes` key, or `total`) → row. */
  readonly summary: ReadonlyMap<string, number>;
  readonly summaryLabel: ReadonlyMap<string, string>;
  readonly progressHeader: number;
  readonly progressParts: readonly ProgressPart[];
  readonly progressTotal: number;
  /** The row of the "complete" booleans (unit in C, TPI in D). */
  readonly complete: number;
  readonly criteria: Readonly<Record<Predicate, { readonly header: number; readonly verdict: number }>>;
}

const SUMMARY: readonly [string, string][] = [
  ['pemenuhan', 'Pemenuhan'],
  ['reform', 'Reform'],
  ['pengungkit', 'Komponen pengungkit'],
  ['ipak', 'Hasil I.a Survei persepsi anti korupsi (IPAK)'],
  ['kinerja', 'Hasil I.b Capaian kinerja lebih baik'],
  ['bersih', 'Hasil I. Birokrasi bersih dan akuntabel'],
  ['pelayanan', 'Hasil II. Pelayanan publik yang prima (IPKP)'],
  ['hasil', 'Komponen hasil'],
  ['total', 'Nilai total'],
];

/**
 * Lays out sheet Rekap top to bottom: title rows, then each table with a title row and a header row.
 *
 * @example
 * rekapRows(LKE_2021, THRESHOLDS_2021).area.get(1) // → 6
 */
export function rekapRows(catalogue: Catalogue, thresholds: Thresholds): RekapRows {
  let r = 4;
  const areaHeader = r + 1;
  const area = new Map(catalogue.areas.map((a, i) => [a.id, areaHeader + 1 + i]));
  r = areaHeader + catalogue.areas.length + 2;
  const summaryHeader = r + 1;
  const summary = new Map(SUMMARY.map(([id], i) => [id, summaryHeader + 1 + i]));
  r = summaryHeader + SUMMARY.length + 2;
  const progressHeader = r + 1;
  const k = catalogue.keyNodes;
  const ix = indexOf(catalogue);
  const parts: Omit<ProgressPart, 'row'>[] = [
    ...catalogue.areas.map((a) => ({
      id: `area-${a.id}`,
      label: `${a.id}. ${a.name}`,
      nodeKeys: [k.pemenuhan, k.reform].flatMap((aspek) => {
        const key = ix.node.get(aspek)?.children.find((n) => n.area === a.id)?.key;
        return key === undefined ? [] : [key];
      }),
    })),
    { id: 'hasil', label: 'Hasil', nodeKeys: [k.hasil] },
  ];
  const progressParts = parts.map((p, i) => ({ ...p, row: progressHeader + 1 + i }));
  const progressTotal = progressHeader + parts.length + 1;
  const complete = progressTotal + 1;
  r = complete + 2;
  const criteria = {} as Record<Predicate, { header: number; verdict: number }>;
  for (const p of PREDICATES) {
    const n = criterionRules(catalogue, thresholds).filter((rule) => rule.threshold[p] !== undefined).length;
    const header = r + 1;
    criteria[p] = { header, verdict: header + n + 1 };
    r = header + n + 3;
  }
  return {
    areaHeader,
    area,
    summaryHeader,
    summary,
    summaryLabel: new Map(SUMMARY),
    progressHeader,
    progressParts,
    progressTotal,
    complete,
    criteria,
  };
}
