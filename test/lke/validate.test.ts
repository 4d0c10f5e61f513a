import { isHttpLinks, LKE_2021, MESSAGES, validate, type Entry, type IssueCode } from '../../src/lke';
import { best, ix } from './fixtures';

const EVIDENCE = 'https://drive.example.go.id/zi/bukti';

/** Best answers with evidence everywhere, TPI equal to the unit: no issue at all. */
function clean(): Map<number, Entry> {
  return new Map(
    ix.questions.map((q) => [q.soalId, { unit: best(q), tpi: best(q), unitEvidence: EVIDENCE }]),
  );
}

function withEntry(id: number, e: Partial<Entry>): Map<number, Entry> {
  const m = clean();
  const base = m.get(id);
  if (!base) throw new Error(`no soal ${id}`);
  m.set(id, { ...base, ...e });
  return m;
}

describe('validate', () => {
  it('finds nothing in a clean LKE', () => {
    expect(validate(LKE_2021, clean())).toEqual([]);
  });

  it.each<[string, number, Partial<Entry>, IssueCode, 'unit' | 'tpi', 'answer' | 'evidence', string]>([
    [
      'an answer not among the options',
      2,
      { unit: 'D' },
      'answer-not-an-option',
      'unit',
      'answer',
      'Jawaban "D" bukan salah satu pilihan (A/B/C).',
    ],
    [
      '"A." is not normalised',
      2,
      { tpi: 'A.' },
      'answer-not-an-option',
      'tpi',
      'answer',
      'Jawaban "A." bukan salah satu pilihan (A/B/C).',
    ],
    [
      'lower case is read, and said so',
      1,
      { unit: ' ya', tpi: 'Ya' },
      'answer-normalised',
      'unit',
      'answer',
      'Jawaban " ya" dibaca sebagai "Ya".',
    ],
    [
      'a negative count',
      88,
      { unit: -2 },
      'count-negative',
      'unit',
      'answer',
      'Jumlah tidak boleh negatif (-2).',
    ],
    [
      'a fractional count',
      105,
      { tpi: 4.5 },
      'count-fraction',
      'tpi',
      'answer',
      'Jumlah harus bilangan bulat (4.5).',
    ],
    [
      'text in a count',
      105,
      { unit: 'empat' },
      'not-a-number',
      'unit',
      'answer',
      'Isian harus berupa angka, bukan "empat".',
    ],
    [
      'a survey index above 4',
      125,
      { unit: 4.2 },
      'survey-out-of-range',
      'unit',
      'answer',
      'Nilai survei harus antara 0 dan 4 (4.2).',
    ],
    [
      'evidence that is not a link',
      3,
      { unitEvidence: 'lihat map biru' },
      'evidence-not-url',
      'unit',
      'evidence',
      'Tautan bukti dukung harus alamat http(s), bukan "lihat map biru".',
    ],
    [
      'an answered question without evidence',
      3,
      { unitEvidence: null },
      'evidence-missing',
      'unit',
      'evidence',
      'Sudah dijawab tetapi belum ada tautan bukti dukung.',
    ],
    [
      'TPI differing from the unit',
      6,
      { tpi: 'C' },
      'tpi-differs',
      'tpi',
      'answer',
      'Jawaban TPI (C) berbeda dari jawaban unit (A).',
    ],
  ])('reports %s', (_name, id, e, code, column, field, messageId) => {
    const issues = validate(LKE_2021, withEntry(id, e));
    const found = issues.find((i) => i.code === code);
    expect(found).toMatchObject({ soalId: id, column, field, code, message_id: messageId });
    expect(found?.message_en.length).toBeGreaterThan(10);
    expect(found?.severity).toBe(
      code === 'evidence-missing'
        ? 'warning'
        : code === 'answer-normalised' || code === 'tpi-differs'
          ? 'info'
          : 'error',
    );
  });

  it('reports a numerator above its denominator (LHKPN 116 > 113 + 114 + 115) in each column', () => {
    const issues = validate(LKE_2021, withEntry(116, { unit: 9, tpi: 9 })).filter(
      (i) => i.code === 'numerator-above-denominator',
    );
    expect(issues.map((i) => [i.soalId, i.column])).toEqual([
      [116, 'tpi'],
      [116, 'unit'],
    ]);
    expect(issues[0]?.message_id).toBe(
      'Jumlah 9 melebihi pembaginya 3 (A.II.5.iii.a.-.4 / A.II.5.iii.a.-.1 + A.II.5.iii.a.-.2 + A.II.5.iii.a.-.3); persentase dibatasi 100%.',
    );
  });

  it('reports changes counted with no agents at all (89 > 88 = 0)', () => {
    const m = withEntry(88, { unit: 0 });
    const issue = validate(LKE_2021, m).find(
      (i) => i.code === 'numerator-above-denominator' && i.column === 'unit',
    );
    expect(issue?.soalId).toBe(89);
  });

  it('does not report unanswered questions (the scorer lists them as missing)', () => {
    expect(validate(LKE_2021, new Map())).toEqual([]);
  });

  it('lists issues in row order', () => {
    const m = withEntry(125, { unit: 9 });
    m.set(2, { unit: 'Z', tpi: 'A', unitEvidence: EVIDENCE });
    expect(validate(LKE_2021, m).map((i) => i.soalId)).toEqual([2, 125]);
  });

  it('has an Indonesian and an English text for every code', () => {
    for (const [code, m] of Object.entries(MESSAGES)) {
      const p = {
        answer: 'x',
        options: 'A/B',
        normalised: 'A',
        unit: 'A',
        tpi: 'B',
        numerator: 2,
        denominator: 1,
        inputs: '1/2',
      };
      expect([code, m.id(p) !== m.en(p)]).toEqual([code, true]);
    }
  });
});

describe('isHttpLinks', () => {
  it.each([
    ['https://bukti.go.id/a', true],
    ['http://x.id/a https://y.id/b', true],
    ['https://x.id/a\nhttps://y.id/b', true],
    ['ftp://x.id/a', false],
    ['www.x.id/a', false],
    ['https://', false],
    ['file:///C:/bukti.pdf', false],
  ])('%p → %p', (text, want) => {
    expect(isHttpLinks(text)).toBe(want);
  });
});
