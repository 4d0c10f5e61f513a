import { indexOf, InputError, LKE_2021, parsePortalAnswers } from '../../../src/lke';
import {
  answersFileName,
  answersFileText,
  EMPTY_PROFILE,
  previewImport,
  restorable,
} from '../../../src/taskpane/model';
import { galleryEntries } from '../../../src/taskpane/gallery/entries';
import { GALLERY_PROFILE, galleryFindings } from '../../../src/taskpane/gallery/fixtures';

const entries = galleryEntries();
const ix = indexOf(LKE_2021);

describe('PortalRB answers out of and into the pane', () => {
  it('exports every soal with the unit from Profil, and reads back to the same entries', () => {
    const text = answersFileText(LKE_2021, entries, GALLERY_PROFILE);
    const back = parsePortalAnswers(LKE_2021, JSON.parse(text));
    expect(back.meta).toEqual({ unitId: 'KPPN-017', unitName: GALLERY_PROFILE.unitName, year: 2026 });
    expect(back.entries.size).toBe(ix.questions.length);
    for (const [id, e] of entries) expect(back.entries.get(id)?.unit).toEqual(e.unit);
  });

  it.each([
    [GALLERY_PROFILE, 'jawaban-unit-kppn-017-2026.json'],
    [{ ...EMPTY_PROFILE, unitName: 'KPPN Bandung / Jabar' }, 'jawaban-unit-kppn-bandung-jabar.json'],
    [EMPTY_PROFILE, 'jawaban-unit.json'],
  ])('names the file after the unit and year', (profile, name) =>
    expect(answersFileName(profile)).toBe(name),
  );

  it('previews an import as the input cells that change; a field the file leaves null keeps its cell', () => {
    const q1 = ix.question.get(1);
    const text = JSON.stringify({
      answers: [
        {
          soal_id: 1,
          jawaban_unit: 'Tidak',
          jawaban_tpi: entries.get(1)?.tpi,
          catatan_unit: null,
          bukti_dukung_unit: entries.get(1)?.unitEvidence,
          catatan_tpi: 'cek SK',
        },
      ],
    });
    const p = previewImport(LKE_2021, entries, text);
    expect(p.changes.map((c) => [c.field, c.cell.address, c.from, c.to])).toEqual([
      ['unit', `K${q1?.row}`, entries.get(1)?.unit, 'Tidak'],
      ['tpiNote', `Q${q1?.row}`, null, 'cek SK'],
    ]);
    expect(p.writes).toEqual([
      { sheet: 'Jawaban', address: `K${q1?.row}`, value: 'Tidak' },
      { sheet: 'Jawaban', address: `Q${q1?.row}`, value: 'cek SK' },
    ]);
  });

  it("never wipes the TPI's column with a unit's own file (jawaban_tpi null, fields absent)", () => {
    const now = new Map([[1, { unit: 'Ya', tpi: 'Tidak', unitNote: 'SK 1', tpiNote: 'cek SK' }]]);
    const text =
      '\uFEFF' + JSON.stringify({ answers: [{ soal_id: 1, jawaban_unit: 'Tidak', jawaban_tpi: null }] });
    const p = previewImport(LKE_2021, now, text);
    expect(p.writes).toEqual([{ sheet: 'Jawaban', address: 'K6', value: 'Tidak' }]);
    expect(p.kept).toBe(3);
    const replaced = previewImport(LKE_2021, now, text, EMPTY_PROFILE, 'replace');
    expect(replaced.writes.map((w) => [w.address, w.value])).toEqual([
      ['K6', 'Tidak'],
      ['L6', null],
      ['N6', null],
      ['Q6', null],
    ]);
  });

  it("writes the unit's name, id and year into Profil, and keeps what the file leaves null", () => {
    const profile = { ...EMPTY_PROFILE, unitName: 'KPPN Lama', unitId: 'U-1', year: 2025 };
    const text = JSON.stringify({ unit_id: null, nama_unit: 'KPPN Baru', tahun: 2026, answers: [] });
    expect(previewImport(LKE_2021, entries, text, profile).writes).toEqual([
      { sheet: 'Profil', address: 'B3', value: 'KPPN Baru' },
      { sheet: 'Profil', address: 'B6', value: 2026 },
    ]);
  });

  it.each(['{', '[]', '{"answers":[{"soal_id":99999}]}'])(
    'refuses %s with an InputError (id + en)',
    (text) => {
      expect(() => previewImport(LKE_2021, entries, text)).toThrow(InputError);
    },
  );

  it('restores planned formula cells only, never an input cell', () => {
    const planned = galleryFindings(10);
    const input = {
      sheet: 'Jawaban',
      address: `N${ix.question.get(1)?.row}`,
      kind: 'overwritten' as const,
      expected: '=1',
      found: 'Ya',
    };
    expect(restorable(LKE_2021, [...planned, input])).toEqual(planned);
  });
});
