// `lke-zi import` merges: a field absent or null in the file leaves its cell; --replace makes the file the whole
// truth for the soal it lists; the report says what changed, what was left, and every entry now an error.
import { run } from '../../src/cli/main';
import { loadXlsx } from '../../src/cli/xlsx/readWorkbook';
import { readTemplate } from '../../src/cli/xlsx/templateSource';
import { LKE_2021 } from '../../src/lke';
import { memoryIo } from './memoryIo';
import { templateBytes } from './workbookFixtures';

jest.setTimeout(60_000);

const tpiFile = {
  unit_id: 'U-9',
  nama_unit: 'KPPN Uji',
  tahun: 2026,
  answers: [
    {
      soal_id: 1,
      jawaban_unit: 'Ya',
      jawaban_tpi: 'Tidak',
      catatan_unit: 'SK 1',
      bukti_dukung_unit: 'https://drive.example.go.id/1',
      catatan_tpi: 'cek SK',
    },
    { soal_id: 2, jawaban_unit: 'A', jawaban_tpi: 'B', catatan_tpi: 'kurang bukti' },
  ],
};
/** The unit's own file afterwards: its answers only, with `"jawaban_tpi": null` as PortalRB sends it. */
const unitFile = {
  unit_id: null,
  nama_unit: null,
  tahun: null,
  answers: [
    { soal_id: 1, jawaban_unit: 'Tidak', jawaban_tpi: null, catatan_unit: null, catatan_tpi: null },
    { soal_id: 2, jawaban_unit: 'A.', jawaban_tpi: null },
  ],
};

async function importTwice(...flags: string[]) {
  const io = memoryIo({
    'LKE.xlsx': await templateBytes(),
    'tpi.json': JSON.stringify(tpiFile),
    'unit.json': JSON.stringify(unitFile),
  });
  expect(await run(['import', 'tpi.json', '--into', 'LKE.xlsx'], io)).toBe(0);
  const before = io.stdout();
  const code = await run(['import', 'unit.json', '--into', 'LKE.xlsx', ...flags], io);
  const bytes = io.files.get('LKE.xlsx');
  if (!bytes) throw new Error('no LKE.xlsx');
  const r = readTemplate(await loadXlsx(bytes, 'LKE.xlsx'), LKE_2021, 'LKE.xlsx');
  return { code, r, out: io.stdout().slice(before.length), err: io.stderr() };
}

describe('lke-zi import merges; it never erases', () => {
  it("keeps the TPI's answers and notes and the unit's note when the unit's file leaves them null", async () => {
    const { code, r, out } = await importTwice();
    expect(r.entries.get(1)).toEqual({
      unit: 'Tidak',
      tpi: 'Tidak',
      unitNote: 'SK 1',
      unitEvidence: 'https://drive.example.go.id/1',
      tpiNote: 'cek SK',
    });
    expect(r.entries.get(2)).toMatchObject({ unit: 'A.', tpi: 'B', tpiNote: 'kurang bukti' });
    expect(r.meta).toEqual({ unitId: 'U-9', unitName: 'KPPN Uji', year: 2026 });
    // "A." is not an option: the import says so, with the cell, and ends with 1.
    expect(code).toBe(1);
    expect(out).toMatch(/^Impor unit\.json ke LKE\.xlsx \(gabung\): 2 sel diubah, 9 sel berisi dibiarkan/);
    expect(out).toContain('diubah: Jawaban!K6 soal 1 jawaban unit: "Ya" → "Tidak"');
    expect(out).toContain('dibiarkan: Jawaban!N6 soal 1 jawaban TPI: "Tidak"');
    expect(out).toMatch(/Galat isian sesudah impor: 1 .*\n {2}soal 2 \(unit\) Jawaban!K7: /);
  });

  it('--replace makes the file the whole truth for the soal it lists (and only those)', async () => {
    const { r } = await importTwice('--replace');
    expect(r.entries.get(1)).toEqual({
      unit: 'Tidak',
      tpi: null,
      unitNote: null,
      unitEvidence: null,
      tpiNote: null,
    });
    expect(r.entries.get(3)).toEqual({
      unit: null,
      tpi: null,
      unitNote: null,
      unitEvidence: null,
      tpiNote: null,
    });
    // Profil's unit is merged in both modes: a null name does not clear it.
    expect(r.meta.unitName).toBe('KPPN Uji');
  });

  it('--json returns every change, every kept cell and every error with its cell', async () => {
    const io = memoryIo({ 'LKE.xlsx': await templateBytes(), 'unit.json': JSON.stringify(unitFile) });
    expect(await run(['import', 'unit.json', '--into', 'LKE.xlsx', '--out', 'B.xlsx', '--json'], io)).toBe(1);
    const j = JSON.parse(io.stdout()) as {
      mode: string;
      changed: { cell: string; soal_id?: number; field: string; from: unknown; to: unknown }[];
      kept: unknown[];
      errors: { soal_id: number; cell: string; code: string }[];
    };
    expect(j.mode).toBe('merge');
    expect(j.changed).toEqual([
      { cell: 'Jawaban!K6', soal_id: 1, field: 'unit', from: null, to: 'Tidak' },
      { cell: 'Jawaban!K7', soal_id: 2, field: 'unit', from: null, to: 'A.' },
    ]);
    expect(j.errors).toEqual([
      expect.objectContaining({ soal_id: 2, cell: 'Jawaban!K7', code: 'answer-not-an-option' }),
    ]);
  });
});
