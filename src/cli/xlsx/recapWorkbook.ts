import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { workbookWriter } from './exceljs';
import { indexOf, LKE_2021, THRESHOLDS_2021 } from '../../lke';
import type { RecapEntry, RecapUnit } from '../../rekap/types';
import { verdictText } from '../../rekap/verdictText';
import { columnLetter } from '../../workbook';
import { chartParts } from './chart';
import { rewriteZip, sheetPart, zipParts, type PartContent } from './zipRewrite';
import type { ProblemRow } from '../problemRows';
import { problemRowXml } from './problemRowXml';

/** Printed landscape, one page wide (what a TPI prints for a meeting). */
const LANDSCAPE: Partial<ExcelJS.PageSetup> = {
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  paperSize: 9,
};

const GREEN = 'FFC6EFCE';
const RED = 'FFFFC7CE';
const AMBER = 'FFFFEB9C';

interface Col {
  readonly header: string;
  readonly width: number;
  readonly format?: string;
  /** Long text that wraps inside the column instead of running over the page. */
  readonly wrap?: boolean;
  readonly value: (u: RecapUnit) => string | number | null;
}

const ENTRIES = indexOf(LKE_2021).questions.length;

const areaCols: Col[] = LKE_2021.areas.map((a, i) => ({
  header: `Area ${a.id} % (TPI)`,
  width: 9,
  format: '0.0%',
  value: (u) => u.columns.tpi.areaShares[i] ?? null,
}));

/** The columns of sheet Rekap, in order. */
const COLS: Col[] = [
  { header: 'Unit', width: 34, value: (u) => u.meta.unitName ?? u.file },
  { header: 'Berkas', width: 26, value: (u) => u.file },
  { header: 'Lengkap unit', width: 11, format: '0%', value: (u) => u.columns.unit.answered / ENTRIES },
  { header: 'Lengkap TPI', width: 11, format: '0%', value: (u) => u.columns.tpi.answered / ENTRIES },
  { header: 'Total unit', width: 9, format: '0.00', value: (u) => u.columns.unit.total },
  { header: 'Total TPI', width: 9, format: '0.00', value: (u) => u.columns.tpi.total },
  { header: 'Pengungkit unit', width: 11, format: '0.00', value: (u) => u.columns.unit.pengungkit },
  { header: 'Pengungkit TPI', width: 11, format: '0.00', value: (u) => u.columns.tpi.pengungkit },
  { header: 'Hasil unit', width: 9, format: '0.00', value: (u) => u.columns.unit.hasil },
  { header: 'Hasil TPI', width: 9, format: '0.00', value: (u) => u.columns.tpi.hasil },
  ...areaCols,
  { header: 'IPAK (TPI)', width: 8, format: '0.00', value: (u) => u.columns.tpi.ipakIndex },
  { header: 'IPKP (TPI)', width: 8, format: '0.00', value: (u) => u.columns.tpi.ipkpIndex },
  { header: 'WBK unit', width: 15, value: (u) => verdictText(u.columns.unit.verdicts.WBK) },
  { header: 'WBBM unit', width: 15, value: (u) => verdictText(u.columns.unit.verdicts.WBBM) },
  { header: 'WBK TPI', width: 15, value: (u) => verdictText(u.columns.tpi.verdicts.WBK) },
  { header: 'WBBM TPI', width: 15, value: (u) => verdictText(u.columns.tpi.verdicts.WBBM) },
  { header: 'Galat isian', width: 8, value: (u) => u.errors },
  { header: 'Rumus diubah', width: 9, value: (u) => u.tampered },
  { header: 'Batas WBK', width: 7, value: () => THRESHOLDS_2021.total.WBK },
  { header: 'Batas WBBM', width: 7, value: () => THRESHOLDS_2021.total.WBBM },
  {
    header: 'Keterangan',
    width: 44,
    wrap: true,
    value: (u) => (u.duplicateOf.length > 0 ? `Unit yang sama juga di: ${u.duplicateOf.join(', ')}` : null),
  },
];

/** The 1-based column of a header of sheet Rekap. */
export function recapColumn(header: string): number {
  const i = COLS.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`no recap column "${header}"`);
  return i + 2;
}

const letter = columnLetter;

/** Writes sheet Rekap's rows; returns how many unit rows lead it (units come first, unusable files after). */
function rekapSheet(ws: ExcelJS.Worksheet, recap: readonly RecapEntry[]): number {
  ws.columns = [
    { header: 'No', width: 5 },
    ...COLS.map((c) => ({
      header: c.header,
      width: c.width,
      style: {
        ...(c.format ? { numFmt: c.format } : {}),
        ...(c.wrap ? { alignment: { wrapText: true, vertical: 'top' as const } } : {}),
      },
    })),
  ];
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  header.height = 32;
  header.commit();
  let n = 0;
  for (const e of recap) {
    n++;
    if (e.kind === 'unit') ws.addRow([n, ...COLS.map((c) => c.value(e))]).commit();
    else {
      const row = ws.addRow([n, e.file.split(/[\\/]/).pop() ?? e.file, e.file]);
      row.getCell(recapColumn('Keterangan')).value = `Tidak terbaca: ${e.reason}`;
      row.font = { italic: true, color: { argb: 'FF9C0006' } };
      row.commit();
    }
  }
  const last = Math.max(2, n + 1);
  ws.autoFilter = { from: 'A1', to: `${letter(COLS.length + 1)}1` };
  const verdicts = `${letter(recapColumn('WBK unit'))}2:${letter(recapColumn('WBBM TPI'))}${last}`;
  const rule = (text: string, argb: string, priority: number): ExcelJS.ConditionalFormattingRule => ({
    type: 'cellIs',
    operator: 'equal',
    formulae: [`"${text}"`],
    priority,
    style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb } } },
  });
  ws.addConditionalFormatting({
    ref: verdicts,
    rules: [
      rule(verdictText(true), GREEN, 1),
      rule(verdictText(false), RED, 2),
      rule(verdictText(null), AMBER, 3),
    ],
  });
  ws.commit();
  return recap.filter((e) => e.kind === 'unit').length;
}

