// fast-check arbitraries of whole answer sets as people leave them in cells: valid answers in any case and
// padding, blanks, spaces-only text, wildcard characters, numbers in choice cells, numerals typed as text,
// negative and fractional counts, out-of-range survey indexes, booleans and error values; counts lean to 0 so
// every zero-denominator rule is exercised.
import fc from 'fast-check';
import { indexOf, LKE_2021, type Answer, type Entries, type Entry, type Question } from '../../src/lke';
import type { RawCell } from './hfHarness';
import type { FactKey } from '../../src/lke';
import { FACT_CELLS, type FactEntry } from '../../src/workbook';

export interface AnswerSet {
  readonly unit: ReadonlyMap<number, RawCell>;
  readonly tpi: ReadonlyMap<number, RawCell>;
  readonly held: RawCell;
  /** Raw cells of the Tabel 5 facts on Profil, by fact (absent: empty). */
  readonly facts?: ReadonlyMap<FactKey, RawCell>;
}

const text = (v: string): RawCell => ({ t: 'text', v });
const number = (v: number): RawCell => ({ t: 'number', v });
const EMPTYISH: fc.Arbitrary<RawCell> = fc.constantFrom<RawCell>({ t: 'empty' }, text(''), text('   '));
const ODD: fc.Arbitrary<RawCell> = fc.oneof(
  fc.boolean().map((v): RawCell => ({ t: 'boolean', v })),
  fc.constantFrom<RawCell>(
    { t: 'error', formula: '=NA()', text: '#N/A' },
    { t: 'error', formula: '=1/0', text: '#DIV/0!' },
  ),
);

function choice(q: Question, valid: boolean): fc.Arbitrary<RawCell> {
  const keys = q.options.map((o) => o.key);
  const best = keys[0] ?? 'A';
  const key = fc.oneof(
    { weight: 3, arbitrary: fc.constant(best) },
    { weight: 2, arbitrary: fc.constantFrom(...keys) },
  );
  const spelled = fc
    .tuple(
      key,
      fc.constantFrom('same', 'upper', 'lower'),
      fc.constantFrom('', ' ', '  '),
      fc.constantFrom('', ' '),
    )
    .map(([k, c, pre, post]) =>
      text(pre + (c === 'upper' ? k.toUpperCase() : c === 'lower' ? k.toLowerCase() : k) + post),
    );
  if (valid) return spelled;
  const wrong = fc.constantFrom(
    'A.',
    'x',
    '*',
    '?',
    '~',
    'A*',
    '*a',
    'Y?',
    '~A',
    '1',
    'Ya.',
    'A B',
    '\tA',
    '\u00a0A',
    'AB',
    'Tidak ada',
  );
  return fc.oneof(
    { weight: 6, arbitrary: spelled },
    { weight: 2, arbitrary: EMPTYISH },
    { weight: 2, arbitrary: wrong.map(text) },
    { weight: 1, arbitrary: fc.constantFrom(0, 1, 0.5).map(number) },
    { weight: 1, arbitrary: ODD },
  );
}

function count(valid: boolean): fc.Arbitrary<RawCell> {
  const ok = fc.oneof(
    { weight: 4, arbitrary: fc.constant(0) },
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 6 }) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 400 }) },
  );
  if (valid) return ok.map(number);
  return fc.oneof(
    { weight: 8, arbitrary: ok.map(number) },
    { weight: 2, arbitrary: EMPTYISH },
    { weight: 1, arbitrary: fc.constantFrom(-1, -3, 2.5, 0.1, 1e-9).map(number) },
    { weight: 1, arbitrary: fc.constantFrom('12', ' 7 ', 'dua', '*', '0').map(text) },
    { weight: 1, arbitrary: ODD },
  );
}

function survey(valid: boolean): fc.Arbitrary<RawCell> {
  const ok = fc.oneof(
    fc.constantFrom(0, 3.2, 3.6, 4, 3.59, 3.19, 3.5999999999),
    // Indexes as people type them (up to 6 decimals). Not arbitrary doubles: HyperFormula turns values
    // around 1e-300 into NaN, a range no LKE entry comes near.
    fc.integer({ min: 0, max: 4_000_000 }).map((n) => n / 1_000_000),
  );
  if (valid) return ok.map(number);
  return fc.oneof(
    { weight: 6, arbitrary: ok.map(number) },
    { weight: 2, arbitrary: EMPTYISH },
    { weight: 1, arbitrary: fc.constantFrom(-0.01, 4.01, 5, -4).map(number) },
    { weight: 1, arbitrary: fc.constantFrom('3.6', '3,60', 'tinggi').map(text) },
    { weight: 1, arbitrary: ODD },
  );
}

