import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { evaluate, LKE_2021, THRESHOLDS_2021, type Entry } from '../../src/lke';
import { planWorkbook } from '../../src/workbook';
import { best, bestWith, entriesOf, worst } from '../lke/fixtures';
import { fsIo, tempDir, writeAnswers } from './folder';

/** Best answers, with the TPI column changed by `tpi` (soal id → answer). */
function unitWith(tpi: Record<number, string | number | null>): Map<number, Entry> {
  const m = entriesOf(best);
  for (const [id, a] of Object.entries(tpi)) {
    const e = m.get(Number(id));
    if (e) m.set(Number(id), { ...e, tpi: a });
  }
  return m;
}

interface Built {
  dir: string;
  out: string;
  portal: string;
  units: Record<string, Map<number, Entry>>;
}

let built: Built;

beforeAll(async () => {
  const dir = tempDir();
  const units: Record<string, Map<number, Entry>> = {
    'a-sempurna.json': entriesOf(best),
    'b-ipak-rendah.json': unitWith({ 125: 3.2 }),
    'c-belum-lengkap.json': unitWith({ 50: null, 112: null }),
    'd-terburuk.json': entriesOf(worst),
  };
  writeAnswers(dir, 'a-sempurna.json', units['a-sempurna.json']!, 'U-A', 'Kantor A');
  writeAnswers(dir, 'b-ipak-rendah.json', units['b-ipak-rendah.json']!, 'U-B', 'Kantor B');
  writeAnswers(join(dir, 'sub'), 'c-belum-lengkap.json', units['c-belum-lengkap.json']!, 'U-C', 'Kantor C');
  writeAnswers(dir, 'd-terburuk.json', units['d-terburuk.json']!, 'U-D', 'Kantor D');
  writeAnswers(dir, 'e-ganda.json', bestWith({ 2: 'A.' }), 'U-A', 'Kantor A (salinan)');
  // Workbooks from our template: one complete, one tampered (a computed cell overwritten with a number).
  const tpl = join(tempDir(), 'LKE.xlsx');
  const wio = fsIo();
  expect(await run(['template', '--out', tpl], wio)).toBe(0);
  units['f-buku.xlsx'] = unitWith({ 112: 3 });
  units['g-diubah.xlsx'] = unitWith({ 40: 'B' });
  for (const [name, id] of [
    ['f-buku.xlsx', 'U-F'],
    ['g-diubah.xlsx', 'U-G'],
  ] as const) {
    const answers = writeAnswers(tempDir(), `${name}.json`, units[name]!, id, `Kantor ${id}`);
    expect(await run(['import', answers, '--into', tpl, '--out', join(dir, name)], wio)).toBe(0);
  }
  const total = planWorkbook(LKE_2021, THRESHOLDS_2021).names.find((n) => n.name === 'ZI_TOTAL_TPI');
  const tampered = new ExcelJS.Workbook();
  await tampered.xlsx.readFile(join(dir, 'g-diubah.xlsx'));
  const totalSheet = tampered.getWorksheet(total?.sheet ?? '');
  if (!totalSheet || !total) throw new Error('no ZI_TOTAL_TPI in the plan');
  totalSheet.getCell(total.address.replace(/\$/g, '')).value = 99;
  await tampered.xlsx.writeFile(join(dir, 'g-diubah.xlsx'));
  const foreign = new ExcelJS.Workbook();
  foreign.addWorksheet('Anggaran').getCell('A1').value = 'bukan LKE';
  await foreign.xlsx.writeFile(join(dir, 'anggaran.xlsx'));
  writeFileSync(join(dir, 'rusak.json'), '{"answers": [');
  writeFileSync(join(dir, 'rusak.xlsx'), Buffer.from('PK\u0003\u0004 not really a zip'));
  writeFileSync(
    join(dir, 'terkunci.xlsx'),
    Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
  );
  writeFileSync(join(dir, 'bukan-lke.json'), JSON.stringify({ hello: 'world' }));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '~$a-sempurna.xlsx'), 'lock');
  const out = join(tempDir(), 'REKAP.xlsx');
  const portal = tempDir();
  const io = fsIo();
  expect(await run(['rekap', dir, '--out', out, '--portalrb', portal], io)).toBe(0);
  expect(io.stdout()).toContain('7 unit dari 12 berkas; 5 tidak terbaca');
  built = { dir, out, portal, units };
}, 60_000);

/** A cell's plain text (the recap writes only strings, numbers and blanks). */
function text(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

async function sheet(name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  const bytes = readFileSync(built.out);
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

function rowsByFile(ws: ExcelJS.Worksheet): Map<string, Record<string, unknown>> {
  const headers = (ws.getRow(1).values as unknown[]).map(text);
  const out = new Map<string, Record<string, unknown>>();
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const rec: Record<string, unknown> = {};
    headers.forEach((h, i) => (rec[h] = row.getCell(i).value));
    out.set(String(rec.Berkas).split('/').pop() ?? '', rec);
  });
  return out;
}

