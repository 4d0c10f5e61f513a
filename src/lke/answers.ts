import type { AnswerOption, AnswerType, Question } from './catalogue/types';
import { excelTrim } from './text';

/** What a cell or an answers file holds for one answer: text, a number, or nothing. */
export type Answer = string | number | null;

/** The two scored columns: the unit's self-assessment and the internal reviewer's (TPI) answers. */
export type Column = 'unit' | 'tpi';
export const COLUMNS: readonly Column[] = ['unit', 'tpi'];

/** One question's entries in both columns, with the unit's note and evidence link and the TPI's note. */
export interface Entry {
  readonly unit: Answer;
  readonly tpi: Answer;
  readonly unitNote?: string | null;
  readonly unitEvidence?: string | null;
  readonly tpiNote?: string | null;
}

/** All entries of an LKE by PortalRB soal id; a missing key is an unanswered question in both columns. */
export type Entries = ReadonlyMap<number, Entry>;

/** Why an entry cannot be used. */
export type InvalidCode =
  'answer-not-an-option' | 'not-a-number' | 'count-negative' | 'count-fraction' | 'survey-out-of-range';

/**
 * The engine's reading of one answer.
 * - `empty`: nothing entered (null, or only spaces);
 * - `ok`: usable; `value` is the option value 0..1, the count, or the survey index; `normalised` is set when
 *   the entry was accepted after normalising (`" a "` read as `"A"`);
 * - `invalid`: entered but unusable; counts 0 and keeps the LKE incomplete.
 */
export type Reading =
  | { readonly status: 'empty' }
  | { readonly status: 'ok'; readonly value: number; readonly normalised: string | null }
  | { readonly status: 'invalid'; readonly code: InvalidCode };

const EMPTY: Reading = { status: 'empty' };

/**
 * Normalisation of choice answers (decided here, implemented identically by the sheet's formulas):
 * case and spaces as Excel's TRIM forgives them are forgiven (`" ya "` → `Ya`, `"b"` → `B`); anything else is not an option
 * (`"A."`, `"A)"`, `"Ya."`, `"1"`), since guessing would put words in the unit's mouth.
 */
function readChoice(options: readonly AnswerOption[], answer: string | number): Reading {
  if (typeof answer !== 'string') return { status: 'invalid', code: 'answer-not-an-option' };
  const text = excelTrim(answer);
  const option = options.find((o) => o.key.toUpperCase() === text.toUpperCase());
  if (!option) return { status: 'invalid', code: 'answer-not-an-option' };
  return { status: 'ok', value: option.value, normalised: option.key === answer ? null : option.key };
}

function readCount(answer: string | number): Reading {
  if (typeof answer !== 'number' || !Number.isFinite(answer))
    return { status: 'invalid', code: 'not-a-number' };
  if (answer < 0) return { status: 'invalid', code: 'count-negative' };
  if (!Number.isInteger(answer)) return { status: 'invalid', code: 'count-fraction' };
  return { status: 'ok', value: answer, normalised: null };
}

function readSurvey(answer: string | number): Reading {
  if (typeof answer !== 'number' || !Number.isFinite(answer))
    return { status: 'invalid', code: 'not-a-number' };
  if (answer < 0 || answer > 4) return { status: 'invalid', code: 'survey-out-of-range' };
  return { status: 'ok', value: answer, normalised: null };
}

/**
 * Reads one answer against its question's type. Text in a numeric question is invalid (`not-a-number`):
 * the readers of answers files turn numeric strings into numbers before they get here.
 *
 * @example
 * readAnswer(soal1, ' ya ')   // → { status: 'ok', value: 1, normalised: 'Ya' }
 * readAnswer(soal6, 'B')      // → { status: 'ok', value: 0.67, normalised: null }   (A/B/C/D)
 * readAnswer(soal88, -1)      // → { status: 'invalid', code: 'count-negative' }
 * readAnswer(soal125, 3.6)    // → { status: 'ok', value: 3.6, normalised: null }    (IPAK index)
 */
export function readAnswer(q: Pick<Question, 'answerType' | 'options'>, answer: Answer | undefined): Reading {
  if (answer === null || answer === undefined) return EMPTY;
  if (typeof answer === 'string' && excelTrim(answer) === '') return EMPTY;
  const type: AnswerType = q.answerType;
  switch (type) {
    case 'YA_TIDAK':
    case 'ABC':
    case 'ABCD':
    case 'ABCDE':
      return readChoice(q.options, answer);
    case 'JUMLAH':
      return readCount(answer);
    case 'NILAI_0_4':
      return readSurvey(answer);
    default: {
      const never: never = type;
      return never;
    }
  }
}

/** The answer of one column of an entry. */
export function answerOf(entry: Entry | undefined, column: Column): Answer {
  if (!entry) return null;
  return column === 'unit' ? entry.unit : entry.tpi;
}
