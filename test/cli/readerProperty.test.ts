// Property: on generated workbooks the streaming reader sees what exceljs (the old reader, the oracle) sees:
// every cell (value, formula, type, merged), and the whole template reading (rows, entries, faults, profile, audit).
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { indexOf, LKE_2021 } from '../../src/lke';
import { openXlsx, bookSource } from '../../src/cli/xlsx/xlsxBook';
import { exceljsSource } from '../../src/cli/xlsx/exceljsSource';
import { readingPlan } from '../../src/cli/xlsx/readingPlan';
import {
  INPUT_COLUMNS,
  META_KEYS,
  PROFIL,
  readTemplateSource,
  SHEETS,
  type CellSource,
} from '../../src/workbook';
import { columnLetter } from '../../src/workbook/a1';

jest.setTimeout(600_000);

const questions = indexOf(LKE_2021).questions;
const plan = readingPlan(LKE_2021);

const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom('a', 'Y', ' ', '<', '>', '&', '"', "'", '\n', 'é', '中', '=', '#', '0', '9', '.', ','),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
  ),
  minLength: 1,
  maxLength: 12,
});
const number = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const errorValue = fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!');
const result = fc.oneof(
  text,
  number,
  fc.boolean(),
  errorValue.map((error) => ({ error })),
);

/** Any value a person, a formula or another program leaves in a cell. */
const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  text,
  number,
  fc.boolean(),
  errorValue.map((error) => ({ error })),
  fc
    .record({ formula: fc.constantFrom('A1+1', 'SUM(B2:C3)', 'IF(K6="Ya",1,0)', '"x"&B$2'), result })
    .map((f) => f as unknown as ExcelJS.CellFormulaValue),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((t) => ({ richText: t.map((x) => ({ text: x })) })),
  text.map((t) => ({ text: t, hyperlink: `https://bukti.example.go.id/${encodeURIComponent(t)}` })),
);

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function oracleOf(bytes: Buffer): Promise<CellSource> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return exceljsSource(wb);
}

/** Two sources' cells over a rectangle as rows of cells; cells under a merged area by their flag only. */
function cellsOf(source: CellSource, sheet: string, rows: number, cols: number, mergedOnly: Set<string>) {
  const s = source.sheet(sheet);
  if (!s) return null;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const at = `${columnLetter(c + 1)}${r + 1}`;
      const x = s.cell(at);
      return mergedOnly.has(at) ? { at, merged: x.merged } : { at, ...x };
    }),
  );
}

function expectSameCells(
  ours: CellSource,
  oracle: CellSource,
  sheet: string,
  rows: number,
  cols: number,
): void {
  const merged = new Set<string>();
  for (const row of cellsOf(oracle, sheet, rows, cols, new Set()) ?? [])
    for (const c of row) if ('merged' in c && c.merged) merged.add(c.at);
  expect(cellsOf(ours, sheet, rows, cols, merged)).toEqual(cellsOf(oracle, sheet, rows, cols, merged));
}

const placed = fc.record({
  row: fc.integer({ min: 1, max: 40 }),
  col: fc.integer({ min: 1, max: 20 }),
  value: cellValue,
});

describe('streaming reader = exceljs', () => {
  it('on any cells, merged areas and shared formulas (200 workbooks)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(placed, { maxLength: 60 }),
        fc.option(fc.record({ row: fc.integer({ min: 41, max: 50 }), col: fc.integer({ min: 1, max: 5 }) })),
        fc.option(fc.integer({ min: 2, max: 6 })),
        async (cells, merge, shared) => {
          const wb = new ExcelJS.Workbook();
          const ws = wb.addWorksheet('Data & "Isian"');
          for (const c of cells) ws.getCell(c.row, c.col).value = c.value;
          if (merge) {
            ws.getCell(merge.row, merge.col).value = 'gabungan';
            ws.mergeCells(merge.row, merge.col, merge.row + 1, merge.col + 2);
          }
          if (shared !== null) {
            ws.getCell('V1').value = {
              formula: 'U1*2',
              result: 2,
              shareType: 'shared',
              ref: `V1:V${shared}`,
            } as unknown as ExcelJS.CellFormulaValue;
            for (let r = 2; r <= shared; r++)
              ws.getCell(`V${r}`).value = { sharedFormula: 'V1', result: r * 2 };
          }
          const bytes = await bytesOf(wb);
          expectSameCells(bookSource(openXlsx(bytes, 'x.xlsx')), await oracleOf(bytes), ws.name, 52, 23);
        },
      ),
      { numRuns: 200 },
    );
  });

  /** A generated LKE workbook: our metadata, soal ids in column B, any input, faults and inserted rows. */
  const lke = fc.record({
    shift: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 4 })),
    inputs: fc.array(
      fc.record({
        q: fc.integer({ min: 0, max: questions.length - 1 }),
        field: fc.constantFrom(...(Object.keys(INPUT_COLUMNS) as (keyof typeof INPUT_COLUMNS)[])),
        value: cellValue,
      }),
      { maxLength: 40 },
    ),
    merged: fc.option(fc.integer({ min: 0, max: questions.length - 2 })),
    profile: fc.array(
      fc.record({
        address: fc.constantFrom(
          ...Object.values(PROFIL).flatMap((v) =>
            typeof v === 'string' && /^[A-Z]+\d+$/.test(v) ? [v] : [],
          ),
          'E12',
          'E15',
        ),
        value: cellValue,
      }),
      { maxLength: 6 },
    ),
    dropId: fc.oneof(
      { arbitrary: fc.constant(null), weight: 7 },
      { arbitrary: fc.integer({ min: 0, max: questions.length - 1 }), weight: 1 },
    ),
  });

  it('on 500 generated LKE workbooks: the same template reading', async () => {
    let read = 0;
    await fc.assert(
      fc.asyncProperty(lke, async (g) => {
        const wb = new ExcelJS.Workbook();
        const j = wb.addWorksheet(SHEETS.jawaban);
        const p = wb.addWorksheet(SHEETS.profil);
        const m = wb.addWorksheet(SHEETS.meta);
        META_KEYS.forEach((k, i) => {
          m.getCell(`A${i + 1}`).value = k;
          const v = {
            template_id: plan.identity.templateId,
            template_version: plan.identity.templateVersion,
            catalogue_fingerprint: plan.identity.catalogueFingerprint,
            plan_version: plan.identity.planVersion,
          }[k];
          m.getCell(`B${i + 1}`).value = v;
        });
        questions.forEach((q, i) => {
          if (g.dropId !== null && g.dropId === i) return;
          j.getCell(`B${q.row + g.shift}`).value = q.soalId;
          j.getCell(`C${q.row + g.shift}`).value = q.text;
        });
        for (const x of g.inputs) {
          const q = questions[x.q];
          if (q) j.getCell(`${INPUT_COLUMNS[x.field]}${q.row + g.shift}`).value = x.value;
        }
        if (g.merged !== null) {
          const q = questions[g.merged];
          if (q) j.mergeCells(`K${q.row + g.shift}:L${q.row + g.shift}`);
        }
        for (const x of g.profile) p.getCell(x.address).value = x.value;
        const bytes = await bytesOf(wb);
        const ours = readTemplateSource(bookSource(openXlsx(bytes, 'x.xlsx')), plan, LKE_2021);
        const oracle = readTemplateSource(await oracleOf(bytes), plan, LKE_2021);
        expect(ours).toEqual(oracle);
        if (ours.kind === 'read') read++;
      }),
      { numRuns: 500 },
    );
    expect(read).toBeGreaterThan(300);
  });
});
