import type { ProblemRow } from '../problemRows';
import { columnLetter } from '../../workbook';
import { xmlText } from './xmlText';

const LETTERS = Array.from({ length: 9 }, (_, i) => columnLetter(i + 1));

/**
 * One row of sheet Masalah as SpreadsheetML, exactly as exceljs's streaming writer renders the same values
 * (`t="str"` texts, plain numbers, no style): a recap spools ~100 of these per unit while the files are read,
 * and building them through exceljs's row and cell objects cost the command about 17 µs a row, a quarter of
 * its processor time on two cores, competing with the readers. A test compares this with exceljs's rendering.
 *
 * @example
 * problemRowXml(['Unit A', 'a.xlsx', 3, 'unit', 'Jawaban!K8', 'galat', 'bukti', 'Bukti kosong', 'No evidence'], 2)
 * // → '<row r="2" spans="1:9" x14ac:dyDescent="0.25"><c r="A2" t="str"><v>Unit A</v></c>…<c r="C2"><v>3</v></c>…</row>'
 */
export function problemRowXml(row: ProblemRow, r: number): string {
  let cells = '';
  let first = 0;
  let last = 0;
  for (let i = 0; i < row.length; i++) {
    const v: string | number = row[i] as string | number;
    const at = `${LETTERS[i] ?? columnLetter(i + 1)}${r}`;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) continue;
      cells += `<c r="${at}"><v>${v}</v></c>`;
    } else cells += `<c r="${at}" t="str"><v>${xmlText(v)}</v></c>`;
    first ||= i + 1;
    last = i + 1;
  }
  const spans = first > 0 ? ` spans="${first}:${last}"` : '';
  return `<row r="${r}"${spans} x14ac:dyDescent="0.25">${cells}</row>`;
}