/** Sheet Masalah with its header row alone (the rows are put in afterwards, see {@link withRows}). */
function problemsSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('Masalah', { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: LANDSCAPE });
  ws.columns = [
    { header: 'Unit', width: 30 },
    { header: 'Berkas', width: 24 },
    { header: 'Soal', width: 6 },
    { header: 'Kolom', width: 7 },
    { header: 'Sel', width: 12 },
    { header: 'Tingkat', width: 11 },
    { header: 'Kode', width: 26 },
    { header: 'Pesan', width: 60 },
    { header: 'Message', width: 60 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  ws.autoFilter = { from: 'A1', to: 'I1' };
  return ws;
}

/**
 * Sheet Masalah's part with the spooled rows (row XML, see {@link problemRowXml}) put after its header row:
 * exceljs wrote the sheet (columns, frozen header, filter, page setup) with the header alone; its text up to
 * `</sheetData>`, then the spool file a piece at a time, then the rest.
 */
function withRows(sheetXml: string, spool: string): PartContent {
  const end = sheetXml.lastIndexOf('</sheetData>');
  if (end < 0) throw new Error('sheet Masalah written without its sheet data');
  return async function* () {
    yield sheetXml.slice(0, end);
    yield* createReadStream(spool, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
    yield sheetXml.slice(end);
  };
}

/** The recap workbook being written: sheet Masalah's rows are spooled file by file, the workbook at the end. */
export interface RecapWriter {
  /** Appends one file's problems to sheet Masalah's spool (written to disk at once, not kept). */
  problems(rows: readonly ProblemRow[]): void;
  /** Writes sheet Rekap (sorted units), sheet Grafik and the chart; closes the workbook and gives its bytes. */
  finish(recap: readonly RecapEntry[]): Promise<Buffer>;
}

/**
 * Opens the recap workbook at `path` (a working file; the caller moves the bytes to the output atomically).
 * Sheet Masalah's rows (every validation problem with its unit and cell) go to a spool file beside `path` as
 * SpreadsheetML while the files are read, so memory stays flat in the number of problems; at the end the
 * workbook is written in one pass: sheet Rekap (one row per file, sorted, filters, verdict colours), sheet
 * Masalah with the spooled rows, and sheet Grafik with TPI totals against the 75 and 85 lines.
 *
 * @example
 * const w = openRecapWorkbook(join(work, 'rekap.xlsx'));
 * w.problems(problemRows('Unit A', 'a.xlsx', issues, issueCell));
 * const bytes = await w.finish(finishRecap(entries));
 */
export function openRecapWorkbook(path: string): RecapWriter {
  // Loaded now, while the files are read, rather than when the recap is written.
  const Writer = workbookWriter();
  const spool = `${path}.masalah.xml`;
  const fd = openSync(spool, 'w');
  let next = 2;
  return {
    problems: (rows) => {
      let xml = '';
      for (const r of rows) xml += problemRowXml(r, next++);
      if (xml !== '') writeSync(fd, xml);
    },
    finish: async (recap) => {
      closeSync(fd);
      const wb = new Writer({ filename: path, useStyles: true, useSharedStrings: false });
      wb.creator = 'lke-zi rekap';
      // Rekap first: it is the first tab.
      const rekap = wb.addWorksheet('Rekap', {
        views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
        pageSetup: LANDSCAPE,
      });
      const units = rekapSheet(rekap, recap);
      const masalah = problemsSheet(wb);
      masalah.commit();
      const chartSheet = wb.addWorksheet('Grafik', { pageSetup: LANDSCAPE });
      chartSheet.getCell('A1').value =
        'Nilai total TPI per unit terhadap batas Menuju WBK (75) dan Menuju WBBM (85)';
      chartSheet.getCell('A1').font = { bold: true };
      chartSheet.getRow(1).commit();
      chartSheet.commit();
      await wb.commit();
      const last = Math.max(2, units + 1);
      const col = (h: string) => letter(recapColumn(h));
      const written = await readFile(path);
      const parts = zipParts(written);
      const changes = new Map<string, PartContent>(
        chartParts(parts, {
          title: 'Nilai total TPI',
          dataSheet: 'Rekap',
          categories: `$${col('Unit')}$2:$${col('Unit')}$${last}`,
          bars: { name: 'Total TPI', values: `$${col('Total TPI')}$2:$${col('Total TPI')}$${last}` },
          lines: [
            {
              name: 'Batas WBK (75)',
              values: `$${col('Batas WBK')}$2:$${col('Batas WBK')}$${last}`,
              color: 'ED7D31',
            },
            {
              name: 'Batas WBBM (85)',
              values: `$${col('Batas WBBM')}$2:$${col('Batas WBBM')}$${last}`,
              color: '70AD47',
            },
          ],
          onSheet: 'Grafik',
        }),
      );
      const masalahPart = sheetPart(parts, 'Masalah');
      changes.set(masalahPart, withRows(parts.text(masalahPart) ?? '', spool));
      return rewriteZip(written, changes);
    },
  };
}
