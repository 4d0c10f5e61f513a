// Hostile and faulty inputs: bounded reading (limits checked while inflating, JSON size and depth), a recap
// that survives one bad file of every class, and a sheet trusted only as far as it deserves.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { run } from '../../src/cli/main';
import { indexOf, LKE_2021 } from '../../src/lke';
import { readLkeFile } from '../../src/cli/recapInputs';
import { openXlsx } from '../../src/cli/xlsx/xlsxBook';
import { DEFAULT_LIMITS, LimitError } from '../../src/cli/xlsx/limits';
import { fsIo, tempDir } from '../rekap/folder';
import { cli, filled, fullAnswers, templateBytes } from './workbookFixtures';

jest.setTimeout(120_000);

/** The template with its first sheet part replaced by `mb` megabytes of blanks inside sheetData (deflated in steps). */
async function bomb(mb: number): Promise<Buffer> {
  const parts = unzipSync(new Uint8Array(await templateBytes()));
  const out: Uint8Array[] = [];
  await new Promise<void>((resolve, reject) => {
    const zip = new Zip((err, chunk, final) => {
      if (err) return reject(err);
      out.push(chunk);
      if (final) resolve();
    });
    for (const [name, data] of Object.entries(parts)) {
      if (name === 'xl/worksheets/sheet1.xml') {
        const f = new ZipDeflate(name, { level: 6 });
        zip.add(f);
        f.push(
          strToU8('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'),
        );
        const blanks = new Uint8Array(1024 * 1024).fill(32);
        for (let i = 0; i < mb; i++) f.push(blanks);
        f.push(strToU8('</sheetData></worksheet>'), true);
      } else {
        const f = new ZipPassThrough(name);
        zip.add(f);
        f.push(data, true);
      }
    }
    zip.end();
  });
  return Buffer.concat(out);
}

describe('bounded reading', () => {
  it('stops inflating a part at its limit: a small file that would inflate to 120 MB is refused naming the limit', async () => {
    const bytes = await bomb(120);
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const book = openXlsx(bytes, 'bom.xlsx');
    expect(book.sheetNames[0]).toBe('Jawaban');
    const before = process.memoryUsage().rss;
    expect(() => book.sheet('Jawaban')).toThrow(LimitError);
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
    const small = { ...DEFAULT_LIMITS, partBytes: 1024 * 1024 };
    expect(() => openXlsx(bytes, 'bom.xlsx', small).sheet('Jawaban')).toThrow(
      'bom.xlsx: melebihi batas ukuran satu bagian .xlsx setelah diekstrak (1 MB)',
    );
    const whole = { ...DEFAULT_LIMITS, workbookBytes: 300 * 1024 };
    expect(() => openXlsx(bytes, 'bom.xlsx', whole).sheet('Jawaban')).toThrow(
      'ukuran buku kerja setelah diekstrak',
    );
  });

  it('score of such a file: exit 2, one line naming the file and the limit', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bom.xlsx'), await bomb(40));
    const io = fsIo();
    expect(await run(['score', join(dir, 'bom.xlsx')], io)).toBe(2);
    expect(io.stderr().trim().split('\n')).toHaveLength(1);
    expect(io.stderr()).toContain(
      'bom.xlsx: melebihi batas ukuran satu bagian .xlsx setelah diekstrak (32 MB)',
    );
  });

  it('JSON: a byte-order mark is accepted; a 200,000-deep value is refused with the depth limit, no stack overflow', async () => {
    const file = JSON.stringify(fullAnswers());
    const bom = await cli({ 'a.json': `\uFEFF${file}` }, 'score', 'a.json');
    expect(bom.code).toBe(0);
    const deep = await cli(
      { 'd.json': `{"answers":${'['.repeat(200_000)}${']'.repeat(200_000)}}` },
      'score',
      'd.json',
    );
    expect(deep.code).toBe(2);
    expect(deep.io.stderr()).toContain('d.json: melebihi batas kedalaman JSON (64)');
    expect(deep.io.stderr()).not.toContain('call stack');
  });
});

