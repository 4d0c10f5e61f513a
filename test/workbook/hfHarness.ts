// HyperFormula as a test engine for a workbook plan: loads every sheet's blocks and the names, fills input cells,
// reads values back. ROUND is swapped for Excel's rounding (the preview host's plugin, src/preview/host/excelRound.ts): HyperFormula 3.5's own ROUND is
// Math.round(x·10^d)/10^d, which gives ROUND(1.005, 2) = 1 where Excel and LibreOffice give 1.01.
import { HyperFormula, type SimpleCellAddress } from 'hyperformula';
import { useExcelRound } from '../../src/preview/host/excelRound';
import { parseAddress, type PlanCell, type WorkbookPlan } from '../../src/workbook';

export { useExcelRound };

/** A raw input as a person could leave it in a cell. */
export type RawCell =
  | { readonly t: 'empty' }
  | { readonly t: 'text'; readonly v: string }
  | { readonly t: 'number'; readonly v: number }
  | { readonly t: 'boolean'; readonly v: boolean }
  | { readonly t: 'error'; readonly formula: '=NA()' | '=1/0'; readonly text: '#N/A' | '#DIV/0!' };

/** What HyperFormula gets for a raw cell: text is forced to text with a leading apostrophe. */
export function hfContent(c: RawCell): string | number | boolean | null {
  switch (c.t) {
    case 'empty':
      return null;
    case 'text':
      return `'${c.v}`;
    case 'number':
      return c.v;
    case 'boolean':
      return c.v;
    case 'error':
      return c.formula;
  }
}

export interface LoadedPlan {
  readonly hf: HyperFormula;
  readonly sheet: (name: string) => number;
  readonly at: (sheet: string, address: string) => SimpleCellAddress;
  readonly value: (sheet: string, address: string) => unknown;
}

/** Loads a plan into a fresh HyperFormula instance. */
export function loadPlan(plan: WorkbookPlan): LoadedPlan {
  const sheets: Record<string, PlanCell[][]> = {};
  for (const s of plan.sheets) {
    const grid: PlanCell[][] = [];
    for (const b of s.blocks) {
      const { row, column } = parseAddress(b.address);
      b.cells.forEach((cells, i) => {
        const line = (grid[row - 1 + i] ??= []);
        cells.forEach((v, j) => {
          line[column - 1 + j] = v;
        });
      });
    }
    sheets[s.name] = Array.from(grid, (line) => Array.from(line ?? [], (v) => v ?? null));
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', useArrayArithmetic: false });
  for (const n of plan.names) hf.addNamedExpression(n.name, `='${n.sheet}'!${n.address}`);
  const sheet = (name: string): number => {
    const id = hf.getSheetId(name);
    if (id === undefined) throw new Error(`no sheet ${name}`);
    return id;
  };
  const at = (s: string, address: string): SimpleCellAddress => {
    const { row, column } = parseAddress(address);
    return { sheet: sheet(s), row: row - 1, col: column - 1 };
  };
  return { hf, sheet, at, value: (s, a) => hf.getCellValue(at(s, a)) };
}
