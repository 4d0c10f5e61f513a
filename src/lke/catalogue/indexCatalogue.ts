import type { Catalogue, LkeNode, Question, RatioItem } from './types';
import { CatalogueError } from './errors';

/** Look-ups over a catalogue, built once (see {@link indexOf}). */
export interface CatalogueIndex {
  readonly catalogue: Catalogue;
  /** Every question in row order. */
  readonly questions: readonly Question[];
  readonly question: ReadonlyMap<number, Question>;
  readonly ratio: ReadonlyMap<string, RatioItem>;
  /** Every node, depth first (parents before children). */
  readonly nodes: readonly LkeNode[];
  readonly node: ReadonlyMap<string, LkeNode>;
  /** The leaf each question sits in. */
  readonly leafOf: ReadonlyMap<number, LkeNode>;
}

const cache = new WeakMap<Catalogue, CatalogueIndex>();

/** The (cached) index of a catalogue. Throws {@link CatalogueError} on a duplicate soal id or key. */
export function indexOf(catalogue: Catalogue): CatalogueIndex {
  const hit = cache.get(catalogue);
  if (hit) return hit;
  const nodes: LkeNode[] = [];
  const node = new Map<string, LkeNode>();
  const question = new Map<number, Question>();
  const leafOf = new Map<number, LkeNode>();
  const walk = (n: LkeNode): void => {
    if (node.has(n.key)) throw new CatalogueError(`duplicate node key ${n.key}`);
    nodes.push(n);
    node.set(n.key, n);
    for (const q of n.questions) {
      if (question.has(q.soalId)) throw new CatalogueError(`duplicate soal id ${q.soalId}`);
      question.set(q.soalId, q);
      leafOf.set(q.soalId, n);
    }
    n.children.forEach(walk);
  };
  catalogue.roots.forEach(walk);
  const ratio = new Map(catalogue.ratios.map((r) => [r.id, r] as const));
  const questions = [...question.values()].sort((a, b) => a.row - b.row);
  const index: CatalogueIndex = { catalogue, questions, question, ratio, nodes, node, leafOf };
  cache.set(catalogue, index);
  return index;
}

/** The inputs of a % item: everything that must be filled for it to count. */
export function ratioInputs(r: RatioItem): number[] {
  return [...new Set([...r.denominator, ...r.plus, ...r.minus, ...r.alsoRequired])].sort((a, b) => a - b);
}