describe('the recap survives any one bad input', () => {
  it('lists a pipe, a device, symlink loops, a dangling link, a bomb and a folder loop with their reasons', async () => {
    const dir = tempDir();
    const answers = join(tempDir(), 'a.json');
    writeFileSync(answers, JSON.stringify(fullAnswers()));
    writeFileSync(join(dir, 'a-baik.json'), JSON.stringify(fullAnswers()));
    execFileSync('mkfifo', [join(dir, 'pipa.xlsx')]);
    symlinkSync('/dev/zero', join(dir, 'nol.xlsx'));
    symlinkSync(join(dir, 'putar.xlsx'), join(dir, 'putar.xlsx'));
    symlinkSync(join(dir, 'tidak-ada'), join(dir, 'putus.json'));
    writeFileSync(join(dir, 'bom.xlsx'), await bomb(40));
    mkdirSync(join(dir, 'sub'));
    symlinkSync(dir, join(dir, 'sub', 'naik'));
    const io = fsIo();
    const out = join(tempDir(), 'REKAP.xlsx');
    expect(await run(['rekap', dir, '--out', out, '--json'], io)).toBe(0);
    const r = JSON.parse(io.stdout()) as { units: unknown[]; failures: { file: string; reason: string }[] };
    expect(r.units).toHaveLength(1);
    const why = Object.fromEntries(r.failures.map((f) => [f.file.slice(dir.length + 1), f.reason]));
    expect(why).toEqual({
      'bom.xlsx': expect.stringContaining('melebihi batas ukuran satu bagian .xlsx') as string,
      'nol.xlsx': expect.stringContaining('bukan berkas biasa') as string,
      'pipa.xlsx': expect.stringContaining('bukan berkas biasa') as string,
      'putar.xlsx': expect.stringContaining('symlink loop') as string,
      'putus.json': 'tidak ada',
      'sub/naik': expect.stringContaining('folder berulang') as string,
    });
  });

  it('readLkeFile never throws: /dev/zero and a folder are failures with reasons', async () => {
    const zero = await readLkeFile('/dev/zero');
    expect(zero.ok ? null : zero.failure.reason).toContain('bukan berkas biasa');
    const folder = await readLkeFile(tempDir());
    expect(folder.ok ? null : folder.failure.reason).toContain('bukan berkas biasa');
  });
});

async function edited(bytes: Buffer, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no ${name}`);
  return ws;
}

async function scoreJson(bytes: Buffer) {
  const r = await cli({ 'F.xlsx': bytes }, 'score', 'F.xlsx', '--json');
  const json =
    r.io.stdout() === ''
      ? null
      : (JSON.parse(r.io.stdout()) as {
          total: number;
          issues: { soal_id: number; column: string; code: string; message_id: string }[];
        });
  return { code: r.code, json, stderr: r.io.stderr() };
}

describe('the sheet is trusted only as far as it deserves', () => {
  let base: Buffer;
  let total = 0;
  beforeAll(async () => {
    base = await filled(fullAnswers());
    total = (await scoreJson(base)).json?.total ?? NaN;
  });

  it.each([
    ['Jawaban', 'lembar (sheet) Jawaban tidak ditemukan'],
    ['Profil', 'lembar (sheet) Profil tidak ditemukan'],
  ])('sheet %s renamed or deleted: exit 2 "%s"', async (name, message) => {
    const renamed = await edited(base, (wb) => (sheet(wb, name).name = `${name} lama`));
    const r = await scoreJson(renamed);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    const deleted = await edited(base, (wb) => wb.removeWorksheet(sheet(wb, name).id));
    expect((await scoreJson(deleted)).stderr).toContain(message);
  });

  it('rows inserted above the questions are read at their new place (same total), never shifted', async () => {
    const moved = await edited(base, (wb) => sheet(wb, 'Jawaban').spliceRows(3, 0, [], []));
    const r = await scoreJson(moved);
    expect(r.json?.total).toBe(total);
    expect(total).toBeGreaterThan(10);
  });

  it('a soal id in two rows refuses the sheet (exit 2)', async () => {
    const twice = await edited(base, (wb) => (sheet(wb, 'Jawaban').getCell('B7').value = 1));
    const r = await scoreJson(twice);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('soal 1 ada di beberapa baris (6, 7)');
  });

  it('a formula, a merged cell or an error value in an answer cell is an entry error at that cell; its cached value is not scored', async () => {
    const qs = indexOf(LKE_2021).questions;
    const pair = qs.find((q) => q.row > 6 && qs.some((x) => x.row === q.row + 1));
    const covered = qs.find((x) => x.row === (pair?.row ?? 0) + 1)?.soalId;
    if (!pair || covered === undefined) throw new Error('no two questions on adjacent rows');
    const faulty = await edited(base, (wb) => {
      const ws = sheet(wb, 'Jawaban');
      ws.getCell('K6').value = { formula: '"Ya"', result: 'Ya' };
      ws.getCell('N6').value = { error: '#N/A' };
      ws.mergeCells(`K${pair.row}:K${pair.row + 1}`);
    });
    const r = await scoreJson(faulty);
    expect(r.code).toBe(1);
    const errors = (r.json?.issues ?? []).filter((i) => i.code === 'answer-not-an-option');
    expect(errors.map((i) => `${i.soal_id}/${i.column}`)).toEqual(
      expect.arrayContaining(['1/unit', '1/tpi', `${covered}/unit`]),
    );
    expect(errors.find((i) => i.soal_id === 1 && i.column === 'unit')?.message_id).toContain('="Ya"');
    expect(errors.find((i) => i.soal_id === covered)?.message_id).toContain('sel gabungan');
  });
});
