import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { run } from '../../src/cli/main';
import { LKE_2021, parsePortalAnswers, toPortalAnswers } from '../../src/lke';
import { circulatedSource } from '../../src/cli/xlsx/circulated';
import { FIXTURES, fixtureBytes, fixturePath } from '../circulated/fixtureData';
import { fsIo, tempDir } from '../rekap/folder';

describe('lke-zi import OLD.xlsx (a circulated LKE ZI workbook) into our template', () => {
  const dir = tempDir('lke-circ-import-');
  const template = join(dir, 'LKE.xlsx');

  beforeAll(async () => {
    expect(await run(['template', '--out', template], fsIo())).toBe(0);
  }, 60_000);

  it.each(FIXTURES)(
    '%s: every answer, note and link the reader found comes back from export unchanged',
    async (name) => {
      const io = fsIo();
      const filled = join(dir, `${name}.xlsx`);
      const exported = join(dir, `${name}.json`);
      const code = await run(['import', fixturePath(name), '--into', template, '--out', filled], io);
      expect(io.stdout()).toMatch(/^Impor .* ke .* \(gabung\): \d+ sel diubah/);
      // Exit 1 exactly when the imported entries hold errors, each listed with its cell.
      expect(code).toBe(io.stdout().includes('Galat isian sesudah impor') ? 1 : 0);
      expect(await run(['export', filled, '--out', exported], io)).toBe(0);
      const read = await circulatedSource.load(fixtureBytes(name), fixturePath(name));
      const want = toPortalAnswers(LKE_2021, read.entries, read.meta).answers;
      const got = parsePortalAnswers(LKE_2021, JSON.parse(readFileSync(exported, 'utf8')) as unknown);
      expect(toPortalAnswers(LKE_2021, got.entries, read.meta).answers).toEqual(want);
      expect(want.filter((a) => a.jawaban_unit !== null).length).toBeGreaterThan(100);
    },
    60_000,
  );

  it('keeps a note that starts with "=" as text, not a formula', async () => {
    const io = fsIo();
    const answers = join(dir, 'eq.json');
    const filled = join(dir, 'eq.xlsx');
    const exported = join(dir, 'eq-out.json');
    const file = {
      unit_id: null,
      nama_unit: null,
      tahun: null,
      answers: [
        {
          soal_id: 1,
          jawaban_unit: 'Ya',
          jawaban_tpi: null,
          catatan_unit: '=> lihat SK',
          bukti_dukung_unit: null,
          catatan_tpi: '=1+1',
        },
      ],
    };
    writeFileSync(answers, JSON.stringify(file));
    expect(await run(['import', answers, '--into', template, '--out', filled], io)).toBe(0);
    expect(await run(['export', filled, '--out', exported], io)).toBe(0);
    const back = JSON.parse(readFileSync(exported, 'utf8')) as {
      answers: { soal_id: number; catatan_unit: string; catatan_tpi: string }[];
    };
    expect(back.answers.find((a) => a.soal_id === 1)).toMatchObject({
      catatan_unit: '=> lihat SK',
      catatan_tpi: '=1+1',
    });
    const score = fsIo();
    await run(['score', filled, '--json'], score);
    expect((JSON.parse(score.stdout()) as { formula_audit: unknown[] }).formula_audit).toEqual([]);
  }, 60_000);
});
