// One rule, one code: the pane's import and `lke-zi import` leave the same workbook for the same files.
import { run } from '../../src/cli/main';
import { loadXlsx } from '../../src/cli/xlsx/readWorkbook';
import { readTemplate } from '../../src/cli/xlsx/templateSource';
import { LKE_2021, type PortalAnswersFile } from '../../src/lke';
import { PreviewBook, previewRun } from '../../src/preview/host';
import { previewImport } from '../../src/taskpane/model';
import { workbookOps } from '../../src/taskpane/workbookOps';
import { memoryIo } from './memoryIo';

jest.setTimeout(60_000);

const first: PortalAnswersFile = {
  unit_id: 'U-017',
  nama_unit: 'KPPN Lama',
  tahun: 2025,
  answers: [
    {
      soal_id: 1,
      jawaban_unit: 'Ya',
      jawaban_tpi: 'Tidak',
      catatan_unit: 'SK 12/2025',
      bukti_dukung_unit: 'https://drive.example.go.id/1',
      catatan_tpi: 'cek SK',
    },
    {
      soal_id: 88,
      jawaban_unit: '12',
      jawaban_tpi: '10',
      catatan_unit: null,
      bukti_dukung_unit: null,
      catatan_tpi: null,
    },
  ],
};
/** The unit's own later file: a new name and year, no id, and null where the TPI's work is. */
const second = {
  unit_id: null,
  nama_unit: 'KPPN Baru',
  tahun: 2026,
  answers: [
    { soal_id: 1, jawaban_unit: 'Tidak', jawaban_tpi: null, catatan_unit: null },
    { soal_id: 88, jawaban_unit: '14' },
  ],
};

async function throughCli(): Promise<ReturnType<typeof readTemplate>> {
  const io = memoryIo({ 'a.json': JSON.stringify(first), 'b.json': JSON.stringify(second) });
  expect(await run(['template', '--out', 'LKE.xlsx'], io)).toBe(0);
  for (const f of ['a.json', 'b.json']) expect(await run(['import', f, '--into', 'LKE.xlsx'], io)).toBe(0);
  const bytes = io.files.get('LKE.xlsx');
  if (!bytes) throw new Error('no LKE.xlsx');
  return readTemplate(await loadXlsx(bytes, 'LKE.xlsx'), LKE_2021, 'LKE.xlsx');
}

async function throughPane() {
  const ops = workbookOps(previewRun(new PreviewBook()));
  expect((await ops.apply({})).kind).toBe('applied');
  for (const f of [first, second]) {
    const { reading, catalogue } = await ops.read();
    if (reading.kind !== 'read') throw new Error(reading.kind);
    // What the pane's "Terapkan" does (usePaneActions.applyImport): write the preview's planned cells.
    const preview = previewImport(catalogue, reading.entries, JSON.stringify(f), reading.profile);
    await ops.writeInputs(preview.writes);
  }
  const { reading } = await ops.read();
  if (reading.kind !== 'read') throw new Error(reading.kind);
  return reading;
}

describe('the pane and the command line import the same files alike', () => {
  it('leave the same Profil (name, id, year) and the same answers, the TPI column kept', async () => {
    const [cli, pane] = await Promise.all([throughCli(), throughPane()]);
    const unit = (p: typeof cli.profile) => ({ unitName: p.unitName, unitId: p.unitId, year: p.year });
    expect(unit(pane.profile)).toEqual(unit(cli.profile));
    expect(unit(cli.profile)).toEqual({ unitName: 'KPPN Baru', unitId: 'U-017', year: 2026 });
    for (const id of [1, 88]) expect(pane.entries.get(id)).toEqual(cli.entries.get(id));
    expect(cli.entries.get(1)).toEqual({
      unit: 'Tidak',
      tpi: 'Tidak',
      unitNote: 'SK 12/2025',
      unitEvidence: 'https://drive.example.go.id/1',
      tpiNote: 'cek SK',
    });
    expect(cli.entries.get(88)).toMatchObject({ unit: 14, tpi: 10 });
  });
});