describe('lke-zi rekap', () => {
  it('writes one row per unit that matches the engine on every figure', async () => {
    const rows = rowsByFile(await sheet('Rekap'));
    for (const [file, entries] of Object.entries(built.units)) {
      const ev = evaluate(LKE_2021, THRESHOLDS_2021, entries, { heldPredicate: 'none' });
      const r = rows.get(file);
      expect(r).toBeDefined();
      expect(r?.['Total TPI']).toBeCloseTo(ev.scores.tpi.total, 9);
      expect(r?.['Total unit']).toBeCloseTo(ev.scores.unit.total, 9);
      expect(r?.['Pengungkit TPI']).toBeCloseTo(ev.scores.tpi.pengungkit, 9);
      expect(r?.['Hasil TPI']).toBeCloseTo(ev.scores.tpi.hasil, 9);
      ev.scores.tpi.areas.forEach((a) =>
        expect(r?.[`Area ${a.id} % (TPI)`]).toBeCloseTo(a.value / a.weight, 9),
      );
      const text = (e: boolean | null) =>
        e === null ? 'BELUM DAPAT DINILAI' : e ? 'MEMENUHI' : 'TIDAK MEMENUHI';
      expect([r?.['WBK TPI'], r?.['WBBM TPI'], r?.['WBK unit']]).toEqual([
        text(ev.verdicts.tpi.WBK.eligible),
        text(ev.verdicts.tpi.WBBM.eligible),
        text(ev.verdicts.unit.WBK.eligible),
      ]);
      expect(r?.['Galat isian']).toBe(ev.issues.filter((i) => i.severity === 'error').length);
      expect(r?.['Lengkap TPI']).toBeCloseTo((127 - ev.scores.tpi.missing.length) / 127, 9);
    }
  });

  it('sorts by TPI total, highest first, and lists unusable files last with the reason', async () => {
    const ws = await sheet('Rekap');
    const files: string[] = [];
    const totals: number[] = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      files.push(text(row.getCell(3).value).split('/').pop() ?? '');
      const t = row.getCell(7).value;
      if (typeof t === 'number') totals.push(t);
    });
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(files.slice(-5).sort()).toEqual([
      'anggaran.xlsx',
      'bukan-lke.json',
      'rusak.json',
      'rusak.xlsx',
      'terkunci.xlsx',
    ]);
    const rows = rowsByFile(ws);
    expect(String(rows.get('terkunci.xlsx')?.Keterangan)).toMatch(/dilindungi kata sandi/);
    expect(String(rows.get('rusak.json')?.Keterangan)).toMatch(/bukan JSON yang sah/);
    expect(String(rows.get('bukan-lke.json')?.Keterangan)).toMatch(/tidak ada daftar "answers"/);
    expect(String(rows.get('rusak.xlsx')?.Keterangan)).toMatch(/bukan buku kerja .xlsx yang dapat dibaca/);
    expect(String(rows.get('anggaran.xlsx')?.Keterangan)).toMatch(/Tidak terbaca: .*(templat|LKE)/);
  });

  it('counts tampered formulas per workbook, and reads the rest of a tampered workbook from its answers', async () => {
    const rows = rowsByFile(await sheet('Rekap'));
    expect(rows.get('g-diubah.xlsx')?.['Rumus diubah']).toBe(1);
    expect(rows.get('f-buku.xlsx')?.['Rumus diubah']).toBe(0);
    expect(rows.get('a-sempurna.json')?.['Rumus diubah']).toBe(0);
  });

  it('flags two files of the same unit', async () => {
    const rows = rowsByFile(await sheet('Rekap'));
    expect(String(rows.get('a-sempurna.json')?.Keterangan)).toMatch(
      /Unit yang sama juga di: .*e-ganda\.json/,
    );
    expect(String(rows.get('e-ganda.json')?.Keterangan)).toMatch(/a-sempurna\.json/);
  });

  it('lists every validation problem with its unit and cell', async () => {
    const ws = await sheet('Masalah');
    const found: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 1 && row.getCell(7).value === 'answer-not-an-option')
        found.push(`${text(row.getCell(1).value)}|${text(row.getCell(5).value)}`);
    });
    expect(found).toContain('Kantor A (salinan)|Jawaban!K7');
  });

  it('writes PortalRB unit lists for the units whose TPI verdict passes, and one answers file per unit', () => {
    const wbk = JSON.parse(readFileSync(join(built.portal, 'unit-wbk.json'), 'utf8')) as {
      tahun: number;
      units: { id: string; kategori: string }[];
    };
    const wbbm = JSON.parse(readFileSync(join(built.portal, 'unit-wbbm.json'), 'utf8')) as {
      units: unknown[];
    };
    expect(wbk.tahun).toBe(2026);
    // In recap order (TPI total): A 100, G 100 − 2.5 × 0.5/3 (soal 40 B), F 100 − 3 × 0.5 (pengaduan 3 of 6).
    expect(wbk.units.map((u) => [u.id, u.kategori])).toEqual([
      ['U-A', 'WBK'],
      ['U-G', 'WBK'],
      ['U-F', 'WBK'],
    ]);
    expect(wbbm.units).toEqual([]);
    const answers = JSON.parse(readFileSync(join(built.portal, 'jawaban-unit', 'U-B.json'), 'utf8')) as {
      answers: { soal_id: number; jawaban_tpi: string }[];
    };
    expect(answers.answers.find((a) => a.soal_id === 125)?.jawaban_tpi).toBe('3.2');
  });

  it('draws the chart of totals against the 75 and 85 lines', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(readFileSync(built.out));
    // As XML text: the sheet's quotes may be written as entities.
    const chart = (await zip.file('xl/charts/chart1.xml')?.async('string'))?.replace(/&apos;/g, "'");
    expect(chart).toContain("'Rekap'!$G$2:$G$8");
    expect(chart).toContain('Batas WBK (75)');
    expect(chart).toContain('Batas WBBM (85)');
  });

  it('refuses bad usage with one line', async () => {
    const io = fsIo();
    expect(await run(['rekap', built.dir], io)).toBe(2);
    expect(await run(['rekap', join(built.dir, 'tidak-ada'), '--out', 'x.xlsx'], io)).toBe(2);
    expect(io.stderr()).toMatch(/tidak ada berkas atau folder/);
  });
});
