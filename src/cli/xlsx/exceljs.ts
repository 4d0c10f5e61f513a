import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

let lib: typeof ExcelJS | null = null;
let writer: typeof ExcelJS.stream.xlsx.WorkbookWriter | null = null;

/**
 * exceljs, loaded on first use. Reading goes through the streaming reader (xlsxBook.ts), so a command or a
 * recap's reader process that only reads never pays exceljs's start-up (about 140 ms); writing a workbook loads
 * it once.
 *
 * @example
 * const wb = new (exceljs().Workbook)();
 */
export function exceljs(): typeof ExcelJS {
  lib ??= createRequire(__filename)('exceljs') as typeof ExcelJS;
  return lib;
}

/**
 * exceljs's streaming workbook writer alone (the recap writes with it): its own module, without the rest of
 * the library (the readers, the unzipper), which halves the load.
 *
 * @example
 * const wb = new (workbookWriter())({ filename: 'rekap.xlsx', useStyles: true });
 */
export function workbookWriter(): typeof ExcelJS.stream.xlsx.WorkbookWriter {
  writer ??=
    lib?.stream.xlsx.WorkbookWriter ??
    (createRequire(__filename)(
      'exceljs/lib/stream/xlsx/workbook-writer',
    ) as typeof ExcelJS.stream.xlsx.WorkbookWriter);
  return writer;
}
