import type {
  CellBlock,
  ConditionalFormatRange,
  PlanCell,
  SheetPlan,
  StyleRange,
  ValidationRange,
} from '../workbook/plan';
import { columnLetter, parseAddress } from '../workbook/a1';
import { str } from '../workbook/formulas';
import type { XlCellValue, XlRange, XlVisibility, XlWorksheet } from './xl';

/** One write of a sheet plan, with an estimate of its share of the request payload. */
export interface WriteOp {
  readonly bytes: number;
  readonly run: (ws: XlWorksheet) => void;
  /**
   * Looks only (column widths, row heights, frozen panes, tab colour): run in a sync of its own after the cells,
   * formulas, validations and names, so that its failure (freeze panes has known GeneralException reports,
   * office-js 2196) can never leave a sheet half-written or unprotected.
   */
  readonly cosmetic?: true;
}

const OVERHEAD = 96;

/** Bytes a value array adds to a request, roughly (its JSON). */
function bytesOf(x: unknown): number {
  return JSON.stringify(x).length + OVERHEAD;
}

/** Rows × columns of an A1 range (`K6:N7` → 2 × 4). */
export function sizeOf(range: string): { rows: number; cols: number } {
  const [a = '', b = a] = range.split(':');
  const p = parseAddress(a);
  const q = parseAddress(b);
  return { rows: Math.abs(q.row - p.row) + 1, cols: Math.abs(q.column - p.column) + 1 };
}

function filled<T>(range: string, value: T): T[][] {
  const { rows, cols } = sizeOf(range);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}

/** The range a block covers. */
export function blockRange(block: CellBlock): string {
  const { column, row } = parseAddress(block.address);
  const rows = block.cells.length;
  const cols = block.cells[0]?.length ?? 0;
  const last = `${columnLetter(column + cols - 1)}${row + rows - 1}`;
  return rows === 1 && cols === 1 ? block.address : `${block.address}:${last}`;
}

/**
 * Splits a block into row slices of at most `maxBytes` each, so no request passes Excel on the web's 5 MB cap.
 *
 * @example
 * splitBlock({ address: 'A1', cells: [[1], [2], [3]] }, 110).map((b) => b.address) // → ['A1', 'A2', 'A3']
 */
export function splitBlock(block: CellBlock, maxBytes: number): CellBlock[] {
  if (bytesOf(block.cells) <= maxBytes || block.cells.length <= 1) return [block];
  const { column, row } = parseAddress(block.address);
  const out: CellBlock[] = [];
  let start = 0;
  let size = OVERHEAD;
  block.cells.forEach((line, i) => {
    const b = JSON.stringify(line).length + 1;
    if (i > start && size + b > maxBytes) {
      out.push({ address: `${columnLetter(column)}${row + start}`, cells: block.cells.slice(start, i) });
      start = i;
      size = OVERHEAD;
    }
    size += b;
  });
  out.push({ address: `${columnLetter(column)}${row + start}`, cells: block.cells.slice(start) });
  return out;
}

/**
 * Text Excel would not keep as text when written (it parses a written string as if typed, in the user's locale,
 * office-js 3256): numbers (`2026.1`, `1,5`, `1e5`), percentages (`100%`), dates and times (`1/2`, `2-3`, `1:30`),
 * TRUE/FALSE, error literals (`#N/A`), text that starts with an apostrophe (the apostrophe would be eaten), and
 * text starting with `=`, `-`, `+` or `@` (read as a formula: `- SK sudah ada` becomes `#NAME?` or fails the batch).
 *
 * @example
 * coercible('2026.1')          // → true
 * coercible('- SK sudah ada')  // → true
 * coercible('A/B/C')           // → false
 */
