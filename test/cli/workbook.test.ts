import ExcelJS from 'exceljs';
import { LKE_2021, THRESHOLDS_2021 } from '../../src/lke';
import { INPUT_COLUMNS, planWorkbook, SHEETS } from '../../src/workbook';
import {
  cli,
  filled,
  fullAnswers,
  openXlsx,
  questions,
  templateBytes,
  withBadEntries,
} from './workbookFixtures';

jest.setTimeout(60_000);

const plan = planWorkbook(LKE_2021, THRESHOLDS_2021);

describe('lke-zi template', () => {
  it('writes a usable workbook: sheets, veryHidden metadata, names, drop-downs in K and N, unlocked inputs, locked formulas', async () => {
    const wb = await openXlsx(await templateBytes());
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Jawaban', 'visible'],
      ['Rekap', 'visible'],
      ['Profil', 'visible'],
      ['LKE_ZI_META', 'veryHidden'],
    ]);
    const names = wb.definedNames.model.map((n) => n.name);
    for (const n of [
      'ZI_TOTAL_UNIT',
      'ZI_TOTAL_TPI',
      'ZI_PENGUNGKIT_UNIT',
      'ZI_HASIL_UNIT',
      'ZI_PENGUNGKIT_TPI',
      'ZI_HASIL_TPI',
      'ZI_WBK_UNIT',
      'ZI_WBBM_UNIT',
      'ZI_WBK_TPI',
      'ZI_WBBM_TPI',
    ]) {
      expect(names).toContain(n);
    }
    const ws = wb.getWorksheet(SHEETS.jawaban) as ExcelJS.Worksheet;
    const soal1 = questions[0];
    expect(soal1?.row).toBe(6);
    expect(ws.getCell('K6').dataValidation).toMatchObject({ type: 'list', formulae: ['"Ya,Tidak"'] });
    expect(ws.getCell('N6').dataValidation).toMatchObject({ type: 'list', formulae: ['"Ya,Tidak"'] });
    expect(ws.getCell('K126').dataValidation).toMatchObject({ type: 'whole' });
    expect(ws.getCell('K6').protection).toMatchObject({ locked: false });
    expect(ws.getCell('Q6').protection).toMatchObject({ locked: false });
    expect(ws.getCell('G6').protection?.locked).not.toBe(false);
    expect(ws.getCell('G6').formula).toBe('IF(R6="YA",1,0)');
    expect(ws.getCell('C6').alignment?.wrapText).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 1 });
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(ws.getColumn('C').width).toBeGreaterThanOrEqual(40);
    const profil = wb.getWorksheet(SHEETS.profil) as ExcelJS.Worksheet;
    expect(profil.getCell('B3').value).toBe('KPPN Bandung I');
    expect(profil.getCell('B6').value).toBe(2026);
  });

  it('refuses a bad --year and a missing --out in Indonesian with an English twin', async () => {
    const bad = await cli({}, 'template', '--out', 'x.xlsx', '--year', '26');
    expect(bad.code).toBe(2);
    expect(bad.io.stderr()).toMatch(/--year harus tahun empat angka .*\(--year must be a four-digit year/);
    expect(bad.file('x.xlsx')).toBeUndefined();
    const noOut = await cli({}, 'template');
    expect(noOut.code).toBe(2);
    expect(noOut.io.stderr()).toContain('pemakaian: lke-zi template');
  });
});

describe('lke-zi import', () => {
  it('refuses answers for unknown soal ids and leaves the workbook as it was', async () => {
    const file = fullAnswers();
    const bad = { ...file, answers: [...file.answers, { ...file.answers[0], soal_id: 999 }] };
    const r = await cli(
      { 'LKE.xlsx': await templateBytes(), 'a.json': JSON.stringify(bad) },
      'import',
      'a.json',
      '--into',
      'LKE.xlsx',
    );
    expect(r.code).toBe(2);
    expect(r.io.stderr()).toMatch(
      /soal_id tidak dikenal dalam LKE 2026: 999 \(.*soal_id unknown to the 2026 LKE: 999\)/,
    );
    expect(r.file('LKE.xlsx')?.equals(await templateBytes())).toBe(true);
  });

  it('refuses a workbook that is not an LKE template', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = 'bukan LKE';
    const bytes = Buffer.from(await other.xlsx.writeBuffer());
    const r = await cli(
      { 'X.xlsx': bytes, 'a.json': JSON.stringify(fullAnswers()) },
      'import',
      'a.json',
      '--into',
      'X.xlsx',
    );
    expect(r.code).toBe(2);
    expect(r.io.stderr()).toContain('X.xlsx bukan templat LKE ZI buatan lke-zi');
    expect(r.io.stderr()).toContain('is not an lke-zi LKE ZI template');
    const notXlsx = await cli(
      { 'X.xlsx': 'hello', 'a.json': JSON.stringify(fullAnswers()) },
      'import',
      'a.json',
      '--into',
      'X.xlsx',
    );
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.io.stderr()).toContain('bukan buku kerja .xlsx yang dapat dibaca');
  });

  it('writes only input cells: every other cell of every sheet is as the template had it', async () => {
    const before = await openXlsx(await templateBytes());
    const after = await openXlsx(await filled(withBadEntries(fullAnswers())));
    const inputs = new Set(
      questions.flatMap((q) => Object.values(INPUT_COLUMNS).map((c) => `${SHEETS.jawaban}!${c}${q.row}`)),
    );
    for (const a of ['B3', 'B4', 'B6']) inputs.add(`${SHEETS.profil}!${a}`);
    let compared = 0;
    for (const s of plan.sheets) {
      const wa = after.getWorksheet(s.name) as ExcelJS.Worksheet;
      (before.getWorksheet(s.name) as ExcelJS.Worksheet).eachRow({ includeEmpty: true }, (row, r) => {
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const key = `${s.name}!${cell.address}`;
          if (inputs.has(key)) return;
          compared++;
          expect([key, wa.getCell(r, c).value]).toEqual([key, cell.value]);
        });
      });
    }
    expect(compared).toBeGreaterThan(plan.computed.length);
  });
});

