import { posix } from 'node:path';
import { InputError } from '../../lke/errors';
import { EMPTY, sourceCell, type CellSource, type SheetSource } from '../../workbook';
import { parseAddress } from '../../workbook/a1';
import { DEFAULT_LIMITS, within, type ReadLimits } from './limits';
import { zipDirectory, type InflateBudget, type ZipEntry } from './zip';
import { parsePart, relsHandler, sharedStringsHandler, workbookHandler } from './xmlParts';
import { cellKey, sheetHandler, type FileCell, type FileSheetData } from './sheetCells';

/** One sheet read from a file: its cells, merged areas and links. */
export interface FileSheet {
  readonly name: string;
  readonly rowCount: number;
  readonly columnCount: number;
  cell(row: number, col: number): FileCell | undefined;
  /** True inside a merged area except its top-left cell. */
  covered(row: number, col: number): boolean;
  link(row: number, col: number): string | null;
}

/** An .xlsx opened for reading: the sheet names at once, each sheet parsed on first use (and kept). */
export interface XlsxBook {
  readonly path: string;
  readonly sheetNames: readonly string[];
  sheet(name: string): FileSheet | null;
}

function notAWorkbook(path: string, why: string): InputError {
  return new InputError(
    `${path} bukan buku kerja .xlsx yang dapat dibaca (${why})`,
    `${path} is not a readable .xlsx workbook (${why})`,
  );
}

function target(base: string, t: string): string {
  if (t.startsWith('/')) return t.slice(1);
  return posix.normalize(posix.join(posix.dirname(base), t));
}

function relsOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/**
 * Opens .xlsx bytes for reading, part by part: only workbook.xml and its rels now; the shared strings and a
 * sheet when a sheet is first asked for. Every part is inflated under `limits` (checked while inflating), XML
 * is streamed (no DTD, no entities beyond XML's five), a sheet keeps at most `limits.sheetCells` cells.
 *
 * @example
 * const book = openXlsx(readFileSync('LKE.xlsx'), 'LKE.xlsx');
 * book.sheetNames                        // → ['Jawaban', 'Rekap', 'Profil', 'LKE_ZI_META']
 * book.sheet('Jawaban')?.cell(6, 2)?.value // → 1 (soal 1 at row 6)
 */
export function openXlsx(bytes: Uint8Array, path: string, limits: ReadLimits = DEFAULT_LIMITS): XlsxBook {
  within(limits, 'fileBytes', bytes.byteLength, path);
  const dir = zipDirectory(bytes, path);
  if (!dir) throw notAWorkbook(path, 'bukan arsip zip / not a zip archive');
  const budget: InflateBudget = { used: 0 };
  const entry = (name: string): ZipEntry | undefined => {
    const hit = dir.get(name);
    if (hit) return hit;
    const lower = name.toLowerCase();
    for (const [k, e] of dir) if (k.toLowerCase() === lower) return e;
    return undefined;
  };
  const parse = (name: string, handler: Parameters<typeof parsePart>[5]): boolean => {
    const e = entry(name);
    if (!e) return false;
    parsePart(bytes, e, limits, budget, path, handler);
    return true;
  };
  const wbPart = 'xl/workbook.xml';
  const listed: { name: string; rid: string }[] = [];
  if (!parse(wbPart, workbookHandler(listed)))
    throw notAWorkbook(path, 'tanpa xl/workbook.xml / no xl/workbook.xml');
  const wbRels = new Map<string, string>();
  parse(relsOf(wbPart), relsHandler(wbRels));
  let strings: string[] | null = null;
  const sharedStrings = (): string[] => {
    if (strings) return strings;
    strings = [];
    const sstTarget = [...wbRels.values()].find((t) => /sharedStrings\.xml$/i.test(t));
    parse(sstTarget ? target(wbPart, sstTarget) : 'xl/sharedStrings.xml', sharedStringsHandler(strings));
    return strings;
  };
  const cache = new Map<string, FileSheet | null>();
  const load = (name: string): FileSheet | null => {
    const s = listed.find((x) => x.name === name);
    const rel = s ? wbRels.get(s.rid) : undefined;
    if (!s || rel === undefined) return null;
    const part = target(wbPart, rel);
    const data: FileSheetData = {
      cells: new Map(),
      merges: [],
      linkIds: new Map(),
      rowCount: 0,
      columnCount: 0,
    };
    const sst = sharedStrings();
    // The sheet's rels first (a few hundred bytes): without a hyperlink among them, the sheet is read only up to
    // its merged areas.
    const rels = new Map<string, string>();
    const types = new Map<string, string>();
    parse(relsOf(part), relsHandler(rels, types));
    const hasLinks = [...types.values()].some((t) => /\/hyperlink$/i.test(t));
    const counted = (n: number): void => within(limits, 'sheetCells', n, path);
    if (!parse(part, sheetHandler(sst, data, counted, hasLinks))) return null;
    const links = new Map<number, string>();
    for (const [key, rid] of data.linkIds) {
      const t = rels.get(rid);
      if (t !== undefined) links.set(key, t);
    }
    return {
      name,
      rowCount: data.rowCount,
      columnCount: data.columnCount,
      cell: (row, col) => data.cells.get(cellKey(row, col)),
      covered: (row, col) =>
        data.merges.length > 0 &&
        data.merges.some(
          (m) => row >= m.r0 && row <= m.r1 && col >= m.c0 && col <= m.c1 && (row !== m.r0 || col !== m.c0),
        ),
      link: (row, col) => links.get(cellKey(row, col)) ?? null,
    };
  };
  return {
    path,
    sheetNames: listed.map((s) => s.name),
    sheet: (name) => {
      if (!cache.has(name)) cache.set(name, load(name));
      return cache.get(name) ?? null;
    },
  };
}

const parsed = new Map<string, { column: number; row: number }>();

/** A1 address → row and column, remembered (the same plan addresses are read in every file). */
function at(address: string): { column: number; row: number } {
  let p = parsed.get(address);
  if (!p) {
    if (parsed.size > 100_000) parsed.clear();
    p = parseAddress(address);
    parsed.set(address, p);
  }
  return p;
}

/**
 * A file sheet as the template reader's {@link SheetSource}.
 *
 * @example
 * sheetSource(book.sheet('Jawaban')!).cell('K6') // → { value: 'Ya', formula: null, type: 'string', merged: false }
 */
export function sheetSource(sheet: FileSheet): SheetSource {
  return {
    cell: (address) => {
      const { column, row } = at(address);
      const c = sheet.cell(row, column);
      const covered = sheet.covered(row, column);
      if (!c) return covered ? { ...EMPTY, merged: true } : EMPTY;
      return sourceCell(c.value, c.formula === null ? null : `=${c.formula}`, c.error, covered);
    },
  };
}

/**
 * An opened book as the template reader's {@link CellSource}.
 *
 * @example
 * readTemplateSource(bookSource(openXlsx(bytes, 'LKE.xlsx')), plan, LKE_2021).kind // → 'read'
 */
export function bookSource(book: XlsxBook): CellSource {
  const sources = new Map<string, SheetSource | null>();
  return {
    sheet: (name) => {
      let s = sources.get(name);
      if (s === undefined) {
        const sheet = book.sheet(name);
        s = sheet ? sheetSource(sheet) : null;
        sources.set(name, s);
      }
      return s;
    },
  };
}
