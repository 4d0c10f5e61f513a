import { indexOf, type Answer, type Catalogue, type Entries, type Entry, type Question } from '../lke';
import type { CellRef, CellValue, InputField } from './plan';
import { INPUT_COLUMNS, SHEETS } from './columns';
import { parseAddress } from './a1';

/**
 * The input cell of a question for one field (PortalRB columns K/L/M/N/Q at the question's row).
 *
 * @example
 * inputCell({ row: 6 }, 'tpi') // → { sheet: 'Jawaban', address: 'N6' }
 */
export function inputCell(q: Pick<Question, 'row'>, field: InputField): CellRef {
  return { sheet: SHEETS.jawaban, address: `${INPUT_COLUMNS[field]}${q.row}` };
}

/**
 * An answer cell as the engine reads it: text stays text (a numeral typed as text stays text, as the sheet's
 * ISNUMBER sees it), numbers stay numbers, booleans become `TRUE`/`FALSE` (text no question accepts),
 * error values arrive as their text (`#N/A`) and are rejected the same way.
 *
 * @example
 * cellAnswer(' ya ') // → ' ya '
 * cellAnswer(true)   // → 'TRUE'
 * cellAnswer(null)   // → null
 */
export function cellAnswer(v: CellValue | undefined): Answer {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

/** A note or evidence cell as text, or null when empty. */
export function cellText(v: CellValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  const s = typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
  return s === '' ? null : s;
}

/**
 * Reads the input cells of sheet `Jawaban` into engine entries. `cell(address)` gives a raw cell value; use
 * {@link gridCell} for a 2-D array read from `A1`.
 *
 * @example
 * readEntries(LKE_2021, gridCell(values)).get(1) // → { unit: 'Ya', tpi: null, unitNote: null, … }
 */
export function readEntries(catalogue: Catalogue, cell: (address: string) => CellValue | undefined): Entries {
  const entries = new Map<number, Entry>();
  for (const q of indexOf(catalogue).questions) {
    const at = (f: InputField): CellValue | undefined => cell(inputCell(q, f).address);
    entries.set(q.soalId, {
      unit: cellAnswer(at('unit')),
      tpi: cellAnswer(at('tpi')),
      unitNote: cellText(at('unitNote')),
      unitEvidence: cellText(at('unitEvidence')),
      tpiNote: cellText(at('tpiNote')),
    });
  }
  return entries;
}

/**
 * A cell reader over a 2-D array of values whose first cell is `A1` (what `Range.values` of `A1:Q202` gives).
 *
 * @example
 * gridCell([[1, 2], [3, 4]])('B2') // → 4
 */
export function gridCell(values: readonly (readonly CellValue[])[]): (address: string) => CellValue {
  return (address) => {
    const { row, column } = parseAddress(address);
    return values[row - 1]?.[column - 1] ?? null;
  };
}

/**
 * The input cells an entry writes (field → value), for putting answers into a workbook. Numbers stay numbers;
 * text stays text; null and empty text leave the cell empty.
 *
 * @example
 * entryCells(soal88, { unit: 12, tpi: null, unitNote: 'SK 12/2025' })
 * // → [{ address: 'K126', value: 12 }, { address: 'N126', value: null }, { address: 'L126', value: 'SK 12/2025' }, …]
 */
export function entryCells(
  q: Pick<Question, 'row'>,
  e: Entry | undefined,
): { field: InputField; address: string; value: CellValue }[] {
  const v: Record<InputField, CellValue> = {
    unit: e?.unit ?? null,
    tpi: e?.tpi ?? null,
    unitNote: e?.unitNote ?? null,
    unitEvidence: e?.unitEvidence ?? null,
    tpiNote: e?.tpiNote ?? null,
  };
  return (Object.keys(INPUT_COLUMNS) as InputField[]).map((field) => ({
    field,
    address: inputCell(q, field).address,
    value: v[field] === '' ? null : v[field],
  }));
}
