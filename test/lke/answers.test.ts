import { excelTrim, readAnswer, type Answer, type Reading } from '../../src/lke';
import { ix } from './fixtures';

const q = (id: number) => {
  const found = ix.question.get(id);
  if (!found) throw new Error(`no soal ${id}`);
  return found;
};
const ok = (value: number, normalised: string | null = null): Reading => ({
  status: 'ok',
  value,
  normalised,
});
const bad = (code: string): Reading => ({ status: 'invalid', code }) as Reading;
const empty: Reading = { status: 'empty' };

describe('readAnswer, one table per answer type', () => {
  it.each<[string, number, Answer, Reading]>([
    ['Ya/Tidak: Ya', 1, 'Ya', ok(1)],
    ['Ya/Tidak: Tidak', 1, 'Tidak', ok(0)],
    ['Ya/Tidak: lower case is forgiven', 1, 'ya', ok(1, 'Ya')],
    ['Ya/Tidak: surrounding spaces are forgiven', 1, '  Tidak ', ok(0, 'Tidak')],
    ['Ya/Tidak: "Y" is not an option', 1, 'Y', bad('answer-not-an-option')],
    ['Ya/Tidak: a number is not an option', 1, 1, bad('answer-not-an-option')],
    ['A/B/C: B is 0.5', 2, 'B', ok(0.5)],
    ['A/B/C: "A." is not normalised', 2, 'A.', bad('answer-not-an-option')],
    ['A/B/C: D is not an option of A/B/C', 2, 'D', bad('answer-not-an-option')],
    ['A/B/C/D: B is the official 0.67', 6, 'B', ok(0.67)],
    ['A/B/C/D: C is the official 0.33', 6, 'c', ok(0.33, 'C')],
    ['A/B/C/D/E: D is 0.25', 14, 'D', ok(0.25)],
    ['A/B/C/D/E: E is 0', 14, 'E', ok(0)],
    ['A/B/C/D/E: a wildcard is not an option', 14, '*', bad('answer-not-an-option')],
    ['A/B/C/D/E: a tab is not a space', 14, '\tA', bad('answer-not-an-option')],
    ['Jumlah: 12', 88, 12, ok(12)],
    ['Jumlah: 0', 88, 0, ok(0)],
    ['Jumlah: negative', 88, -1, bad('count-negative')],
    ['Jumlah: fraction', 88, 2.5, bad('count-fraction')],
    ['Jumlah: text "12" in the cell', 88, '12', bad('not-a-number')],
    ['Jumlah: NaN', 88, Number.NaN, bad('not-a-number')],
    ['Nilai 0-4: 3.6', 125, 3.6, ok(3.6)],
    ['Nilai 0-4: 0', 125, 0, ok(0)],
    ['Nilai 0-4: 4', 127, 4, ok(4)],
    ['Nilai 0-4: above 4', 127, 4.01, bad('survey-out-of-range')],
    ['Nilai 0-4: below 0', 125, -0.5, bad('survey-out-of-range')],
    ['Nilai 0-4: text', 125, 'tinggi', bad('not-a-number')],
    ['empty: null', 1, null, empty],
    ['empty: spaces only', 6, '   ', empty],
    ['empty: empty string', 88, '', empty],
  ])('%s', (_name, soalId, answer, want) => {
    expect(readAnswer(q(soalId), answer)).toEqual(want);
  });

  it('trims as Excel TRIM does: ASCII spaces only, ends stripped and inner runs collapsed', () => {
    expect(excelTrim('  A  ')).toBe('A');
    expect(excelTrim('\u00a0A')).toBe('\u00a0A');
    expect(excelTrim('A B')).toBe('A B');
    expect(excelTrim('  Menuju   WBK ')).toBe('Menuju WBK');
    expect(excelTrim('\tYa\u00a0')).toBe('\tYa\u00a0');
  });
});
