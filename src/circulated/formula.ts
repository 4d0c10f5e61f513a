import { parseRange } from '../workbook/a1';
import { columnNumber } from './grid';

/** A cell reference inside a formula. */
export interface Ref {
  readonly row: number;
  readonly col: number;
}

/** A rectangular range `L8:L9` (a single cell is a range of one). */
export interface RangeRef {
  readonly from: Ref;
  readonly to: Ref;
}

/** The formula with its string literals blanked out, so `"K8"` inside quotes is not a reference. */
function code(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

const REF = /(?<![A-Za-z0-9_!'$])\$?([A-Z]{1,3})\$?(\d{1,7})(?![A-Za-z0-9_(])/g;

/**
 * Every same-sheet cell reference of a formula, in order of appearance (ranges give their two corners;
 * references to other sheets are left out).
 *
 * @example
 * references('IF(OR(K129="",K130=""),"Blm Diisi",K130/K129)') // → [K129, K130, K130, K129] as {row, col}
 */
export function references(formula: string): Ref[] {
  const out: Ref[] = [];
  for (const m of code(formula).matchAll(REF)) out.push({ row: Number(m[2]), col: columnNumber(m[1] ?? '') });
  return out;
}

/**
 * The argument ranges of every call of `fn` (`AVERAGE`, `SUM`) in a formula.
 *
 * @example
 * functionRanges('AVERAGE(L176:L179)*H175', 'AVERAGE') // → [{ from: L176, to: L179 }]
 * functionRanges('SUM(L101,L106,L117)', 'SUM')          // → three single-cell ranges
 */
export function functionRanges(formula: string, fn: string): RangeRef[] {
  const out: RangeRef[] = [];
  const re = new RegExp(`\\b${fn}\\s*\\(([^()]*)\\)`, 'gi');
  for (const m of code(formula).matchAll(re)) {
    for (const arg of (m[1] ?? '').split(',')) {
      const r = parseRange(arg.trim().replace(/\s*:\s*/, ':'));
      if (r?.kind === 'cells')
        out.push({ from: { row: r.top, col: r.left }, to: { row: r.bottom, col: r.right } });
    }
  }
  return out;
}

/**
 * The cells a formula divides by directly (`x/K129`, `x/(K129)`); a parenthesised sum such as
 * `/(K1+K2)` gives every cell in it.
 *
 * @example
 * divisors('IF(K162/K161>1,1,K162/K161)')   // → [K161]
 * divisors('(K155-K156)/K155')             // → [K155]
 */
export function divisors(formula: string): Ref[] {
  const src = code(formula);
  const out: Ref[] = [];
  for (const m of src.matchAll(/\/\s*(\(|\$?[A-Z]{1,3}\$?\d+)/g)) {
    const start = (m.index ?? 0) + m[0].length;
    if (m[1] !== '(') {
      out.push(...references(m[1] ?? ''));
      continue;
    }
    let depth = 1;
    let i = start;
    while (i < src.length && depth > 0) {
      if (src[i] === '(') depth++;
      else if (src[i] === ')') depth--;
      i++;
    }
    out.push(...references(src.slice(start, i - 1)));
  }
  const seen = new Set<string>();
  return out.filter((r) => {
    const k = `${r.row}:${r.col}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * The rows a range covers in one column (`L176:L179` → 176..179), when it lies in that column.
 *
 * @example
 * rowsIn({ from: { row: 176, col: 12 }, to: { row: 179, col: 12 } }, 12) // → [176, 177, 178, 179]
 */
export function rowsIn(range: RangeRef, col: number): number[] {
  if (range.from.col > col || range.to.col < col) return [];
  const out: number[] = [];
  for (let r = Math.min(range.from.row, range.to.row); r <= Math.max(range.from.row, range.to.row); r++)
    out.push(r);
  return out;
}
