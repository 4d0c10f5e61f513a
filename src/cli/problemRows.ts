// Sheet Masalah's rows for one unit, made where the file is read (a recap's reader process): plain data, without
// the workbook writer (exceljs, the chart's zip library), which only the recap's own process loads.
import type { Issue } from '../lke';
import { SEVERITY_ID } from '../rekap/verdictText';

/** Where an issue's cell is, for the problem list (e.g. `Jawaban!K6`). */
export type CellOf = (issue: Issue) => string;

/** One row of sheet Masalah, as spooled to disk while the files are read. */
export type ProblemRow = readonly [
  unit: string,
  file: string,
  soal: number,
  column: string,
  cell: string,
  severity: string,
  code: string,
  id: string,
  en: string,
];

/** The rows of sheet Masalah for one unit's issues. */
export function problemRows(
  unit: string,
  file: string,
  issues: readonly Issue[],
  cellOf: CellOf,
): ProblemRow[] {
  return issues.map((i) => [
    unit,
    file,
    i.soalId,
    i.column === 'tpi' ? 'TPI' : 'unit',
    cellOf(i),
    SEVERITY_ID[i.severity],
    i.code,
    i.message_id,
    i.message_en,
  ]);
}
