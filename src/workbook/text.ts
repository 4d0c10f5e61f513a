/**
 * Excel's TRIM: spaces (U+0020 only) stripped from both ends and inner runs collapsed to one; tabs, line breaks
 * and no-break spaces stay, as in Excel. The one TRIM of the project.
 *
 * @example
 * excelTrim('  Menuju   WBK ') // → 'Menuju WBK'
 * excelTrim('\tYa')             // → '\tYa'
 */
export function excelTrim(text: string): string {
  return text.replace(/^ +| +$/g, '').replace(/ {2,}/g, ' ');
}
