// An in-memory workbook for the "nothing lost" property: every cell as `Sheet!A1` → value, built from the plan,
// read and written through the same functions the pane and the command line use.
import { indexOf, LKE_2021, THRESHOLDS_2021, type Entries, type UnitMeta } from '../../src/lke';
import {
  cellsOf,
  columnLetter,
  initialInputWrites,
  inputCell,
  parseAddress,
  planWorkbook,
  readEntries,
  readProfile,
  SHEETS,
  type CellValue,
  type CellWrite,
  type InputField,
  type ProfileReading,
} from '../../src/workbook';

export const plan = planWorkbook(LKE_2021, THRESHOLDS_2021);
export const ix = indexOf(LKE_2021);
export const FIELDS: readonly InputField[] = ['unit', 'unitNote', 'unitEvidence', 'tpi', 'tpiNote'];

/** Every input cell of the plan (unlocked), `Sheet!A1`. */
export const INPUT_KEYS: ReadonlySet<string> = new Set(
  plan.sheets.flatMap((s) => s.unlocked.flatMap(cellsOf).map((a) => `${s.name}!${a}`)),
);

/** The input cells of a workbook, `Sheet!A1` → value. */
export type Book = Map<string, CellValue>;

export const keyOf = (sheet: string, address: string): string => `${sheet}!${address}`;
export const answerKey = (soalId: number, field: InputField): string => {
  const q = ix.question.get(soalId);
  if (!q) throw new Error(`no soal ${soalId}`);
  const c = inputCell(q, field);
  return keyOf(c.sheet, c.address);
};

/** Every cell the plan's blocks write (`Sheet!A1` → constant or formula), listed once. */
const BLOCK_CELLS: readonly (readonly [string, CellValue])[] = plan.sheets.flatMap((s) =>
  s.blocks.flatMap((b) => {
    const { row, column } = parseAddress(b.address);
    return b.cells.flatMap((cells, i) =>
      cells.flatMap((v, j) =>
        v === null ? [] : [[keyOf(s.name, `${columnLetter(column + j)}${row + i}`), v] as const],
      ),
    );
  }),
);

/** The block cells that fall on an input cell (none, by the plan's design; an upgrade would overwrite them). */
const BLOCKS_ON_INPUTS = BLOCK_CELLS.filter(([k]) => INPUT_KEYS.has(k));

/**
 * Applying the plan again (an upgrade in place) as far as the input cells see it: every block cell that falls on
 * one. The book holds input cells only (what "nothing lost" is about); the real host's upgrade runs in a
 * separate property below.
 */
export function upgrade(book: Book): void {
  for (const [k, v] of BLOCKS_ON_INPUTS) book.set(k, v);
}

const TEMPLATE: Book = new Map();
for (const w of initialInputWrites(plan)) TEMPLATE.set(keyOf(w.sheet, w.address), w.value);

/** `lke-zi template` / the add-in's set-up, as the input cells see it: the plan's starting inputs. */
export function templateBook(): Book {
  return new Map(TEMPLATE);
}

export function applyWrites(book: Book, writes: readonly CellWrite[]): void {
  for (const w of writes) {
    const k = keyOf(w.sheet, w.address);
    if (!INPUT_KEYS.has(k)) throw new Error(`write outside the inputs: ${k}`);
    book.set(k, w.value);
  }
}

export interface Reading {
  readonly entries: Entries;
  readonly profile: ProfileReading;
  readonly meta: UnitMeta;
}

/** What the pane and the command line read from the book. */
export function readBook(book: Book): Reading {
  const at = (sheet: string) => (a: string) => book.get(keyOf(sheet, a)) ?? null;
  const profile = readProfile(at(SHEETS.profil));
  return {
    entries: readEntries(LKE_2021, at(SHEETS.jawaban)),
    profile,
    meta: { unitId: profile.unitId, unitName: profile.unitName, year: profile.year },
  };
}

/** The input cells as a plain object (empty cells left out), for comparing with the oracle. */
export function inputsOf(book: Book): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const k of INPUT_KEYS) {
    const v = book.get(k) ?? null;
    if (v !== null && v !== '') out[k] = v;
  }
  return out;
}
