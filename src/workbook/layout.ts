import { indexOf, type Catalogue, type LkeNode, type Question, type RatioItem } from '../lke';
import { WorkbookPlanError } from './errors';

/** What a row of sheet `Jawaban` shows. A folded leaf shares its only question's row (no free row above it). */
export type JawabanRow =
  | { readonly kind: 'node'; readonly row: number; readonly node: LkeNode }
  | { readonly kind: 'ratio'; readonly row: number; readonly ratio: RatioItem; readonly leaf: LkeNode }
  | {
      readonly kind: 'question';
      readonly row: number;
      readonly question: Question;
      readonly leaf: LkeNode;
      readonly folded: boolean;
    };

/** Where everything sits on sheet `Jawaban`. */
export interface JawabanLayout {
  /** The column-title row (frozen). */
  readonly headerRow: number;
  readonly lastRow: number;
  /** Rows in order. */
  readonly rows: readonly JawabanRow[];
  /** The row holding each node's value: its own header row, or its question's row when folded. */
  readonly nodeRow: ReadonlyMap<string, number>;
  readonly ratioRow: ReadonlyMap<string, number>;
  /** Every node and its first and last row (header to last question), for range counts. */
  readonly span: ReadonlyMap<string, { readonly first: number; readonly last: number }>;
}

type Claim =
  { kind: 'node'; node: LkeNode; foldable: boolean } | { kind: 'ratio'; ratio: RatioItem; leaf: LkeNode };
type Step = Claim | { kind: 'question'; question: Question; leaf: LkeNode };

/** The walk of the hierarchy: a node's header claim, then its contents; % items just before their first input. */
function steps(catalogue: Catalogue): Step[] {
  const ix = indexOf(catalogue);
  const out: Step[] = [];
  const walk = (n: LkeNode): void => {
    const only = n.items.length === 1 && n.items[0]?.kind === 'question' && n.questions.length === 1;
    out.push({ kind: 'node', node: n, foldable: n.children.length === 0 && only });
    if (n.children.length > 0) {
      n.children.forEach(walk);
      return;
    }
    const ratios = n.items
      .flatMap((it) => (it.kind === 'ratio' ? [ix.ratio.get(it.ratioId)] : []))
      .filter((r) => r !== undefined);
    const placed = new Set<string>();
    for (const q of [...n.questions].sort((a, b) => a.row - b.row)) {
      for (const r of ratios) {
        const ids = [...r.plus, ...r.minus, ...r.denominator, ...r.alsoRequired];
        if (!placed.has(r.id) && ids.includes(q.soalId)) {
          out.push({ kind: 'ratio', ratio: r, leaf: n });
          placed.add(r.id);
        }
      }
      out.push({ kind: 'question', question: q, leaf: n });
    }
    for (const r of ratios)
      if (!placed.has(r.id)) throw new WorkbookPlanError(`% item ${r.id} has no input in leaf ${n.key}`);
  };
  catalogue.roots.forEach(walk);
  return out;
}

/**
 * Lays the catalogue out on PortalRB's rows: every question at its `row`; headers and % items take the free rows
 * just above the question they precede (row 1 holds the column titles). When a gap is too small, a leaf with a
 * single question is folded onto that question's row, deepest first; a gap still too small is an error.
 *
 * @example
 * const l = jawabanLayout(LKE_2021);
 * l.nodeRow.get('A.I.1.i') // → 5 (the free row above soal 1 at row 6)
 * l.ratioRow.get('mp-agen') // → 125
 */
export function jawabanLayout(catalogue: Catalogue): JawabanLayout {
  const headerRow = 1;
  const rows: JawabanRow[] = [];
  const nodeRow = new Map<string, number>();
  const ratioRow = new Map<string, number>();
  let previous = headerRow;
  let pending: Claim[] = [];
  for (const step of steps(catalogue)) {
    if (step.kind !== 'question') {
      pending.push(step);
      continue;
    }
    const q = step.question;
    const free = q.row - previous - 1;
    const folded = new Set<LkeNode>();
    while (pending.length - folded.size > free) {
      const candidate = [...pending]
        .reverse()
        .find((c) => c.kind === 'node' && c.foldable && !folded.has(c.node) && c.node === step.leaf);
      if (!candidate || candidate.kind !== 'node') {
        throw new WorkbookPlanError(
          `no free row for ${pending.length} header(s) above row ${q.row} (soal ${q.soalId})`,
        );
      }
      folded.add(candidate.node);
    }
    pending = pending.filter((c) => !(c.kind === 'node' && folded.has(c.node)));
    pending.forEach((c, i) => {
      const row = q.row - pending.length + i;
      if (c.kind === 'node') {
        rows.push({ kind: 'node', row, node: c.node });
        nodeRow.set(c.node.key, row);
      } else {
        rows.push({ kind: 'ratio', row, ratio: c.ratio, leaf: c.leaf });
        ratioRow.set(c.ratio.id, row);
      }
    });
    const isFolded = folded.has(step.leaf);
    if (isFolded) nodeRow.set(step.leaf.key, q.row);
    rows.push({ kind: 'question', row: q.row, question: q, leaf: step.leaf, folded: isFolded });
    previous = q.row;
    pending = [];
  }
  if (pending.length > 0) throw new WorkbookPlanError('headers left after the last question');
  return { headerRow, lastRow: previous, rows, nodeRow, ratioRow, span: spans(catalogue, nodeRow) };
}

function spans(
  catalogue: Catalogue,
  nodeRow: ReadonlyMap<string, number>,
): Map<string, { first: number; last: number }> {
  const out = new Map<string, { first: number; last: number }>();
  const walk = (n: LkeNode): number => {
    const own = n.questions.map((q) => q.row);
    const last = Math.max(...own, ...n.children.map(walk));
    out.set(n.key, { first: nodeRow.get(n.key) ?? last, last });
    return last;
  };
  catalogue.roots.forEach(walk);
  return out;
}
