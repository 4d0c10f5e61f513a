import type { Answer } from '../lke/answers';
import type { AnswerType } from '../lke/catalogue/types';
import type { GridCell } from './grid';

/** The text the circulated formulas write for an unanswered item; typed into Jawaban it means "no answer". */
export const BLM_DIISI = 'Blm Diisi';

/**
 * The answer a circulated Jawaban cell holds, in the engine's terms. Blank, spaces and a typed "Blm Diisi"
 * are no answer (null). Choice answers stay text as typed (the engine forgives case and spaces, nothing
 * else). Counts and survey indexes written as text are read as numbers when they are plainly numbers,
 * with a decimal point or comma ("3,78"). An error shown in the cell stays as its text, which the engine
 * then reports as not an option / not a number.
 *
 * @example
 * answerFromCell({ value: 'Tidak', formula: null, error: null, hyperlink: null }, 'YA_TIDAK') // → 'Tidak'
 * answerFromCell({ value: '3,78', formula: null, error: null, hyperlink: null }, 'NILAI_0_4') // → 3.78
 * answerFromCell({ value: null, formula: null, error: null, hyperlink: null }, 'ABC')         // → null
 */
export function answerFromCell(cell: GridCell, type: AnswerType): Answer {
  if (cell.error !== null) return cell.error;
  const v = cell.value;
  if (v === null) return null;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return v;
  const text = v.trim();
  if (text === '' || text.toLowerCase() === BLM_DIISI.toLowerCase()) return null;
  if ((type === 'JUMLAH' || type === 'NILAI_0_4') && /^-?\d+(?:[.,]\d+)?$/.test(text))
    return Number(text.replace(',', '.'));
  return v;
}
