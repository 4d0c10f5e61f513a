import { COLUMNS, type Catalogue, type RatioItem } from '../lke';
import type { SheetDraft } from './draft';
import { SHEETS, SIDE } from './columns';
import type { JawabanLayout } from './layout';
import { STATUS, str, sumOf } from './formulas';
import type { RekapRows } from './rekapRows';
import { PROGRESS_COLS } from './rekapColumns';

const J = SHEETS.jawaban;

/** Each soal's row on sheet Jawaban. */
function questionRows(layout: JawabanLayout): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of layout.rows) if (r.kind === 'question') out.set(r.question.soalId, r.row);
  return out;
}

/**
 * The flag of a % item whose count is above its divisor (the engine's `numerator-above-denominator`): 1 when
 * every input it sums is ok and Σ plus − Σ minus > Σ denominator, else 0.
 *
 * @example
 * overflowFormula(mpIntegrasi, (id) => `G${rowOf(id)}`, (id) => `O${rowOf(id)}`)
 * // → '=IF(AND(Jawaban!O130="ok",Jawaban!O129="ok"),IF(Jawaban!G130>Jawaban!G129,1,0),0)'
 */
export function overflowFormula(
  r: RatioItem,
  value: (soalId: number) => string,
  status: (soalId: number) => string,
): string {
  const ids = [...new Set([...r.plus, ...r.minus, ...r.denominator])];
  const ok = ids.map((id) => `${status(id)}=${str(STATUS.ok)}`).join(',');
  const plus = sumOf(r.plus.map(value), true);
  const numerator = r.minus.length > 0 ? `(${plus}-${sumOf(r.minus.map(value), true)})` : plus;
  return `=IF(AND(${ok}),IF(${numerator}>${sumOf(r.denominator.map(value), true)},1,0),0)`;
}

/**
 * Table "Kesalahan isian": answers not filled in, each % item's count above its divisor, and the entry errors
 * (invalid answers + counts above their divisor) that withhold the verdict, per column.
 */
export function problemsTable(
  d: SheetDraft,
  catalogue: Catalogue,
  layout: JawabanLayout,
  rows: RekapRows,
): void {
  d.put(`A${rows.problemsHeader - 1}`, 'D. Isian yang menahan kesimpulan (belum diisi, kesalahan isian)');
  ['Bagian', '', 'Unit', 'TPI'].forEach((t, i) => d.put(`${'ABCD'[i] ?? 'A'}${rows.problemsHeader}`, t));
  const qRow = questionRows(layout);
  const first = layout.headerRow + 1;
  const span = (col: string): string => `${J}!${col}${first}:${col}${layout.lastRow}`;
  d.put(`A${rows.empty}`, 'Jawaban belum diisi');
  d.put(`A${rows.errors}`, 'Kesalahan isian (jawaban tidak valid + jumlah melebihi pembagi)');
  for (const r of catalogue.ratios)
    d.put(`A${rows.overflow.get(r.id) ?? 0}`, `Jumlah melebihi pembagi: ${r.label}`);
  for (const c of COLUMNS) {
    const col = PROGRESS_COLS[c];
    const s = SIDE[c];
    d.formula(`${col}${rows.empty}`, `=COUNTIF(${span(s.status)},${str(STATUS.empty)})`, {
      kind: 'empty',
      column: c,
    });
    for (const r of catalogue.ratios) {
      const at = (column: string) => (id: number) => `${J}!${column}${qRow.get(id) ?? 0}`;
      d.formula(`${col}${rows.overflow.get(r.id) ?? 0}`, overflowFormula(r, at(s.value), at(s.status)), {
        kind: 'overflow',
        ratioId: r.id,
        column: c,
      });
    }
    const flags = `${col}${rows.empty + 1}:${col}${rows.errors - 1}`;
    d.formula(`${col}${rows.errors}`, `=COUNTIF(${span(s.status)},${str(STATUS.invalid)})+SUM(${flags})`, {
      kind: 'errors',
      column: c,
    });
  }
  d.styles.push({ range: `A${rows.errors}:D${rows.errors}`, bold: true });
}
