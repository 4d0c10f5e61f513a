// The parity check shared by the HyperFormula tests: fill a loaded plan with an answer set, evaluate with the
// engine, and list every computed or named cell whose value differs.
import { DetailedCellError } from 'hyperformula';
import { evaluate, LKE_2021, THRESHOLDS_2021, type UnitProfile } from '../../src/lke';
import {
  FACT_CELLS,
  factCell,
  HELD_OPTIONS,
  PROFIL,
  SHEETS,
  SIDE,
  readProfile,
  type CellValue,
  type WorkbookPlan,
} from '../../src/workbook';
import { indexOf } from '../../src/lke';
import { hfContent, type LoadedPlan, type RawCell } from './hfHarness';
import { entriesOf, rawAnswer, type AnswerSet } from './answerSets';
import { expectedFor, expectedForName, type Expected } from './expected';

export interface Mismatch {
  readonly cell: string;
  readonly what: string;
  readonly expected: Expected;
  readonly got: unknown;
}

function same(expected: Expected, got: unknown): boolean {
  if (typeof expected === 'number') return typeof got === 'number' && Math.abs(expected - got) <= 1e-9;
  return expected === got;
}

/** A raw cell as a reader gives it: booleans stay booleans, error values arrive as their text. */
function cellValue(c: RawCell | undefined): CellValue {
  if (!c || c.t === 'empty') return null;
  if (c.t === 'error') return c.text;
  return c.v;
}

/** The engine's reading of sheet Profil (held predicate, Tabel 5 facts), through the plan's own reader. */
export function profileOf(set: AnswerSet): UnitProfile {
  const held = rawAnswer(set.held);
  const byCell = new Map(FACT_CELLS.map((f) => [factCell(f.fact), set.facts?.get(f.fact)]));
  return readProfile((a) => (a === PROFIL.held ? held : cellValue(byCell.get(a)))).profile;
}

export function fill(loaded: LoadedPlan, set: AnswerSet): void {
  loaded.hf.batch(() => {
    for (const q of indexOf(LKE_2021).questions) {
      loaded.hf.setCellContents(loaded.at(SHEETS.jawaban, `${SIDE.unit.answer}${q.row}`), [
        [hfContent(set.unit.get(q.soalId) ?? { t: 'empty' })],
      ]);
      loaded.hf.setCellContents(loaded.at(SHEETS.jawaban, `${SIDE.tpi.answer}${q.row}`), [
        [hfContent(set.tpi.get(q.soalId) ?? { t: 'empty' })],
      ]);
    }
    loaded.hf.setCellContents(loaded.at(SHEETS.profil, PROFIL.held), [[hfContent(set.held)]]);
    for (const f of FACT_CELLS)
      loaded.hf.setCellContents(loaded.at(SHEETS.profil, factCell(f.fact)), [
        [hfContent(set.facts?.get(f.fact) ?? { t: 'empty' })],
      ]);
  });
}

/** Every difference between the filled sheet and the engine (empty when they agree). */
export function mismatches(loaded: LoadedPlan, plan: WorkbookPlan, set: AnswerSet): Mismatch[] {
  fill(loaded, set);
  const entries = entriesOf(set);
  const profile = profileOf(set);
  const ev = evaluate(LKE_2021, THRESHOLDS_2021, entries, profile);
  const out: Mismatch[] = [];
  for (const c of plan.computed) {
    const got = loaded.value(c.sheet, c.address);
    const cell = `${c.sheet}!${c.address}`;
    if (got instanceof DetailedCellError) {
      out.push({ cell, what: `${c.meaning.kind} shows an error`, expected: null, got: got.value });
      continue;
    }
    const expected = expectedFor(c.meaning, ev, entries, profile);
    if (expected === null) continue;
    if (!same(expected, got)) out.push({ cell, what: JSON.stringify(c.meaning), expected, got });
  }
  for (const n of plan.names) {
    const got = loaded.hf.getNamedExpressionValue(n.name);
    const expected = expectedForName(n.name, ev);
    if (!same(expected, got)) out.push({ cell: n.name, what: 'name', expected, got });
  }
  return out;
}

export { HELD_OPTIONS };
