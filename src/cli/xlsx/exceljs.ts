import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

let lib: typeof ExcelJS | null = null;

/**
 * exceljs, loaded on first use. Reading goes through the streaming reader (xlsxBook.ts), so a command or a
 * recap's worker thread that only reads never pays exceljs's start-up (about 140 ms); writing a workbook loads
 * it once.
 *
 * @example
 * const wb = new (exceljs().Workbook)();
 */
export function exceljs(): typeof ExcelJS {
  lib ??= createRequire(__filename)('exceljs') as typeof ExcelJS;
  return lib;
}
