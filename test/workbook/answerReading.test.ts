// Issue 10 point 5: one reading of an answer everywhere. A person types each class of input into the real plan
// (preview host: Excel's list/whole/decimal validation, warning-style alerts, HyperFormula for the formulas);
// the alert's decision and text, the sheet's status cell and the engine must tell the same story.
import { applyPlan } from '../../src/excel/apply';
import { excelTrim, indexOf, LKE_2021, readAnswer, THRESHOLDS_2021, type Question } from '../../src/lke';
import { planWorkbook, SHEETS, SIDE, columnNumber } from '../../src/workbook';
import { ALERT_TITLE } from '../../src/workbook/jawaban';
import { PreviewBook, previewRun } from '../../src/preview/host';
import { typeInto } from '../../src/preview/host/userEdit';

const plan = planWorkbook(LKE_2021, THRESHOLDS_2021);
const ix = indexOf(LKE_2021);
const q = (id: number): Question => {
  const found = ix.question.get(id);
  if (!found) throw new Error(`no soal ${id}`);
  return found;
};

let book: PreviewBook;
beforeAll(async () => {
  book = new PreviewBook();
  const r = await applyPlan(previewRun(book), plan);
  expect(r.kind).toBe('applied');
});

/** Types `typed` into the unit answer cell of a soal as a person would; `at(column)` reads that row's cells. */
function typeUnitAnswer(soalId: number, typed: string) {
  const sheet = book.sheet(SHEETS.jawaban);
  if (!sheet) throw new Error('no Jawaban');
  const question = q(soalId);
  const row = question.row - 1;
  const out = typeInto(book, sheet, row, columnNumber(SIDE.unit.answer) - 1, typed);
  const at = (column: string) => book.value(sheet, row, columnNumber(column) - 1);
  return { question, out, at };
}

type Alert = 'none' | 'forgiven' | 'not-counted';

describe.each<[string, number, string, Alert, 'ok' | 'tidak valid']>([
  ['exact', 1, 'Ya', 'none', 'ok'],
  ['other case', 1, 'ya', 'none', 'ok'],
  ['surrounding spaces', 1, 'ya ', 'forgiven', 'ok'],
  ['case and spaces on A/B/C/D', 6, ' b ', 'forgiven', 'ok'],
  ['"A." (not an option)', 6, 'A.', 'not-counted', 'tidak valid'],
  ['an inner double space ("Ti  dak")', 1, ' Ti  dak ', 'not-counted', 'tidak valid'],
  ['a number in a choice cell', 1, '1', 'not-counted', 'tidak valid'],
  ['text in a count cell', 88, 'dua', 'not-counted', 'tidak valid'],
  ['a count', 88, '12', 'none', 'ok'],
  ['a fraction in a count cell', 88, '2,5', 'not-counted', 'tidak valid'],
  ['a negative count', 88, '-3', 'not-counted', 'tidak valid'],
  ['a survey index with a decimal comma', 125, '3,6', 'none', 'ok'],
  ['a survey index above 4', 125, '5', 'not-counted', 'tidak valid'],
])('typing %s', (_name, soalId, typed, alert, status) => {
  it(`alert ${alert}, status "${status}", and the engine agree`, () => {
    const { question, out, at } = typeUnitAnswer(soalId, typed);
    expect(out.kind).toBe('kept');
    if (out.kind !== 'kept') return;
    // The alert: shown or not, and what it says about how the entry is read.
    if (alert === 'none') expect(out.warning).toBeNull();
    else {
      expect(out.warning?.title).toBe(ALERT_TITLE);
      expect(out.warning?.message.length).toBeLessThanOrEqual(255);
      expect(out.warning?.message).toContain('Isian lain tidak dihitung');
      if (question.answerType !== 'JUMLAH' && question.answerType !== 'NILAI_0_4')
        expect(out.warning?.message).toMatch(/spasi di awal\/akhir diabaikan/);
    }
    // The sheet's status formula.
    expect(at(SIDE.unit.status)).toBe(status);
    // The engine, on the value as the cell holds it.
    const stored = at(SIDE.unit.answer);
    const rd = readAnswer(question, typeof stored === 'string' || typeof stored === 'number' ? stored : null);
    expect(rd.status === 'ok' ? 'ok' : 'tidak valid').toBe(status);
    // A "forgiven" alert only ever appears for an entry the engine counts; "not counted" only for one it does not.
    if (alert === 'forgiven') expect(rd.status).toBe('ok');
    if (alert === 'not-counted') expect(rd.status).toBe('invalid');
  });
});

// Excel's TRIM collapses inner runs of spaces; the engine's excelTrim must read such a cell exactly as the
// sheet's UPPER(TRIM(..)) does, or the pane and the sheet would disagree on the same entry.
describe.each<[string, number, string]>([
  ['inner double space in a Ya/Tidak cell', 1, ' Ti  dak '],
  ['inner and outer runs on A/B/C/D', 6, '  b   c '],
  ['tabs are not spaces', 6, '\tB'],
])('the sheet reading of %s', (_name, soalId, typed) => {
  it('is excelTrim(typed) in upper case, and engine and sheet agree it is not an option', () => {
    const { question, out, at } = typeUnitAnswer(soalId, typed);
    expect(out.kind).toBe('kept');
    expect(at(SIDE.unit.answer)).toBe(typed);
    expect(at(SIDE.unit.reading)).toBe(excelTrim(typed).toUpperCase());
    expect(at(SIDE.unit.status)).toBe('tidak valid');
    expect(readAnswer(question, typed).status).toBe('invalid');
  });
});
