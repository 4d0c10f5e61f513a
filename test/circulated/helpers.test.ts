import { align } from '../../src/circulated/align';
import { answerFromCell } from '../../src/circulated/answerValue';
import { divisors, functionRanges, references } from '../../src/circulated/formula';
import { address, columnLetter, columnNumber, EMPTY_CELL, gridFromCells } from '../../src/circulated/grid';
import { parseAddress } from '../../src/workbook/a1';
import { isCirculatedSheetName } from '../../src/circulated/layout';
import { circulatedType, linksIn, similarity, tokens } from '../../src/circulated/text';

const at = (a: string): { row: number; col: number } => {
  const p = parseAddress(a);
  return { row: p.row, col: p.column };
};

describe('formula reading', () => {
  it.each([
    [
      'IF(OR(K129="",K130=""),"Blm Diisi",IF(K130/K129>1,1,K130/K129))',
      ['K129', 'K130', 'K130', 'K129', 'K130', 'K129'],
    ],
    ['IF(J8="Ya/Tidak",IF(K8="Ya",1,0),"K9")', ['J8', 'K8']],
    ["'Ctt Eval'!I3+L198", ['L198']],
    ['AVERAGE($L$176:L179)*H175', ['L176', 'L179', 'H175']],
  ])('references(%s)', (f, want) => {
    expect(references(f)).toEqual(want.map(at));
  });

  it.each([
    ['IF(K162/K161>1,1,K162/K161)', ['K161']],
    ['IF(AND(K155=0,K156=0),1,IF((K155-K156)/K155<0,0,(K155-K156)/K155))', ['K155']],
    ['K182/(K179+K180+K181)', ['K179', 'K180', 'K181']],
    ['L4/H4', ['H4']],
    ['"a/K9"&K1', []],
  ])('divisors(%s)', (f, want) => {
    expect(divisors(f)).toEqual(want.map(at));
  });

  it('reads AVERAGE and SUM argument ranges', () => {
    expect(functionRanges('AVERAGE(L176:L179)*H175', 'AVERAGE')).toEqual([
      { from: at('L176'), to: at('L179') },
    ]);
    expect(functionRanges('SUM(L101,L106,L117)', 'SUM').map((r) => r.from.row)).toEqual([101, 106, 117]);
    expect(functionRanges('SUM(L101,L106)', 'AVERAGE')).toEqual([]);
  });
});

describe('addresses', () => {
  it.each([
    [1, 'A'],
    [11, 'K'],
    [26, 'Z'],
    [27, 'AA'],
    [703, 'AAA'],
  ])('column %i is %s and back', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  it('parses and prints A1 addresses', () => {
    expect(parseAddress('$K$185')).toEqual({ row: 185, column: 11 });
    expect(address(8, 12)).toBe('L8');
    expect(() => parseAddress('K')).toThrow(RangeError);
    const g = gridFromCells({ K8: { value: 'Ya' } });
    expect([g.rowCount, g.columnCount, g.cell(8, 11).value, g.cell(1, 1)]).toEqual([8, 11, 'Ya', EMPTY_CELL]);
  });
});

describe('text', () => {
  it('drops punctuation, case and common words', () => {
    expect(tokens('- Jumlah Perubahan yang dibuat')).toEqual(['perubahan', 'dibuat']);
  });

  it.each([
    ['Sudah ditetapkan agen perubahan', 'Sudah ditetapkan agen perubahan', 1],
    ['- Kepala satuan kerja', 'Jumlah Kepala satuan kerja yang harus melaporkan', (1 + 6 / 8) / 2],
    ['Standar Pelayanan', 'Terdapat inovasi pelayanan', (1 / 2 + 2 / 5) / 2],
    ['', 'apa saja', 0],
  ])('similarity(%s, %s)', (a, b, want) => {
    expect(similarity(a, b)).toBeCloseTo(want, 10);
  });

  it.each([
    ['Ya/Tidak', 'YA_TIDAK'],
    [' a/b/c/d ', 'ABCD'],
    ['Nilai\n(0-4)', 'NILAI_0_4'],
    ['%', 'PERCENT'],
    ['Jumlah', 'JUMLAH'],
    ['Ya', 'UNKNOWN'],
    ['', null],
  ])('answer type %j → %s', (t, want) => {
    expect(circulatedType(t)).toBe(want);
  });

  it('finds links and trims trailing punctuation', () => {
    expect(linksIn('lihat https://a.go.id/x, dan http://b.go.id/y). ftp://c')).toEqual([
      'https://a.go.id/x',
      'http://b.go.id/y',
    ]);
  });

  it('knows the sheet name, forgiving case and spaces only', () => {
    expect([
      isCirculatedSheetName(' lke  zi '),
      isCirculatedSheetName('LKE'),
      isCirculatedSheetName('LKE ZI 2'),
    ]).toEqual([true, false, false]);
  });
});

describe('align', () => {
  it('pairs in order, skipping extras on either side', () => {
    expect(align(['a', 'x', 'b', 'c'], ['a', 'b', 'y', 'c'], (p, q) => (p === q ? 1 : null))).toEqual([
      [0, 0],
      [2, 1],
      [3, 3],
    ]);
  });

  it('never crosses pairs, even when crossing would score more', () => {
    const pairs = align(['b', 'a'], ['a', 'b'], (p, q) => (p === q ? 1 : null));
    expect(pairs).toHaveLength(1);
  });
});

describe('answers in Jawaban cells', () => {
  const cell = (value: string | number | null, error: string | null = null) => ({
    ...EMPTY_CELL,
    value,
    error,
  });
  it.each([
    [cell('Tidak'), 'YA_TIDAK', 'Tidak'],
    [cell(' b '), 'ABC', ' b '],
    [cell('Blm Diisi'), 'ABC', null],
    [cell('   '), 'ABCD', null],
    [cell(null), 'ABCDE', null],
    [cell('12'), 'JUMLAH', 12],
    [cell('3,78'), 'NILAI_0_4', 3.78],
    [cell('dua'), 'JUMLAH', 'dua'],
    [cell(7), 'JUMLAH', 7],
    [cell(null, '#N/A'), 'ABC', '#N/A'],
  ] as const)('%j as %s → %j', (c, type, want) => {
    expect(answerFromCell(c, type)).toEqual(want);
  });
});
