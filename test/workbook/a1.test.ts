// The one A1 module: every host (pane, preview host, circulated reader, command line) parses and writes
// addresses through these, so their corner cases are pinned here once.
import {
  bareAddress,
  cellAt,
  columnLetter,
  columnNumber,
  parseAddress,
  parseRange,
  quoteSheet,
  type A1Range,
} from '../../src/workbook';
import { parseA1, toA1 } from '../../src/preview/host/a1';

describe('parseRange', () => {
  it.each<[string, A1Range | null]>([
    ['K6', { kind: 'cells', top: 6, left: 11, bottom: 6, right: 11 }],
    ['$K$6', { kind: 'cells', top: 6, left: 11, bottom: 6, right: 11 }],
    ['k6:n7', { kind: 'cells', top: 6, left: 11, bottom: 7, right: 14 }],
    ['N7:K6', { kind: 'cells', top: 6, left: 11, bottom: 7, right: 14 }],
    ['C:E', { kind: 'columns', top: 1, left: 3, bottom: 1_048_576, right: 5 }],
    ['$7:$9', { kind: 'rows', top: 7, left: 1, bottom: 9, right: 16_384 }],
    ['XFD1048576', { kind: 'cells', top: 1_048_576, left: 16_384, bottom: 1_048_576, right: 16_384 }],
    ['XFE1', null],
    ['A1048577', null],
    ['K0', null],
    ['ABCD1', null],
    ['K6:N', null],
    ['A1:B2:C3', null],
    ['Jawaban!K6', null],
    ['', null],
  ])('%j', (address, want) => expect(parseRange(address)).toEqual(want));
});

describe('the rest of the A1 module', () => {
  it('letters and numbers are inverse over the whole width of the grid', () => {
    for (const n of [1, 26, 27, 52, 702, 703, 16_384]) expect(columnNumber(columnLetter(n))).toBe(n);
    expect(columnLetter(703)).toBe('AAA');
    expect(cellAt(185, 11)).toBe('K185');
    expect(parseAddress('$AB$12')).toEqual({ column: 28, row: 12 });
    expect(() => parseAddress('K6:K7')).toThrow(RangeError);
  });

  it('strips the sheet of a reference, quotes and all', () => {
    expect(bareAddress("'LKE ZI'!C3:F9")).toBe('C3:F9');
    expect(bareAddress("'Bukti!'!K6")).toBe('K6');
    expect(bareAddress('K6')).toBe('K6');
  });

  it.each([
    ['Jawaban', 'Jawaban'],
    ['LKE ZI', "'LKE ZI'"],
    ["Unit's", "'Unit''s'"],
    ['2021', "'2021'"],
  ])('quotes sheet %j as %s', (name, quoted) => expect(quoteSheet(name)).toBe(quoted));

  it("the preview host's 0-based rectangles round-trip through it", () => {
    expect(parseA1('K6:N7')).toEqual({ row: 5, col: 10, rows: 2, cols: 4 });
    expect(parseA1('C:C')).toEqual({ row: 0, col: 2, rows: 1_048_576, cols: 1 });
    expect(parseA1('K0')).toBeNull();
    expect(toA1({ row: 5, col: 10, rows: 2, cols: 4 })).toBe('K6:N7');
    expect(toA1({ row: 5, col: 10, rows: 1, cols: 1 }, true)).toBe('$K$6');
    expect(toA1({ row: 0, col: 0, rows: 2, cols: 28 }, true)).toBe('$A$1:$AB$2');
  });
});
