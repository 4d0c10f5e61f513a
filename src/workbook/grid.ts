import type { CellBlock, PlanCell } from './plan';
import { columnLetter, parseAddress } from './a1';

/** A sparse sheet under construction: cells by address, turned into a few rectangular blocks at the end. */
export class Grid {
  private readonly cells = new Map<string, PlanCell>();
  private maxRow = 0;
  private maxColumn = 0;

  /** Sets one cell (a constant, or a formula starting with `=`). */
  set(address: string, value: PlanCell): void {
    const { row, column } = parseAddress(address);
    this.cells.set(`${columnLetter(column)}${row}`, value);
    this.maxRow = Math.max(this.maxRow, row);
    this.maxColumn = Math.max(this.maxColumn, column);
  }

  /** The filled cells among the given addresses (input cells with a starting value). */
  filledAmong(addresses: ReadonlySet<string>): { address: string; value: string | number | boolean }[] {
    const out: { address: string; value: string | number | boolean }[] = [];
    for (const [address, value] of this.cells)
      if (addresses.has(address) && value !== null) out.push({ address, value });
    return out;
  }

  get(address: string): PlanCell | undefined {
    return this.cells.get(address);
  }

  /**
   * The grid as rectangular blocks that never cover an input cell, so that applying a plan again keeps what
   * the user typed: runs of columns without inputs become one block each (rows 1..last); a column holding
   * inputs contributes one block per run of its other filled cells.
   *
   * @example
   * // cells A1, B1, K1 with K6 an input → [{ address: 'A1', cells: [['x', 'y']] }, { address: 'K1', cells: [['Jawaban']] }]
   */
  toBlocks(inputs: ReadonlySet<string>): CellBlock[] {
    const inputColumns = new Set([...inputs].map((a) => parseAddress(a).column));
    const blocks: CellBlock[] = [];
    const at = (c: number, r: number): PlanCell => this.cells.get(`${columnLetter(c)}${r}`) ?? null;
    let c = 1;
    while (c <= this.maxColumn) {
      if (inputColumns.has(c)) {
        blocks.push(...this.columnBlocks(c, inputs, at));
        c++;
        continue;
      }
      let end = c;
      while (end + 1 <= this.maxColumn && !inputColumns.has(end + 1)) end++;
      const rows: PlanCell[][] = [];
      for (let r = 1; r <= this.maxRow; r++) {
        const row: PlanCell[] = [];
        for (let k = c; k <= end; k++) row.push(at(k, r));
        rows.push(row);
      }
      if (rows.some((row) => row.some((v) => v !== null)))
        blocks.push({ address: `${columnLetter(c)}1`, cells: rows });
      c = end + 1;
    }
    return blocks;
  }

  private columnBlocks(
    c: number,
    inputs: ReadonlySet<string>,
    at: (c: number, r: number) => PlanCell,
  ): CellBlock[] {
    const out: CellBlock[] = [];
    let run: { first: number; cells: PlanCell[][] } | null = null;
    for (let r = 1; r <= this.maxRow + 1; r++) {
      const address = `${columnLetter(c)}${r}`;
      const filled = r <= this.maxRow && !inputs.has(address) && at(c, r) !== null;
      if (filled) {
        run ??= { first: r, cells: [] };
        run.cells.push([at(c, r)]);
      } else if (run) {
        out.push({ address: `${columnLetter(c)}${run.first}`, cells: run.cells });
        run = null;
      }
    }
    return out;
  }
}
