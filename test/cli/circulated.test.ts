import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { loadLke, SOURCES } from '../../src/cli/sources';
import { circulatedSource } from '../../src/cli/xlsx/circulated';
import { hasCirculatedSheet, xlsxSheetNames } from '../../src/cli/xlsx/circulatedSniff';
import { LKE_2021, scoreColumn } from '../../src/lke';
import {
  entriesFromK,
  fixtureBytes,
  FIXTURES,
  loadWorkbook,
  rowLabelled,
  sheetOf,
  shownIn,
  type FixtureName,
} from '../circulated/fixtureData';
import { memoryIo } from './memoryIo';

// Reading and writing whole workbooks takes seconds on a loaded machine.
jest.setTimeout(60_000);

interface CirculatedJson {
  total: number | null;
  pengungkit: number | null;
  hasil: number | null;
  error: string | null;
  causes: { kind: string; rows: number[]; message_id: string; message_en: string }[];
  unmatched_rows: { row: number }[];
}
interface ScoreJson {
  total: number;
  pengungkit: number;
  hasil: number;
  circulated: CirculatedJson;
}

async function score(name: FixtureName, ...flags: string[]) {
  const io = memoryIo({ 'OLD.xlsx': fixtureBytes(name) });
  const code = await run(['score', 'OLD.xlsx', ...flags], io);
  return { code, io };
}

/** What the file shows in L of a labelled row, read with exceljs in the test. */
async function shown(
  name: FixtureName,
  label: RegExp,
): Promise<{ value: number | null; error: string | null }> {
  const ws = sheetOf(await loadWorkbook(fixtureBytes(name)));
  const v = shownIn(ws, `L${rowLabelled(ws, label)}`);
  if (v !== null && typeof v === 'object') return { value: null, error: v.error };
  return { value: typeof v === 'number' ? v : null, error: null };
}

describe('lke-zi score OLD.xlsx (circulated workbook)', () => {
  it.each(FIXTURES)('%s: --json adds what the file shows beside the rule-book scores', async (name) => {
    const { code, io } = await score(name, '--json');
    expect(io.stderr()).toBe('');
    expect(code === 0 || code === 1).toBe(true);
    const out = JSON.parse(io.stdout()) as ScoreJson;
    const ws = sheetOf(await loadWorkbook(fixtureBytes(name)));
    const engine = scoreColumn(LKE_2021, entriesFromK(ws), 'unit');
    expect([out.total, out.pengungkit, out.hasil]).toEqual([engine.total, engine.pengungkit, engine.hasil]);
    const total = await shown(name, /NILAI EVALUASI ZONA INTEGRITAS/);
    const pengungkit = await shown(name, /^PENGUNGKIT$/);
    const hasil = await shown(name, /^HASIL$/);
    expect({
      total: out.circulated.total,
      pengungkit: out.circulated.pengungkit,
      hasil: out.circulated.hasil,
      error: out.circulated.error,
    }).toEqual({
      total: total.value,
      pengungkit: pengungkit.value,
      hasil: hasil.value,
      error: total.error ?? pengungkit.error ?? hasil.error,
    });
    for (const c of out.circulated.causes) {
      expect(c.rows.length).toBeGreaterThan(0);
      expect(c.message_id).toMatch(/baris \d+/);
      expect(c.message_en).toMatch(/row \d+/);
    }
  });

  it('div0: the JSON total is null with the error the file shows', async () => {
    const { io } = await score('div0', '--json');
    const out = JSON.parse(io.stdout()) as ScoreJson;
    expect(out.circulated).toMatchObject({ total: null, error: '#DIV/0!' });
    expect(out.circulated.causes.map((c) => c.kind)).toContain('zero-denominator');
  });

  it('without --json prints the comparison and each cause with its rows', async () => {
    const { io } = await score('blanks');
    const text = io.stdout();
    expect(text).toContain('Berkas LKE lama (lembar "LKE ZI") dibandingkan dengan aturan');
    expect(text).toMatch(/Nilai total\s+55,48\s+\d+,\d\d\s+[+−]\d+,\d\d/);
    expect(text).toContain('[isian kosong dilewati AVERAGE] baris');
    expect(text).toContain('[rentang rumus Nilai berbeda dari struktur LKE] baris');
    expect(text).toContain('[sel jenis jawaban (J) mematikan/mengubah pertanyaan] baris');
    expect(text).toContain('Baris yang tidak dapat dicocokkan');
  });

  it('div0: the text shows the error in place of the total and the zero-denominator cause', async () => {
    const { io } = await score('div0');
    expect(io.stdout()).toMatch(/Nilai total\s+#DIV\/0!/);
    expect(io.stdout()).toContain('[pembagian dengan 0 tanpa pengaman] baris');
  });
});

describe('the circulated source', () => {
  it('comes first among the sources', () => {
    expect(SOURCES[0]).toBe(circulatedSource);
  });

  it('sees the sheet names without loading the workbook', () => {
    expect(xlsxSheetNames(fixtureBytes('complete'))).toEqual(['Utama', 'Ctt Eval', 'LKE ZI']);
    expect(hasCirculatedSheet(fixtureBytes('div0'))).toBe(true);
    expect(hasCirculatedSheet(Buffer.from('{"answers": []}'))).toBe(false);
    expect(hasCirculatedSheet(Buffer.from('PK\u0003\u0004 not really a zip'))).toBe(false);
  });

  it('accepts only workbooks with an "LKE ZI" sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('LKE');
    const other = Buffer.from(await wb.xlsx.writeBuffer());
    expect(circulatedSource.accepts('x.xlsx', other)).toBe(false);
    expect(circulatedSource.accepts('x.xlsx', fixtureBytes('complete'))).toBe(true);
    await expect(loadLke(other, 'x.xlsx', [circulatedSource])).rejects.toThrow('jenis berkas tidak dikenal');
  });

  it('leaves a workbook that also holds our template (migrated in place) to the workbook reader', async () => {
    const wb = await loadWorkbook(fixtureBytes('complete'));
    wb.addWorksheet('Jawaban');
    wb.addWorksheet('LKE_ZI_META').state = 'veryHidden';
    const both = Buffer.from(await wb.xlsx.writeBuffer());
    expect(hasCirculatedSheet(both)).toBe(true);
    expect(circulatedSource.accepts('x.xlsx', both)).toBe(false);
  });

  it('an "LKE ZI" sheet without the LKE header is one line on stderr, exit 2', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('LKE ZI').getCell('A1').value = 'kosong';
    const io = memoryIo({ 'bad.xlsx': Buffer.from(await wb.xlsx.writeBuffer()) });
    const code = await run(['score', 'bad.xlsx'], io);
    expect(code).toBe(2);
    expect(io.stderr().trim().split('\n')).toHaveLength(1);
    expect(io.stderr()).toContain('bad.xlsx: lembar "LKE ZI" tidak memiliki baris judul LKE');
  });
});
