import { readCirculatedXlsx } from '../../src/cli/xlsx/circulated';
import { expectedRows, fixtureBytes, loadWorkbook, sheetOf } from './fixtureData';

// Reading and writing whole workbooks takes seconds on a loaded machine.
jest.setTimeout(60_000);

/** A unit's copy: the fixture with notes in the Catatan column and evidence links added, as units do. */
async function annotatedCopy(): Promise<{ bytes: Buffer; rows: Map<number, number> }> {
  const wb = await loadWorkbook(fixtureBytes('blanks'));
  const ws = sheetOf(wb);
  const rows = expectedRows(ws);
  const row = (soal: number): number => rows.get(soal) ?? 0;
  ws.getCell(`O${row(27)}`).value = 'Monev mutasi belum dilaksanakan tahun ini';
  ws.getCell(`P${row(27)}`).value = {
    text: 'SK Mutasi',
    hyperlink: 'https://drive.example.go.id/sk-mutasi.pdf',
  };
  ws.getCell(`O${row(50)}`).value =
    'Lihat laporan pelatihan: https://intranet.example.go.id/pelatihan-sakip (2024).';
  ws.getCell(`Q${row(50)}`).value = {
    text: 'Daftar hadir',
    hyperlink: 'http://arsip.example.go.id/daftar-hadir',
  };
  ws.getCell(`P${row(113)}`).value = 'https://lhkpn.example.go.id/rekap';
  ws.getCell('O175').value = 'Catatan pada judul sub-area LHK';
  const out = Buffer.from(await wb.xlsx.writeBuffer());
  return { bytes: out, rows };
}

describe('notes and evidence from a unit copy', () => {
  let m: Awaited<ReturnType<typeof readCirculatedXlsx>>;
  beforeAll(async () => {
    m = await readCirculatedXlsx((await annotatedCopy()).bytes, 'unit.xlsx');
  });

  it('carries the Catatan text as the unit note, with the answer kept', () => {
    expect(m.entries.get(27)).toMatchObject({
      unit: null,
      unitNote: 'Monev mutasi belum dilaksanakan tahun ini',
    });
    expect(m.entries.get(27)?.unitEvidence).toBe('https://drive.example.go.id/sk-mutasi.pdf');
  });

  it('takes every http(s) link of the row as evidence: hyperlinks and link text in the unit columns', () => {
    expect(m.entries.get(50)?.unitEvidence?.split('\n').sort()).toEqual(
      ['http://arsip.example.go.id/daftar-hadir', 'https://intranet.example.go.id/pelatihan-sakip'].sort(),
    );
    expect(m.entries.get(113)?.unitEvidence).toBe('https://lhkpn.example.go.id/rekap');
    expect(m.entries.get(113)?.unit).toBe(8);
  });

  it('lists a note on a heading row instead of pinning it on a question', () => {
    expect(m.unmatched).toContainEqual(
      expect.objectContaining({
        row: 175,
        reason: 'note-without-question',
        note: 'Catatan pada judul sub-area LHK',
      }),
    );
    for (const e of m.entries.values()) expect(e.unitNote ?? '').not.toContain('judul sub-area');
  });

  it('leaves questions without notes or links with none', () => {
    expect(m.entries.get(2)).toEqual({
      unit: 'C',
      tpi: null,
      unitNote: null,
      unitEvidence: null,
      tpiNote: null,
    });
  });
});
