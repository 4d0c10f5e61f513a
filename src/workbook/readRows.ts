import { excelTrim, indexOf, type Catalogue, type Question } from '../lke';
import { J } from './columns';
import type { SheetSource } from './source';

/** Why the rows of sheet Jawaban cannot be tied to the questions (the sheet is then not read at all). */
export type RowRefusal =
  | { readonly kind: 'missing-id'; readonly soalId: number }
  | { readonly kind: 'duplicate-id'; readonly soalId: number; readonly rows: readonly number[] };

/** Where each question's row is on the sheet as found: by soal id, or the reason it cannot be told. */
export type QuestionRows =
  | { readonly ok: true; readonly rows: ReadonlyMap<number, number>; readonly moved: boolean }
  | { readonly ok: false; readonly refusal: RowRefusal };

/** How far below the plan's last row a moved question is still looked for. */
const SCAN_SLACK = 1000;

function idAt(sheet: SheetSource, row: number): number | null {
  const v = sheet.cell(`${J.soal}${row}`).value;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) ? n : null;
}

function textMatches(sheet: SheetSource, q: Question): boolean {
  const v = sheet.cell(`${J.text}${q.row}`).value;
  return typeof v === 'string' && excelTrim(v) === excelTrim(q.text);
}

/**
 * Ties every question to its row on sheet Jawaban through the soal id the template writes in column B: at the
 * planned row when the id is there (the usual case, one look per question), else wherever column B holds it
 * (rows inserted or moved above). A question whose id is nowhere, or in two rows, refuses the sheet: it is never
 * read from a shifted row. An older sheet without ids is read by row only when every question's text (column C)
 * stands at its planned row.
 *
 * @example
 * questionRows(LKE_2021, jawaban)      // → { ok: true, rows: Map { 1 → 6, 2 → 7, … }, moved: false }
 * questionRows(LKE_2021, twoRowsAbove) // → { ok: true, rows: Map { 1 → 8, … }, moved: true }
 * questionRows(LKE_2021, idDeleted)    // → { ok: false, refusal: { kind: 'missing-id', soalId: 17 } }
 */
export function questionRows(catalogue: Catalogue, sheet: SheetSource): QuestionRows {
  const questions = indexOf(catalogue).questions;
  if (questions.every((q) => idAt(sheet, q.row) === q.soalId))
    return { ok: true, rows: new Map(questions.map((q) => [q.soalId, q.row])), moved: false };
  const noIds = questions.every((q) => idAt(sheet, q.row) === null);
  if (noIds && questions.every((q) => textMatches(sheet, q)))
    return { ok: true, rows: new Map(questions.map((q) => [q.soalId, q.row])), moved: false };
  const last = Math.max(...questions.map((q) => q.row)) + SCAN_SLACK;
  const found = new Map<number, number[]>();
  for (let row = 2; row <= last; row++) {
    const id = idAt(sheet, row);
    if (id !== null) found.set(id, [...(found.get(id) ?? []), row]);
  }
  const rows = new Map<number, number>();
  for (const q of questions) {
    const at = found.get(q.soalId) ?? [];
    if (at.length === 0) return { ok: false, refusal: { kind: 'missing-id', soalId: q.soalId } };
    if (at.length > 1) return { ok: false, refusal: { kind: 'duplicate-id', soalId: q.soalId, rows: at } };
    rows.set(q.soalId, at[0] ?? q.row);
  }
  return { ok: true, rows, moved: true };
}
