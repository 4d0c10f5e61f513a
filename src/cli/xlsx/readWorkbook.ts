import type ExcelJS from 'exceljs';
import { exceljs } from './exceljs';
import { InputError } from '../../lke/errors';
import {
  detectTemplate,
  matchTemplate,
  missingSheetText,
  rowRefusalText,
  templateIdentity,
  SHEETS,
  type TemplateIdentity,
  type TemplateMatch,
  type TemplateRead,
} from '../../workbook';
import type { Catalogue } from '../../lke';
import { exceljsSource } from './exceljsSource';

/**
 * Opens .xlsx bytes with exceljs, for the commands that change a workbook and write it back (import); reading
 * goes through the streaming reader (xlsxBook.ts). A file exceljs cannot read becomes an {@link InputError}.
 */
export async function loadXlsx(bytes: Buffer, path: string): Promise<ExcelJS.Workbook> {
  const wb = new (exceljs().Workbook)();
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

/**
 * Why a workbook is not read as our template for this catalogue, in Indonesian with an English twin: not a
 * template at all, another template, or another version of the layout.
 *
 * @example
 * templateRefusal('not-a-template', null, templateIdentity(LKE_2021), 'x.xlsx').message
 * // → 'x.xlsx bukan templat LKE ZI buatan lke-zi (lembar LKE_ZI_META tidak ada); buat dengan: …'
 */
export function templateRefusal(
  match: Exclude<TemplateMatch, 'same'>,
  found: TemplateIdentity | null,
  expected: TemplateIdentity,
  path: string,
): InputError {
  switch (match) {
    case 'not-a-template':
      return new InputError(
        `${path} bukan templat LKE ZI buatan lke-zi (lembar ${SHEETS.meta} tidak ada); buat dengan: lke-zi template --out LKE.xlsx`,
        `${path} is not an lke-zi LKE ZI template (no ${SHEETS.meta} sheet); make one with: lke-zi template --out LKE.xlsx`,
      );
    case 'other-template':
      return new InputError(
        `${path} adalah templat "${found?.templateId ?? ''}", bukan "${expected.templateId}"`,
        `${path} is template "${found?.templateId ?? ''}", not "${expected.templateId}"`,
      );
    case 'other-version':
      return new InputError(
        `${path} dibuat untuk versi templat ${found?.templateVersion ?? '?'} (katalog ${found?.catalogueFingerprint ?? '?'}), bukan ${expected.templateVersion} (${expected.catalogueFingerprint}); buat templat baru dan impor jawabannya`,
        `${path} was made for template version ${found?.templateVersion ?? '?'} (catalogue ${found?.catalogueFingerprint ?? '?'}), not ${expected.templateVersion} (${expected.catalogueFingerprint}); make a new template and import the answers`,
      );
    default: {
      const never: never = match;
      return never;
    }
  }
}

/**
 * The reading of a template, or the {@link InputError} that refuses it (exit 2): not ours, a sheet missing or
 * renamed, rows that cannot be tied to their soal ids.
 *
 * @example
 * requireRead(readTemplateSource(source, plan, LKE_2021), plan.identity, 'LKE.xlsx').entries.get(1)
 * // throws 'LKE.xlsx: lembar (sheet) Jawaban tidak ditemukan; …' when the sheet was renamed
 */
export function requireRead(
  r: TemplateRead,
  expected: TemplateIdentity,
  path: string,
): Extract<TemplateRead, { kind: 'read' }> {
  if (r.kind === 'read') return r;
  if (r.kind === 'other')
    throw templateRefusal(r.match === 'same' ? 'other-version' : r.match, r.identity, expected, path);
  const said =
    r.refusal.kind === 'missing-sheet' ? missingSheetText(r.refusal.sheet) : rowRefusalText(r.refusal);
  throw new InputError(`${path}: ${said.id}`, `${path}: ${said.en}`);
}

/** The template identity stored in an exceljs workbook's metadata sheet, or null. */
export function workbookIdentity(wb: ExcelJS.Workbook): TemplateIdentity | null {
  const meta = exceljsSource(wb).sheet(SHEETS.meta);
  return meta ? detectTemplate((a) => meta.cell(a).value) : null;
}

/**
 * Checks that an exceljs workbook is our LKE template for this catalogue, else refuses (see
 * {@link templateRefusal}).
 */
export function requireTemplate(wb: ExcelJS.Workbook, catalogue: Catalogue, path: string): TemplateIdentity {
  const found = workbookIdentity(wb);
  const expected = templateIdentity(catalogue);
  const match = matchTemplate(found, expected);
  if (match === 'same') return expected;
  throw templateRefusal(match, found, expected, path);
}