function cellFor(q: Question, valid: boolean): fc.Arbitrary<RawCell> {
  if (q.answerType === 'JUMLAH') return count(valid);
  if (q.answerType === 'NILAI_0_4') return survey(valid);
  return choice(q, valid);
}

/** Lowers each single-input numerator to its divisor (plus any minus), so no count exceeds its divisor. */
function consistent(cells: Map<number, RawCell>): Map<number, RawCell> {
  const n = (id: number): number => {
    const c = cells.get(id);
    return c?.t === 'number' ? c.v : 0;
  };
  for (const r of LKE_2021.ratios) {
    const [only] = r.plus;
    if (only === undefined || r.plus.length !== 1) continue;
    const cap = r.denominator.reduce((s, id) => s + n(id), 0) + r.minus.reduce((s, id) => s + n(id), 0);
    if (n(only) > cap) cells.set(only, number(cap));
  }
  return cells;
}

/** A column of answers; a valid column keeps its counts within their divisors 3 times in 4. */
function column(valid: boolean): fc.Arbitrary<Map<number, RawCell>> {
  const qs = indexOf(LKE_2021).questions;
  return fc
    .tuple(fc.tuple(...qs.map((q) => cellFor(q, valid))), fc.integer({ min: 0, max: 3 }))
    .map(([cells, k]) => {
      const m = new Map<number, RawCell>(qs.map((q, i) => [q.soalId, cells[i] ?? { t: 'empty' }]));
      return valid && k > 0 ? consistent(m) : m;
    });
}

const HELD: fc.Arbitrary<RawCell> = fc.oneof(
  fc
    .constantFrom(
      'Belum ada',
      'Menuju WBK',
      'Menuju WBBM',
      ' menuju wbk ',
      'MENUJU WBBM',
      'WBK',
      'Menuju  WBK',
    )
    .map(text),
  EMPTYISH,
  ODD,
);

/** One Tabel 5 fact cell as people fill it: valid entries in any case and padding, near misses, odd values. */
export function factCellArb(entry: FactEntry): fc.Arbitrary<RawCell> {
  if (entry.kind === 'choice') {
    const texts = entry.options.map(([t]) => t);
    const spelled = fc
      .tuple(
        fc.constantFrom(...texts),
        fc.constantFrom('same', 'upper', 'lower'),
        fc.constantFrom('', ' ', '  '),
      )
      .map(([t, c, pad]) =>
        text(pad + (c === 'upper' ? t.toUpperCase() : c === 'lower' ? t.toLowerCase() : t) + pad),
      );
    return fc.oneof(
      { weight: 6, arbitrary: spelled },
      { weight: 1, arbitrary: fc.constantFrom(text('B+'), text('Ya.'), text('WTP*'), number(1)) },
      { weight: 1, arbitrary: EMPTYISH },
      { weight: 1, arbitrary: ODD },
    );
  }
  const inRange = entry.whole
    ? fc.integer({ min: entry.min, max: entry.max })
    : fc.constantFrom(entry.min, entry.max, (entry.min + entry.max) / 2, entry.max * 0.99);
  return fc.oneof(
    { weight: 6, arbitrary: inRange.map(number) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        number(entry.min - 1),
        number(entry.max + 1),
        number(entry.max - 0.5),
        text('100%'),
      ),
    },
    { weight: 1, arbitrary: EMPTYISH },
    { weight: 1, arbitrary: ODD },
  );
}

const FACTS: fc.Arbitrary<ReadonlyMap<FactKey, RawCell>> = fc
  .tuple(...FACT_CELLS.map((f) => factCellArb(f.entry)))
  .map((cells) => new Map(FACT_CELLS.map((f, i) => [f.fact, cells[i] ?? { t: 'empty' }])));

/** A whole answer set: each column is fully valid, or mixed with every kind of bad entry; Tabel 5 facts too. */
export const answerSet: fc.Arbitrary<AnswerSet> = fc
  .tuple(fc.boolean(), fc.boolean())
  .chain(([unitValid, tpiValid]) =>
    fc.record({ unit: column(unitValid), tpi: column(tpiValid), held: HELD, facts: FACTS }),
  );

/** How the engine sees a raw cell (booleans and error values as the text no question accepts). */
export function rawAnswer(c: RawCell | undefined): Answer {
  if (!c) return null;
  switch (c.t) {
    case 'empty':
      return null;
    case 'text':
    case 'number':
      return c.v;
    case 'boolean':
      return c.v ? 'TRUE' : 'FALSE';
    case 'error':
      return c.text;
  }
}

/** The engine entries of an answer set. */
export function entriesOf(set: AnswerSet): Entries {
  const out = new Map<number, Entry>();
  for (const q of indexOf(LKE_2021).questions) {
    out.set(q.soalId, { unit: rawAnswer(set.unit.get(q.soalId)), tpi: rawAnswer(set.tpi.get(q.soalId)) });
  }
  return out;
}
