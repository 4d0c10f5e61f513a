import { InputError, LKE_2021, parsePortalAnswers, toAnswer, toPortalAnswers } from '../../src/lke';

describe('PortalRB answers files', () => {
  it('reads numeric answers of counts and surveys as numbers, choices as text', () => {
    expect(toAnswer('JUMLAH', '12')).toBe(12);
    expect(toAnswer('JUMLAH', ' 7 ')).toBe(7);
    expect(toAnswer('NILAI_0_4', '3,60')).toBe(3.6);
    expect(toAnswer('NILAI_0_4', '3.25')).toBe(3.25);
    expect(toAnswer('JUMLAH', 'dua belas')).toBe('dua belas');
    expect(toAnswer('ABC', 'B')).toBe('B');
    expect(toAnswer('ABC', null)).toBeNull();
  });

  it('reads a file into entries and writes it back unchanged', () => {
    const file = {
      unit_id: 'U-17',
      nama_unit: 'Kantor Imigrasi Kelas I',
      tahun: 2026,
      answers: [
        {
          soal_id: 1,
          jawaban_unit: 'Ya',
          jawaban_tpi: 'Tidak',
          catatan_unit: 'SK Tim',
          bukti_dukung_unit: 'https://x.id/sk',
          catatan_tpi: 'SK belum ditandatangani',
        },
        {
          soal_id: 88,
          jawaban_unit: '12',
          jawaban_tpi: '10',
          catatan_unit: null,
          bukti_dukung_unit: null,
          catatan_tpi: null,
        },
        {
          soal_id: 125,
          jawaban_unit: '3.6',
          jawaban_tpi: null,
          catatan_unit: null,
          bukti_dukung_unit: null,
          catatan_tpi: null,
        },
      ],
    };
    const { entries, meta } = parsePortalAnswers(LKE_2021, file);
    expect(entries.get(88)).toMatchObject({ unit: 12, tpi: 10 });
    expect(entries.get(1)).toEqual({
      unit: 'Ya',
      tpi: 'Tidak',
      unitNote: 'SK Tim',
      unitEvidence: 'https://x.id/sk',
      tpiNote: 'SK belum ditandatangani',
    });
    const back = toPortalAnswers(LKE_2021, entries, meta);
    expect(back.answers).toHaveLength(127);
    expect(back.answers.filter((a) => a.jawaban_unit !== null)).toEqual(file.answers);
    expect([back.unit_id, back.nama_unit, back.tahun]).toEqual(['U-17', 'Kantor Imigrasi Kelas I', 2026]);
  });

  it.each([
    ['not an object', [1, 2], /bukan objek JSON/],
    ['no answers list', { tahun: 2026 }, /tidak ada daftar "answers"/],
    ['an answer without soal_id', { answers: [{ jawaban_unit: 'Ya' }] }, /answers\[0\] tanpa soal_id/],
    [
      'an unknown soal id',
      {
        answers: [
          { soal_id: 999, jawaban_unit: 'Ya' },
          { soal_id: 1000, jawaban_unit: 'A' },
        ],
      },
      /soal_id tidak dikenal dalam LKE 2026: 999, 1000/,
    ],
    [
      'a repeated soal id',
      {
        answers: [
          { soal_id: 3, jawaban_unit: 'Ya' },
          { soal_id: 3, jawaban_unit: 'Tidak' },
        ],
      },
      /soal_id 3 muncul dua kali/,
    ],
  ])('refuses %s with an Indonesian reason and an English twin', (_name, json, re) => {
    let caught: unknown;
    try {
      parsePortalAnswers(LKE_2021, json);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).message).toMatch(re);
    expect((caught as InputError).messageEn).toMatch(/^Invalid answers file: /);
  });
});
