import type { LkeNode } from '../../lke/catalogue/types';
import { address } from '../grid';
import { signed2 } from '../messages';
import { aggregateRows, rowList, scoredQuestionAt, type Cause, type CauseContext } from './context';

/** The rows that hold what the rule book adds up for a node: its children's headings, or its items. */
function expectedRows(ctx: CauseContext, n: LkeNode): number[] | null {
  const rows: number[] = [];
  if (n.children.length > 0) {
    for (const c of n.children) {
      const row = ctx.reading.rowOfNode.get(c.key);
      if (row === undefined) return null; // a child heading the file lacks: nothing to compare with
      rows.push(row);
    }
    return rows;
  }
  for (const it of n.items) {
    const row =
      it.kind === 'question' ? ctx.reading.rowOfQuestion.get(it.soalId) : ctx.rowOfRatio.get(it.ratioId);
    if (row === undefined) return null;
    rows.push(row);
  }
  return rows;
}

/** A row an aggregate can add up: a heading, a % row, or a scored question (count rows yield ""). */
function isScorable(ctx: CauseContext, row: number): boolean {
  return (
    ctx.reading.nodeOfRow.has(row) || ctx.reading.ratioOfRow.has(row) || scoredQuestionAt(ctx, row) !== null
  );
}

/** The node a row stands for or belongs to (a heading's node, an item's leaf). */
function ownerOf(ctx: CauseContext, row: number): LkeNode | null {
  const key = ctx.reading.nodeOfRow.get(row);
  if (key !== undefined) return ctx.ix.node.get(key) ?? null;
  const soal = ctx.reading.questionOfRow.get(row);
  if (soal !== undefined) return ctx.ix.leafOf.get(soal) ?? null;
  const ratio = ctx.reading.ratioOfRow.get(row);
  return ratio === undefined ? null : (ctx.leafOfRatio.get(ratio) ?? null);
}

const describe = (ctx: CauseContext, row: number): string => {
  const r = ctx.byRow.get(row);
  return `${row} ${r ? `"${r.text.length > 48 ? `${r.text.slice(0, 47)}…` : r.text}"` : ''}`.trim();
};

/**
 * Headings whose SUM/AVERAGE covers other rows than what the rule book adds up: rows counted twice (an
 * item next to its own sub-heading) and rows left out. Read from the formula's ranges against the
 * catalogue's structure — this is how the LHK heading's `AVERAGE(L176:L179)` shows up: it averages the
 * LHKPN heading and the LHKPN % again, and leaves the Non-LHKPN (LHKASN) heading out.
 *
 * @example
 * rangeCauses(ctx) // → [{ kind: 'aggregate-range', rows: [175, 177, 183], … }]
 */
export function rangeCauses(ctx: CauseContext): Cause[] {
  const out: Cause[] = [];
  const col = ctx.reading.layout.value;
  for (const r of ctx.reading.rows) {
    const key = ctx.reading.nodeOfRow.get(r.row);
    const n = key === undefined ? undefined : ctx.ix.node.get(key);
    const agg = aggregateRows(r, col);
    if (!n || !agg) continue;
    const expected = expectedRows(ctx, n);
    if (!expected) continue;
    const actual = agg.rows.filter((x) => x !== r.row && isScorable(ctx, x));
    const extra = actual.filter((x) => !expected.includes(x));
    const missing = expected.filter((x) => !actual.includes(x));
    if (extra.length === 0 && missing.length === 0) continue;
    const twice = extra.filter((x) => {
      const owner = ownerOf(ctx, x);
      const ownerRow = owner ? ctx.reading.rowOfNode.get(owner.key) : undefined;
      return ownerRow !== undefined && actual.includes(ownerRow);
    });
    const formula = `${agg.fn}(${agg.rows.map((x) => address(x, col)).join(',')})`;
    const effect = rangeEffect(ctx, r.value.value, r.weight, agg.fn, expected);
    const moved =
      effect === null
        ? { id: '', en: '' }
        : {
            id: ` — rentang ini mengubah nilai ${signed2(effect).id}`,
            en: ` — this range moves the value by ${signed2(effect).en}`,
          };
    const parts = { id: [] as string[], en: [] as string[] };
    if (twice.length > 0) {
      parts.id.push(`menghitung dua kali baris ${twice.map((x) => describe(ctx, x)).join('; ')}`);
      parts.en.push(`counts row(s) ${twice.map((x) => describe(ctx, x)).join('; ')} twice`);
    }
    const otherExtra = extra.filter((x) => !twice.includes(x));
    if (otherExtra.length > 0) {
      parts.id.push(`ikut menghitung baris ${rowList(otherExtra)}`);
      parts.en.push(`also counts row(s) ${rowList(otherExtra)}`);
    }
    if (missing.length > 0) {
      parts.id.push(`tidak menghitung baris ${missing.map((x) => describe(ctx, x)).join('; ')}`);
      parts.en.push(`leaves out row(s) ${missing.map((x) => describe(ctx, x)).join('; ')}`);
    }
    out.push({
      kind: 'aggregate-range',
      rows: [r.row, ...extra, ...missing],
      soalIds: [],
      message: {
        id: `baris ${r.row} (${n.name}): rumus Nilai mencakup ${compact(formula)} sehingga ${parts.id.join(' dan ')}; aturan menjumlahkan/merata-ratakan baris ${rowList(expected)}${moved.id}`,
        en: `row ${r.row} (${n.name}): the Nilai formula covers ${compact(formula)}, so it ${parts.en.join(' and ')}; the rule book adds up/averages rows ${rowList(expected)}${moved.en}`,
      },
      affects: ctx.figure(n.key),
      effect,
    });
  }
  return out;
}

/**
 * What the wrong range moves the heading by, from the file's own cached values: the figure shown minus the
 * same function over the rows the rule book adds up (× Bobot for AVERAGE, as the file's formulas do).
 * Null when a needed value is not a number.
 */
function rangeEffect(
  ctx: CauseContext,
  shown: string | number | boolean | null,
  weight: number | null,
  fn: 'AVERAGE' | 'SUM',
  rows: readonly number[],
): number | null {
  if (typeof shown !== 'number' || rows.length === 0) return null;
  const values = rows.map((x) => ctx.byRow.get(x)?.value.value);
  if (!values.every((v): v is number => typeof v === 'number')) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  const corrected = fn === 'SUM' ? sum : (sum / values.length) * (weight ?? 1);
  return shown - corrected;
}

/** `AVERAGE(L176,L177,L178,L179)` → `AVERAGE(L176:L179)` when the rows run on. */
function compact(formula: string): string {
  const m = /^(\w+)\((.*)\)$/.exec(formula);
  if (!m) return formula;
  const cells = (m[2] ?? '').split(',');
  const rows = cells.map((c) => Number(/\d+$/.exec(c)?.[0] ?? NaN));
  const consecutive = rows.every((x, i) => i === 0 || x === (rows[i - 1] ?? NaN) + 1);
  if (cells.length > 2 && consecutive) return `${m[1]}(${cells[0]}:${cells[cells.length - 1]})`;
  return formula;
}