describe('template → import → score → export', () => {
  it('scores the workbook exactly as the answers file, with an empty formula audit', async () => {
    const answers = withBadEntries(fullAnswers());
    const bytes = await filled(answers);
    for (const column of ['unit', 'tpi']) {
      const fromJson = await cli(
        { 'a.json': JSON.stringify(answers) },
        'score',
        'a.json',
        '--json',
        '--column',
        column,
      );
      const fromXlsx = await cli({ 'F.xlsx': bytes }, 'score', 'F.xlsx', '--json', '--column', column);
      expect(fromXlsx.code).toBe(fromJson.code);
      const a = JSON.parse(fromJson.io.stdout()) as Record<string, unknown>;
      const b = JSON.parse(fromXlsx.io.stdout()) as Record<string, unknown>;
      expect(b.formula_audit).toEqual([]);
      delete a.file;
      delete b.file;
      delete b.formula_audit;
      expect(b).toEqual(a);
    }
  });

  it('exports the answers file it was given, nothing lost (notes, links, bad entries as typed)', async () => {
    const answers = withBadEntries(fullAnswers());
    const r = await cli({ 'F.xlsx': await filled(answers) }, 'export', 'F.xlsx', '--out', 'back.json');
    expect(r.code).toBe(0);
    const back = JSON.parse(r.file('back.json')?.toString('utf8') ?? '{}') as unknown;
    const sorted = { ...answers, answers: [...answers.answers].sort((x, y) => x.soal_id - y.soal_id) };
    expect(back).toEqual(sorted);
  });

  it('reports every tampered formula cell by address and keeps scoring from the inputs', async () => {
    const wb = await openXlsx(await filled(fullAnswers()));
    const rekap = wb.getWorksheet(SHEETS.rekap) as ExcelJS.Worksheet;
    const jawaban = wb.getWorksheet(SHEETS.jawaban) as ExcelJS.Worksheet;
    const total = plan.names.find((n) => n.name === 'ZI_TOTAL_TPI')?.address.replace(/\$/g, '') ?? '';
    rekap.getCell(total).value = 100;
    jawaban.getCell('H13').value = {
      formula: 'IF(S13="A",1,IF(S13="B",1,IF(S13="C",0.33,0)))',
      date1904: false,
    };
    const tampered = Buffer.from(await wb.xlsx.writeBuffer());
    const honest = await cli(
      { 'F.xlsx': await filled(fullAnswers()) },
      'score',
      'F.xlsx',
      '--json',
      '--column',
      'tpi',
    );
    const r = await cli({ 'F.xlsx': tampered }, 'score', 'F.xlsx', '--json', '--column', 'tpi');
    const out = JSON.parse(r.io.stdout()) as {
      total: number;
      formula_audit: { sheet: string; address: string; kind: string }[];
    };
    expect(out.formula_audit.map((f) => [f.sheet, f.address, f.kind])).toEqual([
      ['Jawaban', 'H13', 'edited'],
      ['Rekap', total, 'overwritten'],
    ]);
    expect(out.total).toBe((JSON.parse(honest.io.stdout()) as { total: number }).total);
    const text = await cli({ 'F.xlsx': tampered }, 'score', 'F.xlsx', '--column', 'tpi');
    expect(text.io.stdout()).toContain(`Rekap!${total} ditimpa nilai: 100`);
  });

  it('export refuses a workbook that is not our template', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Jawaban');
    const r = await cli(
      { 'X.xlsx': Buffer.from(await other.xlsx.writeBuffer()) },
      'export',
      'X.xlsx',
      '--out',
      'a.json',
    );
    expect(r.code).toBe(2);
    expect(r.io.stderr()).toContain('bukan templat LKE ZI');
    expect(r.file('a.json')).toBeUndefined();
  });
});
