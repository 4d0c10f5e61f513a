import ExcelJS from 'exceljs';
import { InputError } from '../../lke/errors';
import {
  detectTemplate,
  matchTemplate,
  templateIdentity,
  SHEETS,
  type CellValue,
  type FoundCell,
  type TemplateIdentity,
} from '../../workbook';
import type { Catalogue } from '../../lke';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A cell's value as a spreadsheet holds it: text, number, boolean, null; rich text and hyperlinks as their
 * text, dates as Excel serial numbers (what formulas see), error values as their text, formulas as their
 * cached result.
 *
 * @example
 * rawValue({ richText: [{ text: 'Y' }, { text: 'a' }] }) // → 'Ya'
 * rawValue({ error: '#N/A' })                            // → '#N/A'
 */
export function rawValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86_400_000;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('error' in v) return String(v.error);
  if ('formula' in v || 'sharedFormula' in v) return rawValue((v as { result?: ExcelJS.CellValue }).result);
  if ('text' in v) return typeof v.text === 'string' ? v.text : rawValue(v.text);
  return null;
}

/** A cell as the formula audit sees it: its formula (null for a constant) and its value. */
export function foundCell(cell: ExcelJS.Cell): FoundCell {
  const v = cell.value;
  const hasFormula = v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v);
  return { formula: hasFormula ? `=${cell.formula}` : null, value: rawValue(v) };
}

/** Opens .xlsx bytes; a file exceljs cannot read becomes an {@link InputError}. */
export async function loadXlsx(bytes: Buffer, path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new InputError(
      `${path} bukan buku kerja .xlsx yang dapat dibaca (${why})`,
      `${path} is not a readable .xlsx workbook (${why})`,
    );
  }
  return wb;
}

/** A reader of one sheet's raw values by address (null for a missing sheet). */
export function sheetReader(wb: ExcelJS.Workbook, name: string): ((address: string) => CellValue) | null {
  const ws = wb.getWorksheet(name);
  if (!ws) return null;
  return (address) => rawValue(ws.getCell(address).value);
}

/** The template identity stored in the workbook's metadata sheet, or null. */
export function workbookIdentity(wb: ExcelJS.Workbook): TemplateIdentity | null {
  const read = sheetReader(wb, SHEETS.meta);
  return read ? detectTemplate(read) : null;
}

/**
 * Checks that a workbook is our LKE template for this catalogue, else refuses in Indonesian (with an English
 * twin): not a template at all, another template, or another version of the layout.
 */
export function requireTemplate(wb: ExcelJS.Workbook, catalogue: Catalogue, path: string): TemplateIdentity {
  const found = workbookIdentity(wb);
  const expected = templateIdentity(catalogue);
  const match = matchTemplate(found, expected);
  switch (match) {
    case 'same':
      return expected;
    case 'not-a-template':
      throw new InputError(
        `${path} bukan templat LKE ZI buatan lke-zi (lembar ${SHEETS.meta} tidak ada); buat dengan: lke-zi template --out LKE.xlsx`,
        `${path} is not an lke-zi LKE ZI template (no ${SHEETS.meta} sheet); make one with: lke-zi template --out LKE.xlsx`,
      );
    case 'other-template':
      throw new InputError(
        `${path} adalah templat "${found?.templateId ?? ''}", bukan "${expected.templateId}"`,
        `${path} is template "${found?.templateId ?? ''}", not "${expected.templateId}"`,
      );
    case 'other-version':
      throw new InputError(
        `${path} dibuat untuk versi templat ${found?.templateVersion ?? '?'} (katalog ${found?.catalogueFingerprint ?? '?'}), bukan ${expected.templateVersion} (${expected.catalogueFingerprint}); buat templat baru dan impor jawabannya`,
        `${path} was made for template version ${found?.templateVersion ?? '?'} (catalogue ${found?.catalogueFingerprint ?? '?'}), not ${expected.templateVersion} (${expected.catalogueFingerprint}); make a new template and import the answers`,
      );
    default: {
      const never: never = match;
      return never;
    }
  }
}
