/**
 * Functions Excel stores with the `_xlfn.` prefix in a file (added after Excel 2007). Our plan uses none of
 * them today; the writer still prefixes any that appear, as Excel and LibreOffice need.
 */
const FUTURE_FUNCTIONS = [
  'IFS',
  'SWITCH',
  'IFNA',
  'CONCAT',
  'TEXTJOIN',
  'MAXIFS',
  'MINIFS',
  'XLOOKUP',
  'XMATCH',
  'LET',
  'FILTER',
  'SORT',
  'UNIQUE',
  'SEQUENCE',
  'XOR',
  'DAYS',
  'ISOWEEKNUM',
  'STDEV.S',
  'STDEV.P',
  'CEILING.MATH',
  'FLOOR.MATH',
];

/**
 * A plan formula (`=IF(…)`) as stored in an .xlsx cell: no leading `=`, `_xlfn.` before newer functions,
 * string literals untouched.
 *
 * @example
 * fileFormula('=IFS(A1>0,"x",TRUE,"y")') // → '_xlfn.IFS(A1>0,"x",TRUE,"y")'
 * fileFormula('=IF(A1="IFS(",1,0)')      // → 'IF(A1="IFS(",1,0)'
 */
export function fileFormula(formula: string): string {
  const body = formula.replace(/^=/, '');
  const names = FUTURE_FUNCTIONS.map((f) => f.replace('.', '\\.')).join('|');
  const pattern = new RegExp(`(^|[^A-Za-z0-9_.])(${names})\\(`, 'gi');
  return body
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(pattern, (_m, pre: string, fn: string) => `${pre}_xlfn.${fn.toUpperCase()}(`),
    )
    .join('"');
}
