import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { problemRowXml } from '../../src/cli/xlsx/problemRowXml';
import { xmlText } from '../../src/cli/xlsx/xmlText';
import type { ProblemRow } from '../../src/cli/problemRows';

/** Sheet Masalah's rows as exceljs's streaming writer renders them (rows 2…), the way the recap wrote them before. */
async function viaExceljs(rows: readonly ProblemRow[]): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet('Masalah');
  ws.getRow(1).getCell(1).value = 'Unit';
  ws.getRow(1).commit();
  const plain: Partial<ExcelJS.Style> = {};
  for (const r of rows) {
    const row = ws.addRow([...r]);
    for (let c = 1; c <= r.length; c++) row.getCell(c).style = plain;
    row.commit();
  }
  ws.commit();
  await wb.commit();
  const zip = await JSZip.loadAsync(Buffer.concat(chunks));
  const xml = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  const from = xml.indexOf('<row r="2"');
  return from < 0 ? '' : xml.slice(from, xml.indexOf('</sheetData>'));
}

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', 'Jawaban!K7', 'unit\'s "A" & <B>', 'a\u0001b\u007fc\td\ne\rf', 'Dinas Pendidikan 🏫'),
);
const row: fc.Arbitrary<ProblemRow> = fc.tuple(
  text,
  text,
  fc.integer({ min: 0, max: 400 }),
  text,
  text,
  text,
  text,
  text,
  text,
);

describe('sheet Masalah rows written as SpreadsheetML', () => {
  it('are exactly what exceljs writes for the same values (any text, control characters, emoji)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 8 }), async (rows) => {
        const ours = rows.map((r, i) => problemRowXml(r, i + 2)).join('');
        expect(ours).toBe(await viaExceljs(rows));
      }),
      { numRuns: 60 },
    );
  });

  it('escape the five special characters and drop what XML cannot hold', () => {
    expect(xmlText(`Dinas "A" & B's <x>\u0001\u007f`)).toBe('Dinas &quot;A&quot; &amp; B&apos;s &lt;x&gt;');
    expect(xmlText('tab\there\nline\rcr')).toBe('tab\there\nline\rcr');
    expect(xmlText('biasa')).toBe('biasa');
  });
});
