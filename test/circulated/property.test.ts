import fc from 'fast-check';
import { EMPTY_CELL, migrateCirculated, type CellGrid, type GridCell } from '../../src/circulated';
import { gridOfWorksheet } from '../oracle/exceljsGrid';
import { indexOf, LKE_2021, scoreColumn, type Answer, type Entry, type Question } from '../../src/lke';
import { expectedRows, fixtureBytes, loadWorkbook, sheetOf } from './fixtureData';

// Reading and writing whole workbooks takes seconds on a loaded machine.
jest.setTimeout(60_000);

const ix = indexOf(LKE_2021);
let base: GridCell[][] = [];
let rowOf = new Map<number, number>();
beforeAll(async () => {
  const ws = sheetOf(await loadWorkbook(fixtureBytes('complete')));
  const g = gridOfWorksheet(ws);
  base = Array.from({ length: g.rowCount }, (_, r) =>
    Array.from({ length: g.columnCount }, (_, c) => g.cell(r + 1, c + 1)),
  );
  rowOf = expectedRows(ws);
});

/** Any answer a unit might have typed for a question: an option (any case), a number, or nothing. */
function answerFor(q: Question): fc.Arbitrary<Answer> {
  switch (q.answerType) {
    case 'JUMLAH':
      return fc.oneof(fc.constant(null), fc.nat({ max: 40 }));
    case 'NILAI_0_4':
      return fc.oneof(
        fc.constant(null),
        fc.integer({ min: 0, max: 400 }).map((n) => n / 100),
      );
    default:
      return fc.oneof(
        fc.constant(null),
        fc.constantFrom(...q.options.map((o) => o.key)),
        fc.constantFrom(...q.options.map((o) => o.key.toLowerCase())),
      );
  }
}

const answersArb = fc.tuple(...ix.questions.map((q) => answerFor(q)));

function gridWith(answers: readonly Answer[]): CellGrid {
  const rows = base.map((r) => [...r]);
  ix.questions.forEach((q, i) => {
    const row = rows[(rowOf.get(q.soalId) ?? 0) - 1];
    if (row) row[10] = { ...EMPTY_CELL, value: answers[i] ?? null };
  });
  return { rowCount: rows.length, columnCount: 16, cell: (r, c) => rows[r - 1]?.[c - 1] ?? EMPTY_CELL };
}

describe('any answers typed into the circulated sheet', () => {
  it('come back on their soal ids, and the rule book scores them as the engine does', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const m = migrateCirculated(gridWith(answers));
        const typed = new Map<number, Entry>();
        ix.questions.forEach((q, i) => {
          const a = answers[i] ?? null;
          if (a !== null) typed.set(q.soalId, { unit: a, tpi: null });
        });
        expect(new Map([...m.entries].map(([id, e]) => [id, e.unit]))).toEqual(
          new Map([...typed].map(([id, e]) => [id, e.unit])),
        );
        expect(m.comparison.ruleBook.total).toBe(scoreColumn(LKE_2021, typed, 'unit').total);
      }),
      { numRuns: 25 },
    );
  });
});
