import { gridText, isBlank, type CellGrid, type GridCell } from './grid';
import type { CirculatedLayout } from './layout';
import { circulatedType, linksIn, stripLead, type CirculatedType } from './text';

/** What part a row plays on the circulated sheet, read from its cells (never from its row number). */
export type RowKind =
  /** A heading with a weight and an aggregate Nilai formula (SUM/AVERAGE of other rows). */
  | 'node'
  /** A row the unit answers in the Jawaban column (typed value or blank). */
  | 'answer'
  /** A row whose Jawaban cell is a formula (a % item or a computed count). */
  | 'computed'
  /** A labelled total without a weight ("TOTAL PENGUNGKIT", "NILAI EVALUASI ZONA INTEGRITAS"). */
  | 'total'
  /** Anything else (blank rows, titles, signatures). */
  | 'other';

/** One row of the circulated sheet, as read. */
export interface SheetRow {
  readonly row: number;
  readonly kind: RowKind;
  /** Column of the numbering (`A.`, `I.`, `1.`, `i.`, `a.`, `-`), or null: the row's depth. */
  readonly level: number | null;
  readonly numbering: string;
  /** The heading or question text, without a leading dash. */
  readonly text: string;
  /** Bobot, when a number. */
  readonly weight: number | null;
  /** The raw answer-type text (J) and how the file's formulas read it. */
  readonly typeText: string;
  readonly type: CirculatedType;
  readonly answer: GridCell;
  readonly value: GridCell;
  /** The unit's note, '' when none. */
  readonly note: string;
  /** http(s) links found in the row: hyperlinks of any cell, link text in the unit's columns. */
  readonly links: readonly string[];
}

const NUMBERING = /^(?:[A-Za-z]|\d{1,2}|[ivxlcIVXLC]{1,6})\s*[.)]?$|^-$/;

/**
 * True when a Nilai formula aggregates other rows (SUM/AVERAGE), i.e. the row is a heading.
 *
 * @example
 * isAggregateFormula('AVERAGE(L8:L9)*H7')          // → true
 * isAggregateFormula('IF(K202="","Blm Diisi",K202/4)*H202') // → false
 */
export function isAggregateFormula(formula: string | null): boolean {
  return formula !== null && /\b(?:SUM|AVERAGE)\s*\(/i.test(formula);
}

function numberingAndText(
  grid: CellGrid,
  row: number,
  layout: CirculatedLayout,
): { level: number | null; numbering: string; text: string } {
  let level: number | null = null;
  let numbering = '';
  let text = '';
  for (let c = layout.textFrom; c <= layout.textTo; c++) {
    const t = gridText(grid.cell(row, c));
    if (t === '') continue;
    if (level === null && text === '' && NUMBERING.test(t)) {
      level = c;
      numbering = t;
      continue;
    }
    if (text === '') text = stripLead(t);
    else if (stripLead(t) !== text) text = stripLead(t); // the last distinct text wins (merged copies repeat it)
  }
  return { level, numbering, text };
}

function classify(
  text: string,
  weight: number | null,
  answer: GridCell,
  value: GridCell,
  typeText: string,
): RowKind {
  if (isAggregateFormula(value.formula) && weight !== null) return 'node';
  if (answer.formula !== null && text !== '') return 'computed';
  if (text !== '' && (typeText !== '' || !isBlank(answer))) return 'answer';
  if (text !== '' && value.formula !== null && weight === null && /total|nilai/i.test(text)) return 'total';
  return 'other';
}

/**
 * Reads every row below the header into {@link SheetRow}s.
 *
 * @example
 * readRows(grid, detectLayout(grid)).find((r) => r.row === 8)
 * // → { row: 8, kind: 'answer', numbering: 'a.', text: 'Unit kerja telah membentuk tim …', typeText: 'Ya', type: 'UNKNOWN', … }
 */
export function readRows(grid: CellGrid, layout: CirculatedLayout): SheetRow[] {
  const rows: SheetRow[] = [];
  for (let r = layout.headerRow + 1; r <= grid.rowCount; r++) {
    const { level, numbering, text } = numberingAndText(grid, r, layout);
    const w = grid.cell(r, layout.weight).value;
    const weight = typeof w === 'number' ? w : null;
    const typeText = gridText(grid.cell(r, layout.answerType));
    const answer = grid.cell(r, layout.answer);
    const value = grid.cell(r, layout.value);
    const note = layout.note === null ? '' : gridText(grid.cell(r, layout.note));
    const links: string[] = [];
    for (let c = 1; c <= layout.lastColumn; c++) {
      const cell = grid.cell(r, c);
      if (cell.hyperlink !== null && /^https?:\/\//i.test(cell.hyperlink)) links.push(cell.hyperlink.trim());
      // Link text counts only in the unit's own columns (right of Nilai), not in the LKE's criteria.
      if (c > layout.value && typeof cell.value === 'string') links.push(...linksIn(cell.value));
    }
    rows.push({
      row: r,
      kind: classify(text, weight, answer, value, typeText),
      level,
      numbering,
      text,
      weight,
      typeText,
      type: circulatedType(typeText),
      answer,
      value,
      note,
      links: [...new Set(links)],
    });
  }
  return rows;
}
