import type { CellValue, ComputedCell, WorkbookPlan } from './plan';

/**
 * A formula in a comparable form: no leading `=`, no `_xlfn.` prefixes, no `$`, no quotes around sheet
 * names, no spaces, upper case, all outside string literals (which are kept as written).
 *
 * @example
 * normalizeFormula("= if( 'Jawaban'!$G$5>0 ,\"ok\",0)") // → 'IF(JAWABAN!G5>0,"ok",0)'
 */
export function normalizeFormula(formula: string): string {
  const parts = formula.trim().replace(/^=/, '').split('"');
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return `"${part}"`;
      return part
        .replace(/_xlfn\./gi, '')
        .replace(/\$/g, '')
        .replace(/'([^']+)'!/g, '$1!')
        .replace(/\s+/g, '')
        .toUpperCase();
    })
    .join('');
}

/** What a spreadsheet holds in a cell: its formula (null for a constant) and its value. */
export interface FoundCell {
  readonly formula: string | null;
  readonly value: CellValue;
}

/** A computed cell that is not as planned. */
export interface FormulaFinding {
  readonly sheet: string;
  readonly address: string;
  /** `overwritten`: a value replaced the formula; `edited`: another formula; `missing`: the cell is empty. */
  readonly kind: 'overwritten' | 'edited' | 'missing';
  readonly expected: string;
  readonly found: string | null;
  /**
   * Set when the finding is a workbook name that no longer refers to its cell (`#REF!` after a deleted row, or
   * deleted): `expected` is its reference (`=Rekap!$C$23`); restoring adds it again.
   */
  readonly name?: string;
}

/**
 * Every computed cell whose formula differs from the plan, in plan order. A tampered cell is reported,
 * never trusted: scores always come from the engine over the input cells.
 *
 * @example
 * auditFormulas(plan, (sheet, address) => ({ formula: null, value: 100 }))[0]
 * // → { sheet: 'Jawaban', address: 'G2', kind: 'overwritten', expected: '=G3+G123', found: '100' }
 */
export function auditFormulas(
  plan: Pick<WorkbookPlan, 'computed'>,
  read: (sheet: string, address: string) => FoundCell,
): FormulaFinding[] {
  const out: FormulaFinding[] = [];
  for (const c of plan.computed) {
    const found = read(c.sheet, c.address);
    const finding = compare(c, found);
    if (finding) out.push(finding);
  }
  return out;
}

/** The plan's formulas normalized once per process (a recap compares the same ~1,300 formulas per file). */
const normalizedPlan = new Map<string, string>();

function normalizedExpected(formula: string): string {
  let n = normalizedPlan.get(formula);
  if (n === undefined) {
    if (normalizedPlan.size > 50_000) normalizedPlan.clear();
    n = normalizeFormula(formula);
    normalizedPlan.set(formula, n);
  }
  return n;
}

function compare(c: ComputedCell, found: FoundCell): FormulaFinding | null {
  const base = { sheet: c.sheet, address: c.address, expected: c.formula };
  if (found.formula === null) {
    if (found.value === null || found.value === '') return { ...base, kind: 'missing', found: null };
    return { ...base, kind: 'overwritten', found: String(found.value) };
  }
  if (found.formula === c.formula) return null;
  if (normalizeFormula(found.formula) === normalizedExpected(c.formula)) return null;
  return {
    ...base,
    kind: 'edited',
    found: found.formula.startsWith('=') ? found.formula : `=${found.formula}`,
  };
}
