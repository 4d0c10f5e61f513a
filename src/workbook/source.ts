import type { CellValue } from './plan';

/**
 * What a cell shows, classified once for every host: `error` cells carry their error text (`#N/A`) as value.
 * The one cell-value classifier of the project: the file reader, exceljs (tests, import) and office-js all map
 * their cells onto it.
 */
export type CellType = 'empty' | 'string' | 'number' | 'boolean' | 'error';

/** One cell as a template reader sees it, whatever the host. */
export interface SourceCell {
  /** The value shown (a formula's cached result); error cells give their text, empty cells null. */
  readonly value: CellValue;
  /** The formula with its leading `=` (en-US), or null for a constant. */
  readonly formula: string | null;
  readonly type: CellType;
  /** True for a cell inside a merged area other than its top-left cell (it shows the area's value). */
  readonly merged: boolean;
}

/** One sheet: a cell by A1 address (`K6`), empty outside what the host read. */
export interface SheetSource {
  cell(address: string): SourceCell;
}

/**
 * A workbook as the template reader needs it: sheets by name (null when the workbook has none of that name).
 * The office-js adapter builds it from one round trip's range arrays (src/excel/read.ts), the command line
 * from its streaming .xlsx reader (src/cli/xlsx/xlsxBook.ts).
 */
export interface CellSource {
  sheet(name: string): SheetSource | null;
}

/** An empty cell. */
export const EMPTY: SourceCell = { value: null, formula: null, type: 'empty', merged: false };

/**
 * The type of a value as hosts hand it over (`''` is empty, as office-js gives empty cells).
 *
 * @example
 * classify('#N/A', true) // → 'error'
 * classify('', false)    // → 'empty'
 * classify(3.5, false)   // → 'number'
 */
export function classify(value: CellValue | undefined, isError: boolean): CellType {
  if (isError) return 'error';
  if (value === null || value === undefined || value === '') return 'empty';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/**
 * A value as a host hands it over (office-js `Range.values` entries are `unknown` to a reader that imports no
 * office-js type), narrowed to a cell value: text, numbers and booleans as they are, anything else empty.
 *
 * @example
 * hostValue('Ya')      // → 'Ya'
 * hostValue(undefined) // → null
 * hostValue({})        // → null
 */
export function hostValue(v: unknown): CellValue {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
}

/**
 * A source cell from its parts.
 *
 * @example
 * sourceCell('Ya', null)            // → { value: 'Ya', formula: null, type: 'string', merged: false }
 * sourceCell('#DIV/0!', '=K9/K8', true) // → { value: '#DIV/0!', formula: '=K9/K8', type: 'error', merged: false }
 */
export function sourceCell(
  value: CellValue | undefined,
  formula: string | null,
  isError = false,
  merged = false,
): SourceCell {
  const type = classify(value, isError);
  return { value: type === 'empty' ? null : (value ?? null), formula, type, merged };
}

/**
 * A source over plain cells, for tests and hosts that hold a workbook in memory.
 *
 * @example
 * const s = sourceFromCells({ Jawaban: { K6: 'Ya', K7: { value: 'Tidak', formula: '="Tidak"' } } });
 * s.sheet('Jawaban')?.cell('K7').formula // → '="Tidak"'
 */
export function sourceFromCells(
  sheets: Readonly<Record<string, Readonly<Record<string, CellValue | Partial<SourceCell>>>>>,
): CellSource {
  return {
    sheet: (name) => {
      const cells = sheets[name];
      if (!cells) return null;
      return {
        cell: (address) => {
          const c = cells[address];
          if (c === undefined || c === null) return EMPTY;
          if (typeof c !== 'object') return sourceCell(c, null);
          return { ...sourceCell(c.value, c.formula ?? null, c.type === 'error', c.merged ?? false) };
        },
      };
    },
  };
}