export function coercible(text: string): boolean {
  return (
    /^\s*[-+]?[\d.,\s]*\d[\d.,\s]*(e[-+]?\d+)?%?\s*$/i.test(text) ||
    /^[\d\s./:-]+$/.test(text) ||
    /^\s*(true|false)\s*$/i.test(text) ||
    /^[=+\-@#']/.test(text)
  );
}

/**
 * Whether a user's text needs the apostrophe prefix to stay text: everything except plain words. A string is
 * written bare only when it starts with a letter, holds no digit and is not a truth value in English or
 * Indonesian (`TRUE`, `BENAR`…): so no number, date (`5 Jan`, `Des-25`), currency (`Rp 5.000`), formula or
 * error in any locale can come out of it. The prefix is never part of the value (Excel shows `- SK sudah ada`).
 *
 * @example
 * needsTextPrefix('Ya')              // → false
 * needsTextPrefix('- SK sudah ada')  // → true
 * needsTextPrefix('Jan 2026')        // → true
 */
export function needsTextPrefix(text: string): boolean {
  if (coercible(text)) return true;
  if (!/^\p{L}/u.test(text) || /\d/.test(text)) return true;
  return /^\s*(true|false|benar|salah)\s*$/i.test(text);
}

/**
 * A plan cell as `Range.formulas` takes it: null leaves the cell empty (`''`); text Excel would turn into a
 * number, date, boolean or formula gets the apostrophe prefix that keeps it text (the prefix is not part of the
 * value).
 *
 * @example
 * formulaCell('2026.1') // → "'2026.1"
 * formulaCell('- SK')   // → "'- SK"
 * formulaCell('=K6*2')  // → '=K6*2'
 */
export function formulaCell(c: PlanCell): XlCellValue {
  if (c === null) return '';
  if (typeof c === 'string' && !c.startsWith('=') && coercible(c)) return `'${c}`;
  return c;
}

/**
 * Excel's column width unit (characters of the default font) in the points `Range.format.columnWidth` takes:
 * Calibri 11 has a 7-pixel digit and 5 pixels of padding; a point is 4/3 pixel.
 *
 * @example
 * charsToPoints(10) // → 56.25
 */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const VISIBILITY: Readonly<Record<SheetPlan['visibility'], XlVisibility>> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};

const ALIGN_H = { left: 'Left', center: 'Center', right: 'Right' } as const;
const ALIGN_V = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

function styleOp(s: StyleRange): WriteOp {
  return {
    bytes: OVERHEAD * 2,
    run: (ws) => {
      const f = ws.getRange(s.range).format;
      if (s.fill !== undefined) f.fill.color = s.fill;
      if (s.fontColor !== undefined) f.font.color = s.fontColor;
      if (s.bold !== undefined) f.font.bold = s.bold;
      if (s.italic !== undefined) f.font.italic = s.italic;
      if (s.indent !== undefined) f.indentLevel = s.indent;
      if (s.horizontal !== undefined) f.horizontalAlignment = ALIGN_H[s.horizontal];
      if (s.vertical !== undefined) f.verticalAlignment = ALIGN_V[s.vertical];
    },
  };
}

const ALERT = { stop: 'Stop', warning: 'Warning', information: 'Information' } as const;

/** The API rule of a plan validation (list sources are always comma-separated, in every locale). */
export function validationRule(v: ValidationRange): Excel.DataValidationRule {
  const r = v.rule;
  switch (r.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: r.options.join(',') } };
    case 'whole':
      return {
        wholeNumber:
          r.max === undefined
            ? { formula1: r.min, operator: 'GreaterThanOrEqualTo' }
            : { formula1: r.min, formula2: r.max, operator: 'Between' },
      };
    case 'decimal':
      return { decimal: { formula1: r.min, formula2: r.max, operator: 'Between' } };
    default: {
      const never: never = r;
      return never;
    }
  }
}

function validationOp(v: ValidationRange): WriteOp {
  return {
    bytes: bytesOf(v),
    run: (ws) => {
      const dv = ws.getRange(v.range).dataValidation;
      dv.clear();
      dv.rule = validationRule(v);
      dv.ignoreBlanks = v.allowBlank;
      dv.errorAlert = {
        showAlert: true,
        style: ALERT[v.errorStyle],
        title: v.error.title,
        message: v.error.message,
      };
      if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
    },
  };
}

/** A text or number as a cell-value rule's formula (`="Ya"`, `=1`). */
function equalsFormula(value: string | number): string {
  return typeof value === 'number' ? `=${value}` : `=${str(value)}`;
}

