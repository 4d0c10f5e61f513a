import fc from 'fast-check';
import type { Answer, Entry, Question } from '../../src/lke';
import { ix } from './fixtures';

const spaced = (s: string) => fc.constantFrom(s, s.toLowerCase(), ` ${s}`, `${s}  `);

/** Any answer a person might leave in a cell: valid (in any case, with spaces), empty, or invalid. */
export function answerArb(q: Question): fc.Arbitrary<Answer> {
  const empty = fc.constantFrom<Answer>(null, '', '  ');
  switch (q.answerType) {
    case 'JUMLAH':
      return fc.oneof(
        { weight: 6, arbitrary: fc.nat({ max: 12 }) },
        { weight: 1, arbitrary: empty },
        { weight: 1, arbitrary: fc.constantFrom<Answer>(-1, 2.5, 'tiga', '4') },
      );
    case 'NILAI_0_4':
      return fc.oneof(
        { weight: 6, arbitrary: fc.double({ min: 0, max: 4, noNaN: true }) },
        { weight: 1, arbitrary: fc.constantFrom<Answer>(0, 4, 3.6, 3.2) },
        { weight: 1, arbitrary: empty },
        { weight: 1, arbitrary: fc.constantFrom<Answer>(4.5, -1, 'baik') },
      );
    default:
      return fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...q.options.map((o) => o.key)).chain(spaced) },
        { weight: 1, arbitrary: empty },
        { weight: 1, arbitrary: fc.constantFrom<Answer>('A.', 'Z', 1, '*', 'Ya.') },
      );
  }
}

/** Entries for every question, both columns independent. */
export const entriesArb: fc.Arbitrary<Map<number, Entry>> = fc
  .tuple(...ix.questions.map((q) => fc.tuple(answerArb(q), answerArb(q))))
  .map(
    (pairs) =>
      new Map(
        ix.questions.map((q, i) => [q.soalId, { unit: pairs[i]?.[0] ?? null, tpi: pairs[i]?.[1] ?? null }]),
      ),
  );

/** Entries with only valid answers (any case, any surrounding spaces). */
export const completeEntriesArb: fc.Arbitrary<Map<number, Entry>> = entriesArb.map(
  (m) =>
    new Map(
      [...m].map(([id, e]) => {
        const q = ix.question.get(id);
        return [id, { unit: q ? validOr(q, e.unit) : e.unit, tpi: q ? validOr(q, e.tpi) : e.tpi }];
      }),
    ),
);

function validOr(q: Question, a: Answer): Answer {
  switch (q.answerType) {
    case 'JUMLAH':
      return typeof a === 'number' && Number.isInteger(a) && a >= 0 ? a : 1;
    case 'NILAI_0_4':
      return typeof a === 'number' && a >= 0 && a <= 4 ? a : 2;
    default:
      return typeof a === 'string' && q.options.some((o) => o.key.toUpperCase() === a.trim().toUpperCase())
        ? a
        : (q.options[0]?.key ?? null);
  }
}
