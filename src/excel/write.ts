import { bareAddress, parseRange, type CellValue, type FormulaFinding, type WorkbookPlan } from '../workbook';
import { needsTextPrefix } from './ops';
import { protectOptions, recoverProtection, SheetPasswordError } from './protection';
import type { ExcelRun } from './run';
import type { XlCellValue, XlWorksheet } from './xl';

/** One input cell to write: a sheet, an A1 address and the value (null empties the cell). */
export interface InputWrite {
  readonly sheet: string;
  readonly address: string;
  readonly value: CellValue;
}

/**
 * An input value as `Range.values` takes it. Excel parses a written string as typed input, so every text but plain
 * words ({@link needsTextPrefix}) keeps an apostrophe prefix: a note `- SK sudah ada` or `=tidak ada`, an id
 * `2026.1`, a date-like `1/2` all stay text. Numbers and booleans stay as they are; null empties the cell. Every
 * input path (typing through the pane, import, migration, profile, initial inputs) writes through this.
 *
 * @example
 * inputValue('=x')   // → "'=x"
 * inputValue('- SK') // → "'- SK"
 * inputValue('Ya')   // → 'Ya'
 * inputValue(12)     // → 12
 * inputValue(null)   // → ''
 */
export function inputValue(v: CellValue): XlCellValue {
  if (v === null) return '';
  if (typeof v !== 'string') return v;
  return v !== '' && needsTextPrefix(v) ? `'${v}` : v;
}

/**
 * Activates a sheet and selects one cell in it: one round trip.
 *
 * @example
 * await selectCell(run, 'Jawaban', 'K6');
 */
export async function selectCell(run: ExcelRun, sheet: string, address: string): Promise<void> {
  await run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await ctx.sync();
  });
}

/**
 * Writes input cells (answers, notes, evidence, profile) in one round trip. Input cells are unlocked, so the
 * sheets stay protected; a locked cell refuses the whole batch (the caller only passes inputs).
 *
 * @example
 * await writeInputs(run, [{ sheet: 'Jawaban', address: 'K6', value: 'Ya' }]); // 1 sync
 */
export async function writeInputs(run: ExcelRun, cells: readonly InputWrite[]): Promise<number> {
  if (cells.length === 0) return 0;
  await run(async (ctx) => {
    const sheets = new Map<string, XlWorksheet>();
    for (const c of cells) {
      const ws = sheets.get(c.sheet) ?? ctx.workbook.worksheets.getItem(c.sheet);
      sheets.set(c.sheet, ws);
      ws.getRange(c.address).values = [[inputValue(c.value)]];
    }
    await ctx.sync();
  });
  return cells.length;
}

/**
 * Rewrites the planned formulas of the findings' cells and adds again the workbook names they report broken, and
 * nothing else: a finding whose cell is not a planned computed cell is skipped (so an input cell is never written). Two round trips: the protection state
 * of the sheets involved, then unprotect (only those protected; first, so a password stops everything before a
 * cell is touched), write, protect again as planned. After any failure protection is put back (2 more round
 * trips); a sheet a person protected with a password throws {@link SheetPasswordError}.
 *
 * @example
 * await restoreFormulas(run, plan, [{ sheet: 'Rekap', address: 'C6', kind: 'overwritten', … }]) // → 1
 */
