import type ExcelJS from 'exceljs';
import { LKE_2021, THRESHOLDS_2021, type Catalogue, type Entries, type UnitMeta } from '../../lke';
import {
  auditFormulas,
  planWorkbook,
  readEntries,
  readProfile,
  SHEETS,
  type FormulaFinding,
  type ProfileReading,
} from '../../workbook';
import type { LoadedLke, Source } from '../sources';
import { foundCell, loadXlsx, requireTemplate, sheetReader } from './readWorkbook';
import { xlsxSheetNames } from './circulatedSniff';

/** What a filled template holds: entries, the Profil sheet, and the formula audit. */
export interface TemplateReading {
  readonly entries: Entries;
  readonly profile: ProfileReading;
  readonly meta: UnitMeta;
  readonly audit: readonly FormulaFinding[];
}

/**
 * Reads our template: the input cells into entries, the Profil sheet, and every computed cell checked
 * against the plan (the audit never feeds the score: scores come from the engine over the inputs).
 *
 * @example
 * const r = readTemplate(wb, LKE_2021, 'LKE.xlsx');
 * r.audit // → [] on an untouched template; [{ sheet: 'Rekap', address: 'C23', kind: 'overwritten', … }] when typed over
 */
export function readTemplate(wb: ExcelJS.Workbook, catalogue: Catalogue, path: string): TemplateReading {
  requireTemplate(wb, catalogue, path);
  const nothing = (): null => null;
  const entries = readEntries(catalogue, sheetReader(wb, SHEETS.jawaban) ?? nothing);
  const profile = readProfile(sheetReader(wb, SHEETS.profil) ?? nothing);
  const plan = planWorkbook(catalogue, THRESHOLDS_2021);
  const audit = auditFormulas(plan, (sheet, address) => {
    const ws = wb.getWorksheet(sheet);
    return ws ? foundCell(ws.getCell(address)) : { formula: null, value: null };
  });
  return {
    entries,
    profile,
    meta: { unitId: profile.unitId, unitName: profile.unitName, year: profile.year },
    audit,
  };
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

/** True for bytes of an .xlsx holding our metadata sheet. */
export function isTemplateXlsx(bytes: Buffer): boolean {
  return (xlsxSheetNames(bytes) ?? []).includes(SHEETS.meta);
}

/**
 * Our LKE template (.xlsx): `score` reads it exactly as an answers file and adds `formula_audit`. Accepts any
 * .xlsx (after the circulated reader), so a workbook that is not ours is refused with a clear reason.
 */
export const templateXlsxSource: Source = {
  name: 'lke-zi-template',
  accepts: (path, bytes) => isTemplateXlsx(bytes) || path.toLowerCase().endsWith('.xlsx'),
  load: async (bytes, path): Promise<LoadedLke> => {
    const wb = await loadXlsx(bytes, path);
    const r = readTemplate(wb, LKE_2021, path);
    return {
      entries: r.entries,
      meta: r.meta,
      profile: r.profile.profile,
      extras: { formula_audit: r.audit },
      notes: auditNotes(r.audit),
    };
  },
};
