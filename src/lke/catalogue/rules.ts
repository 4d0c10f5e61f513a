import type { AnswerType, AreaInfo, KeyNodes, RatioItem } from './types';

/** A Reform % item and the leaf (sub-area key) it is scored in. */
export interface RatioRule extends RatioItem {
  readonly leaf: string;
}

/** A Hasil item: the master lists these as bare soals under a sub-komponen; the catalogue makes each a leaf. */
export interface HasilLeafRule {
  readonly key: string;
  readonly numbering: string;
  readonly name: string;
  readonly soalId: number;
}

/**
 * What a catalogue needs beyond a PortalRB master: the computed % items, the Hasil leaves, the area names,
 * and the map from PortalRB's `jenis_jawaban` spellings to our answer types.
 */
export interface CatalogueRules {
  readonly id: string;
  readonly title: string;
  readonly regulation: string;
  readonly answerTypes: Readonly<Record<string, AnswerType>>;
  readonly areas: readonly AreaInfo[];
  readonly ratios: readonly RatioRule[];
  readonly hasilLeaves: readonly HasilLeafRule[];
  readonly keyNodes: KeyNodes;
}