export async function restoreFormulas(
  run: ExcelRun,
  plan: WorkbookPlan,
  findings: readonly FormulaFinding[],
): Promise<number> {
  const planned = new Map(plan.computed.map((c) => [`${c.sheet}!${c.address}`, c] as const));
  const cells = findings.flatMap((f) => planned.get(`${f.sheet}!${f.address}`) ?? []);
  const names = plan.names.filter((n) => findings.some((f) => f.name === n.name));
  if (cells.length === 0 && names.length === 0) return 0;
  const sheetNames = [...new Set([...cells.map((c) => c.sheet), ...names.map((n) => n.sheet)])];
  await run(async (ctx) => {
    const sheets = sheetNames.map((name) => {
      const ws = ctx.workbook.worksheets.getItem(name);
      return { name, ws, protection: ws.protection.load('protected') };
    });
    const oldNames = names.map((n) => ctx.workbook.names.getItemOrNullObject(n.name));
    await ctx.sync();
    const unprotected = sheets.filter((s) => s.protection.protected).map((s) => s.name);
    try {
      for (const s of sheets) if (s.protection.protected) s.ws.protection.unprotect();
      for (const c of cells) {
        const ws = sheets.find((s) => s.name === c.sheet)?.ws;
        if (ws) ws.getRange(c.address).formulas = [[c.formula]];
      }
      names.forEach((n, i) => {
        const old = oldNames[i];
        if (old && !old.isNullObject) old.delete();
        const ws = sheets.find((s) => s.name === n.sheet)?.ws;
        if (ws) ctx.workbook.names.add(n.name, ws.getRange(n.address), n.comment);
      });
      for (const s of sheets) {
        const p = plan.sheets.find((x) => x.name === s.name);
        if (p?.protection.protected) s.ws.protection.protect(protectOptions(p));
      }
      await ctx.sync();
    } catch (e) {
      const r = await recoverProtection(ctx, plan, unprotected, sheetNames);
      if (r.stillProtected.length > 0) throw new SheetPasswordError(r.stillProtected);
      throw e;
    }
  });
  return cells.length + names.length;
}

/** The arrays of a used range, padded so that they start at A1 (what `gridFromRange` expects). */
export interface UsedRange {
  readonly values: XlCellValue[][];
  readonly formulas: XlCellValue[][];
  readonly valueTypes: string[][];
  /** The address of the hyperlink behind each cell (a web link, or `#Sheet!A1` inside the file), or null. */
  readonly hyperlinks: (string | null)[][];
}

/**
 * `A1`-based offsets of a range address (`'LKE ZI'!C3:F9` → 2 rows and 2 columns before it).
 *
 * @example
 * offsetOf("'LKE ZI'!C3:F9") // → { rows: 2, cols: 2 }
 */
export function offsetOf(address: string): { rows: number; cols: number } {
  const r = parseRange(bareAddress(address));
  return r ? { rows: r.top - 1, cols: r.left - 1 } : { rows: 0, cols: 0 };
}

function pad<T>(grid: readonly (readonly T[])[], off: { rows: number; cols: number }, empty: T): T[][] {
  const width = off.cols + (grid[0]?.length ?? 0);
  const blank = (): T[] => Array.from({ length: width }, () => empty);
  return [
    ...Array.from({ length: off.rows }, blank),
    ...grid.map((line) => [...Array.from({ length: off.cols }, () => empty), ...line]),
  ];
}

function linkOf(h: Excel.RangeHyperlink | undefined): string | null {
  if (!h) return null;
  if (h.address) return h.address;
  return h.documentReference ? `#${h.documentReference}` : null;
}

/**
 * Reads a sheet's used range (values, formulas, value types, the hyperlink behind each cell) in one round trip,
 * padded to start at A1. The sheet is only read.
 *
 * @example
 * (await readUsedRange(run, 'LKE ZI')).values[5]?.[10] // → 'Ya' (K6)
 */
export async function readUsedRange(run: ExcelRun, sheet: string): Promise<UsedRange> {
  return run(async (ctx) => {
    const r = ctx.workbook.worksheets
      .getItem(sheet)
      .getUsedRange()
      .load('address,values,formulas,valueTypes');
    const links = r.getCellProperties({ hyperlink: true });
    await ctx.sync();
    const off = offsetOf(r.address);
    return {
      values: pad(r.values, off, ''),
      formulas: pad(r.formulas, off, ''),
      valueTypes: pad(
        r.valueTypes.map((l) => l.map(String)),
        off,
        'Empty',
      ),
      hyperlinks: pad(
        links.value.map((l) => l.map((c) => linkOf(c.hyperlink))),
        off,
        null,
      ),
    };
  });
}
