import { EMPTY_CELL, readCirculated, type CellGrid, type GridCell } from '../../src/circulated';
import { gridOfWorksheet } from '../oracle/exceljsGrid';
import { InputError } from '../../src/lke';
import { expectedRows, fixtureBytes, loadWorkbook, sheetOf } from './fixtureData';

// Reading and writing whole workbooks takes seconds on a loaded machine.
jest.setTimeout(60_000);

/** The fixture's cells as a mutable table (rows[0] is sheet row 1). */
let base: GridCell[][] = [];
let expected = new Map<number, number>();
beforeAll(async () => {
  const ws = sheetOf(await loadWorkbook(fixtureBytes('complete')));
  const g = gridOfWorksheet(ws);
  base = Array.from({ length: g.rowCount }, (_, r) =>
    Array.from({ length: g.columnCount }, (_, c) => g.cell(r + 1, c + 1)),
  );
  expected = expectedRows(ws);
});

const gridOf = (rows: GridCell[][]): CellGrid => ({
  rowCount: rows.length,
  columnCount: Math.max(...rows.map((r) => r.length)),
  cell: (row, col) => rows[row - 1]?.[col - 1] ?? EMPTY_CELL,
});
const copy = (): GridCell[][] => base.map((r) => [...r]);
const blankRow = (): GridCell[] => Array.from({ length: base[0]?.length ?? 16 }, () => EMPTY_CELL);
const sorted = (m: ReadonlyMap<number, number>): Array<[number, number]> =>
  [...m].sort((a, b) => a[0] - b[0]);
const text = (s: string): GridCell => ({ ...EMPTY_CELL, value: s });

describe('copies that differ by a row here and there', () => {
  it('two extra rows under the header shift every answer by two and change nothing else', () => {
    const rows = copy();
    rows.splice(2, 0, blankRow(), blankRow());
    const got = readCirculated(gridOf(rows)).rowOfQuestion;
    expect(sorted(got)).toEqual(sorted(expected).map(([s, r]) => [s, r + 2]));
  });

  it('a missing question row leaves that soal missing and the others in place', () => {
    const rows = copy();
    const gone = expected.get(39) ?? 0;
    rows.splice(gone - 1, 1);
    const reading = readCirculated(gridOf(rows));
    const want = sorted(expected)
      .filter(([s]) => s !== 39)
      .map(([s, r]) => [s, r > gone ? r - 1 : r]);
    expect(sorted(reading.rowOfQuestion)).toEqual(want);
    expect(reading.missingQuestions).toEqual([39]);
  });

  it('a question the LKE does not have is listed as unmatched, never guessed', () => {
    const rows = copy();
    const at = expected.get(20) ?? 0; // before soal 20's row
    const extra = blankRow();
    extra[5] = text('x.');
    extra[6] = text('Unit kerja telah menanam pohon peneduh di halaman kantor');
    extra[9] = text('Ya/Tidak');
    extra[10] = text('Ya');
    rows.splice(at - 1, 0, extra);
    const reading = readCirculated(gridOf(rows));
    expect(reading.unmatched.map((u) => [u.row, u.reason, u.answer])).toContainEqual([
      at,
      'no-question',
      'Ya',
    ]);
    expect(reading.rowOfQuestion.get(20)).toBe(at + 1);
    expect(reading.rowOfQuestion.size).toBe(127);
  });

  it('reworded question text still lands on its soal id', () => {
    const rows = copy();
    const row = expected.get(10) ?? 0;
    const r = rows[row - 1] ?? [];
    r[6] = text('Sudah ditetapkan agen-agen perubahan di unit kerja');
    const reading = readCirculated(gridOf(rows));
    expect(reading.rowOfQuestion.get(10)).toBe(row);
  });

  it('an extra column on the left moves the columns, found again from the header', () => {
    const rows = copy().map((r) => [EMPTY_CELL, ...r]);
    const reading = readCirculated(gridOf(rows));
    expect(reading.layout.answer).toBe(12);
    expect(sorted(reading.rowOfQuestion)).toEqual(sorted(expected));
  });

  it('a copy whose note column is headed "Keterangan" still gives the notes', () => {
    const rows = copy();
    const header = rows.findIndex((r) => r.some((c) => c.value === 'Pilihan Jawaban'));
    const h = rows[header] ?? [];
    h[14] = text('Keterangan');
    const row = expected.get(5) ?? 0;
    const r = rows[row - 1] ?? [];
    r[14] = text('Sosialisasi lewat apel pagi');
    const reading = readCirculated(gridOf(rows));
    expect(reading.entries.get(5)?.unitNote).toBe('Sosialisasi lewat apel pagi');
  });

  it('a % row whose formula was overwritten by a typed value is listed, not scored', () => {
    const rows = copy();
    const pct = rows.findIndex(
      (r) => typeof r[6]?.value === 'string' && /Persentase Sasaran/i.test(r[6].value),
    );
    expect(pct).toBeGreaterThan(0);
    const r = rows[pct] ?? [];
    r[10] = { ...EMPTY_CELL, value: 0.8 };
    const reading = readCirculated(gridOf(rows));
    expect(reading.unmatched.map((u) => [u.row, u.reason, u.answer])).toContainEqual([
      pct + 1,
      'typed-percentage',
      0.8,
    ]);
  });

  it('a sheet without the LKE header is refused with a one-line bilingual reason', () => {
    const rows = copy().slice(3);
    const error = ((): unknown => {
      try {
        readCirculated(gridOf(rows));
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain('LKE ZI');
    expect((error as InputError).messageEn).toContain('header');
  });
});