function conditionalOp(c: ConditionalFormatRange): WriteOp {
  return {
    bytes: bytesOf(c),
    run: (ws) => {
      const range: XlRange = ws.getRange(c.range);
      const rule = c.rule;
      const cf = range.conditionalFormats.add(rule.kind === 'equals' ? 'CellValue' : 'ContainsText');
      const target = rule.kind === 'equals' ? cf.cellValue : cf.textComparison;
      if (rule.kind === 'equals')
        cf.cellValue.rule = { formula1: equalsFormula(rule.value), operator: 'EqualTo' };
      else cf.textComparison.rule = { operator: 'Contains', text: rule.text };
      if (c.format.fill !== undefined) target.format.fill.color = c.format.fill;
      if (c.format.fontColor !== undefined) target.format.font.color = c.format.fontColor;
      if (c.format.bold !== undefined) target.format.font.bold = c.format.bold;
    },
  };
}

/**
 * Every write of one sheet, in order: cells (2-D blocks through `Range.formulas`), number formats, styles,
 * sizes, wrapping, unlocked inputs, validations, conditional formats (cleared first, so re-applying does not
 * stack them), frozen panes, tab colour, visibility. The cosmetic ones are marked ({@link WriteOp.cosmetic}).
 * Protection is left to the caller (it knows the state).
 *
 * @example
 * sheetOps(plan.sheets[0], 4_000_000).length // → a few hundred small writes for sheet Jawaban
 */
export function sheetOps(sheet: SheetPlan, maxBytes: number): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const block of sheet.blocks.flatMap((b) => splitBlock(b, maxBytes))) {
    const cells = block.cells.map((line) => line.map(formulaCell));
    ops.push({ bytes: bytesOf(cells), run: (ws) => (ws.getRange(blockRange(block)).formulas = cells) });
  }
  for (const nf of sheet.numberFormats) {
    const cells = filled(nf.range, nf.format);
    ops.push({ bytes: bytesOf(cells), run: (ws) => (ws.getRange(nf.range).numberFormat = cells) });
  }
  ops.push(...sheet.styles.map(styleOp));
  for (const w of sheet.columnWidths) {
    ops.push({
      bytes: OVERHEAD,
      cosmetic: true,
      run: (ws) => (ws.getRange(`${w.column}:${w.column}`).format.columnWidth = charsToPoints(w.width)),
    });
  }
  for (const h of sheet.rowHeights) {
    ops.push({
      bytes: OVERHEAD,
      cosmetic: true,
      run: (ws) => (ws.getRange(`${h.row}:${h.row}`).format.rowHeight = h.height),
    });
  }
  for (const range of sheet.wrap)
    ops.push({ bytes: OVERHEAD, run: (ws) => (ws.getRange(range).format.wrapText = true) });
  for (const range of sheet.unlocked) {
    ops.push({ bytes: OVERHEAD, run: (ws) => (ws.getRange(range).format.protection.locked = false) });
  }
  ops.push(...sheet.validations.map(validationOp));
  const cfRanges = [...new Set(sheet.conditionalFormats.map((c) => c.range))];
  for (const range of cfRanges)
    ops.push({ bytes: OVERHEAD, run: (ws) => ws.getRange(range).conditionalFormats.clearAll() });
  ops.push(...sheet.conditionalFormats.map(conditionalOp));
  const freeze = sheet.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    ops.push({
      bytes: OVERHEAD,
      cosmetic: true,
      run: (ws) => {
        if (freeze.columns === 0) ws.freezePanes.freezeRows(freeze.rows);
        else if (freeze.rows === 0) ws.freezePanes.freezeColumns(freeze.columns);
        else ws.freezePanes.freezeAt(`A1:${columnLetter(freeze.columns)}${freeze.rows}`);
      },
    });
  }
  if (sheet.tabColor !== null) {
    const color = sheet.tabColor;
    ops.push({ bytes: OVERHEAD, cosmetic: true, run: (ws) => (ws.tabColor = color) });
  }
  ops.push({ bytes: OVERHEAD, run: (ws) => (ws.visibility = VISIBILITY[sheet.visibility]) });
  return ops;
}
