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

  it('previews an import as the input cells that change, leaving soal the file does not list', () => {
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
      ...(entries.get(1)?.unitNote ? [['unitNote', `L${q1?.row}`, entries.get(1)?.unitNote, null]] : []),
      ['tpiNote', `Q${q1?.row}`, null, 'cek SK'],
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
