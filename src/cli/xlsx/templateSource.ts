import type ExcelJS from 'exceljs';
import { LKE_2021, type Catalogue, type Entries, type UnitMeta } from '../../lke';
import {
  readTemplateSource,
  SHEETS,
  type CellFault,
  type CellSource,
  type FormulaFinding,
  type ProfileReading,
} from '../../workbook';
import type { LoadedLke, Source } from '../sources';
import { requireRead } from './readWorkbook';
import { exceljsSource } from './exceljsSource';
import { readingPlan } from './readingPlan';
import { bookSource, type XlsxBook } from './xlsxBook';
import { openedBook } from './openedBook';

/** What a filled template holds: entries, the Profil sheet, the formula audit and the untrusted input cells. */
export interface TemplateReading {
  readonly entries: Entries;
  readonly profile: ProfileReading;
  readonly meta: UnitMeta;
  readonly audit: readonly FormulaFinding[];
  readonly faults: readonly CellFault[];
  /** True when question rows were found moved (inserted rows) and read at their new place. */
  readonly moved: boolean;
}

/**
 * Reads our template from any cell source with the one shared reader (src/workbook/readTemplate.ts); throws
 * {@link InputError} when it is not ours or cannot be trusted (missing sheet, rows not tied to soal ids).
 *
 * @example
 * const r = readTemplateFrom(bookSource(openXlsx(bytes, 'LKE.xlsx')), LKE_2021, 'LKE.xlsx');
 * r.audit // → [] on an untouched template; [{ sheet: 'Rekap', address: 'C23', kind: 'overwritten', … }] when typed over
 */
export function readTemplateFrom(source: CellSource, catalogue: Catalogue, path: string): TemplateReading {
  const plan = readingPlan(catalogue);
  const r = requireRead(readTemplateSource(source, plan, catalogue), plan.identity, path);
  return {
    entries: r.entries,
    profile: r.profile,
    meta: { unitId: r.profile.unitId, unitName: r.profile.unitName, year: r.profile.year },
    audit: r.audit,
    faults: r.faults,
    moved: r.moved,
  };
}

/** {@link readTemplateFrom} over a workbook exceljs holds (the import command changes it and writes it back). */
export function readTemplate(wb: ExcelJS.Workbook, catalogue: Catalogue, path: string): TemplateReading {
  return readTemplateFrom(exceljsSource(wb), catalogue, path);
}

/** {@link readTemplateFrom} over a file opened by the streaming reader. */
export function readTemplateBook(book: XlsxBook, catalogue: Catalogue = LKE_2021): TemplateReading {
  return readTemplateFrom(bookSource(book), catalogue, book.path);
}

/** Readable lines about tampered formulas for the `score` summary. */
export function auditNotes(audit: readonly FormulaFinding[]): string[] {
  if (audit.length === 0) return ['Rumus lembar kerja: semua sesuai templat.'];
  const kind = { overwritten: 'ditimpa nilai', edited: 'diubah', missing: 'dihapus' } as const;
  return [
    `Rumus lembar kerja: ${audit.length} sel tidak sesuai templat (nilai di atas dihitung ulang dari isian, bukan dari sel itu):`,
    ...audit
      .slice(0, 20)
      .map(
        (f) =>
          `  ${f.sheet}!${f.address} ${kind[f.kind]}: ${f.found ?? '(kosong)'} — seharusnya ${f.expected}`,
      ),
    ...(audit.length > 20 ? [`  … dan ${audit.length - 20} sel lagi (lihat --json)`] : []),
  ];
}

const FAULT = {
  formula: { id: 'berisi rumus; isian harus diketik, nilai rumus tidak dinilai', en: 'holds a formula' },
  merged: { id: 'tertutup sel gabungan (merge); isiannya tidak dibaca', en: 'is covered by a merged cell' },
  error: { id: 'berisi nilai galat', en: 'holds an error value' },
} as const;

/** Readable lines about input cells that were not trusted (each is also an entry error of its question). */
export function faultNotes(faults: readonly CellFault[], moved: boolean): string[] {
  return [
    ...(moved
      ? ['Baris soal di lembar Jawaban berpindah (baris disisipkan); dibaca menurut nomor soal di kolom B.']
      : []),
    ...faults.slice(0, 20).map((f) => `  ${f.cell} ${FAULT[f.kind].id}`),
    ...(faults.length > 20 ? [`  … dan ${faults.length - 20} sel isian lagi`] : []),
  ];
}

/** True for an opened .xlsx holding our metadata sheet. */
export function isTemplateBook(book: XlsxBook | null): boolean {
  return (book?.sheetNames ?? []).includes(SHEETS.meta);
}

/**
 * Our LKE template (.xlsx): `score` reads it exactly as an answers file and adds `formula_audit`. Accepts any
 * .xlsx (after the circulated reader), so a workbook that is not ours is refused with a clear reason.
 */
export const templateXlsxSource: Source = {
  name: 'lke-zi-template',
  accepts: (path, bytes, limits) =>
    isTemplateBook(openedBook(bytes, path, limits)) || path.toLowerCase().endsWith('.xlsx'),
  load: (bytes, path, limits): Promise<LoadedLke> => {
    const book = openedBook(bytes, path, limits, true);
    if (!book) return Promise.reject(new Error('unreachable'));
    const r = readTemplateBook(book);
    return Promise.resolve({
      entries: r.entries,
      meta: r.meta,
      profile: r.profile.profile,
      extras: { formula_audit: r.audit, ...(r.faults.length > 0 ? { cell_faults: r.faults } : {}) },
      notes: [...auditNotes(r.audit), ...faultNotes(r.faults, r.moved)],
    });
  },
};
