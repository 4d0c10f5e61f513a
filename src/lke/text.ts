/**
 * Excel's TRIM: spaces (U+0020 only) stripped from both ends and inner runs collapsed to one; tabs, line breaks
 * and no-break spaces stay, as in Excel. The one TRIM of the project: the engine reads answers with it and the
 * sheet's formulas read the same cells with UPPER(TRIM(…)), so both forgive exactly the same spaces.
 *
 * @example
 * excelTrim('  Menuju   WBK ') // → 'Menuju WBK'
 * excelTrim(' ya ')             // → 'ya'
 * excelTrim('\tYa')             // → '\tYa'
 */
export function excelTrim(text: string): string {
  return text.replace(/^ +| +$/g, '').replace(/ {2,}/g, ' ');
}
