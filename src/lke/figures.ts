import type { Catalogue, KeyNodes, Question } from './catalogue/types';
import type { Label } from './eligibility';
import { indexOf } from './catalogue/indexCatalogue';

/**
 * The nine headline figures of a column, declared once: the pane, the command line, the sheet builder and
 * the test oracle iterate this list. `node` names the catalogue node the figure is the value of (a
 * `KeyNodes` key); `total` has none (it is the sum of the roots).
 */
export const FIGURES = [
  { id: 'total', node: null, label: { id: 'Nilai total', en: 'Total score' } },
  { id: 'pengungkit', node: 'pengungkit', label: { id: 'Komponen pengungkit', en: 'Enablers' } },
  { id: 'pemenuhan', node: 'pemenuhan', label: { id: 'Pemenuhan', en: 'Fulfilment' } },
  { id: 'reform', node: 'reform', label: { id: 'Reform', en: 'Reform' } },
  { id: 'hasil', node: 'hasil', label: { id: 'Komponen hasil', en: 'Results' } },
  {
    id: 'bersih',
    node: 'bersih',
    label: { id: 'Hasil I. Birokrasi bersih dan akuntabel', en: 'Results I. Clean and accountable' },
  },
  {
    id: 'ipak',
    node: 'ipak',
    label: {
      id: 'Hasil I.a Survei persepsi anti korupsi (IPAK)',
      en: 'Results I.a Anti-corruption survey (IPAK)',
    },
  },
  {
    id: 'kinerja',
    node: 'kinerja',
    label: { id: 'Hasil I.b Capaian kinerja lebih baik', en: 'Results I.b Better performance' },
  },
  {
    id: 'pelayanan',
    node: 'pelayanan',
    label: { id: 'Hasil II. Pelayanan publik yang prima (IPKP)', en: 'Results II. Excellent public service' },
  },
] as const satisfies readonly {
  readonly id: string;
  readonly node: keyof KeyNodes | null;
  readonly label: Label;
}[];

/** A headline figure: `total`, `pengungkit`, … (the ids of `FIGURES`). */
export type FigureId = (typeof FIGURES)[number]['id'];

/** One entry of `FIGURES`. */
export type Figure = (typeof FIGURES)[number];

/** The figure ids in the order of `FIGURES`. */
export const FIGURE_IDS: readonly FigureId[] = FIGURES.map((f) => f.id);

/**
 * The catalogue node key behind a figure (null for `total`, the sum of the roots).
 *
 * @example
 * figureNode(LKE_2021, 'pengungkit') // → 'A'
 * figureNode(LKE_2021, 'total')      // → null
 */
export function figureNode(catalogue: Catalogue, id: FigureId): string | null {
  const f = FIGURES.find((x) => x.id === id);
  return f?.node ? catalogue.keyNodes[f.node] : null;
}

/**
 * The weight (maximum points) of a figure in a catalogue.
 *
 * @example
 * figureWeight(LKE_2021, 'total') // → 100
 * figureWeight(LKE_2021, 'ipak')  // → 22.5
 */
export function figureWeight(catalogue: Catalogue, id: FigureId): number {
  const key = figureNode(catalogue, id);
  if (key === null) return catalogue.roots.reduce((s, n) => s + n.weight, 0);
  return indexOf(catalogue).node.get(key)?.weight ?? 0;
}

/**
 * The survey question (an index from 0 to 4) under a figure's catalogue node, or null when it has none: the
 * IPAK question under `ipak`, the IPKP question under `pelayanan`.
 *
 * @example
 * surveyQuestionOf(LKE_2021, 'ipak')?.soalId      // → 125
 * surveyQuestionOf(LKE_2021, 'pelayanan')?.soalId // → 127
 * surveyQuestionOf(LKE_2021, 'reform')            // → null
 */
export function surveyQuestionOf(catalogue: Catalogue, id: FigureId): Question | null {
  const key = figureNode(catalogue, id);
  if (key === null) return null;
  const ix = indexOf(catalogue);
  const under = (leaf: string): boolean => leaf === key || leaf.startsWith(`${key}.`);
  return (
    ix.questions.find((q) => q.answerType === 'NILAI_0_4' && under(ix.leafOf.get(q.soalId)?.key ?? '')) ??
    null
  );
}
