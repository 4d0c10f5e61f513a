import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { indexOf, LKE_2021, type Answer, type Entry } from '../../src/lke';

/** The shared fixtures folder beside the repository (`../shared/fixtures`). */
export const FIXTURES_DIR = resolve(__dirname, '../../../shared/fixtures');
export const FIXTURES = ['complete', 'blanks', 'div0'] as const;
export type FixtureName = (typeof FIXTURES)[number];

export const fixturePath = (name: FixtureName): string =>
  resolve(FIXTURES_DIR, `circulated-lke-${name}.xlsx`);
export const fixtureBytes = (name: FixtureName): Buffer => readFileSync(fixturePath(name));

export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

export function sheetOf(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.getWorksheet('LKE ZI');
  if (!ws) throw new Error('fixture without LKE ZI');
  return ws;
}

const text = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  return typeof v === 'object' ? '' : String(v);
};

/**
 * What the fixtures README states, read straight from column K without the reader under test: the typed
 * answer rows (K not a formula, scored by a per-row Nilai formula that reads K of the same row, with a
 * question text) in sheet order, minus the one extra typed row the README names ("Jumlah yang harus
 * melaporkan (ASN tidak wajib LHKPN)"), are the PortalRB master's questions in depth-first order.
 */
export function expectedRows(ws: ExcelJS.Worksheet): Map<number, number> {
  const rows: number[] = [];
  for (let r = 3; r <= ws.rowCount; r++) {
    const k = ws.getCell(`K${r}`);
    const l = ws.getCell(`L${r}`);
    if (k.formula || !l.formula) continue;
    if (!new RegExp(`\\bK${r}\\b`).test(l.formula)) continue;
    const label = text(ws.getCell(`G${r}`).value) || text(ws.getCell(`E${r}`).value);
    if (label.trim() === '' || /ASN tidak wajib LHKPN/i.test(label)) continue;
    if (/AVERAGE|SUM/.test(l.formula)) continue;
    rows.push(r);
  }
  const questions = [...indexOf(LKE_2021).questions].sort((a, b) => a.row - b.row);
  if (rows.length !== questions.length)
    throw new Error(`expected ${questions.length} answer rows, found ${rows.length}`);
  return new Map(rows.map((r, i) => [questions[i]?.soalId ?? -1, r] as const));
}

/** K of a row as the engine's answer: blank → null, numbers stay numbers, text as typed. */
export function answerInK(ws: ExcelJS.Worksheet, row: number): Answer {
  const v = ws.getCell(`K${row}`).value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  const t = text(v);
  return t.trim() === '' ? null : t;
}

/** The unit entries a person would type from K, by soal id (no reader involved). */
export function entriesFromK(ws: ExcelJS.Worksheet): Map<number, Entry> {
  const out = new Map<number, Entry>();
  for (const [soal, row] of expectedRows(ws)) {
    const a = answerInK(ws, row);
    if (a !== null) out.set(soal, { unit: a, tpi: null });
  }
  return out;
}

/** The cached value of a cell as the file shows it: a number, a text, or `{ error }`. */
export function shownIn(ws: ExcelJS.Worksheet, address: string): number | string | { error: string } | null {
  const c = ws.getCell(address);
  const v = c.formula ? (c.result as ExcelJS.CellValue) : c.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'object' && 'error' in v) return { error: v.error };
  return null;
}

/** The first row whose label (columns B–G) matches, for locating totals without the reader. */
export function rowLabelled(ws: ExcelJS.Worksheet, re: RegExp): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    for (const col of ['B', 'C', 'D', 'E', 'F', 'G'])
      if (re.test(text(ws.getCell(`${col}${r}`).value))) return r;
  }
  throw new Error(`no row labelled ${String(re)}`);
}
