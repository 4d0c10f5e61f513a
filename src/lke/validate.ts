import type { Catalogue, Question, RatioItem } from './catalogue/types';
import { indexOf, ratioInputs } from './catalogue/indexCatalogue';
import {
  answerOf,
  COLUMNS,
  readAnswer,
  type Answer,
  type Column,
  type Entries,
  type Reading,
} from './answers';
import { MESSAGES, SEVERITY, type IssueCode, type MessageParams, type Severity } from './messages';

/** Which cell of a question's row the issue is about. */
export type IssueField = 'answer' | 'evidence';

/** One problem with an entry, in the shape the command line prints and the pane lists. */
export interface Issue {
  readonly soal_id: number;
  readonly column: Column;
  readonly field: IssueField;
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly message_id: string;
  readonly message_en: string;
}

function issue(
  soalId: number,
  column: Column,
  field: IssueField,
  code: IssueCode,
  p: MessageParams = {},
): Issue {
  const m = MESSAGES[code];
  return {
    soal_id: soalId,
    column,
    field,
    severity: SEVERITY[code],
    code,
    message_id: m.id(p),
    message_en: m.en(p),
  };
}

function shown(a: Answer): string {
  return a === null ? '' : String(a);
}

function answerIssues(q: Question, column: Column, answer: Answer, rd: Reading): Issue[] {
  if (rd.status === 'invalid') {
    const options = q.options.map((o) => o.key).join('/');
    return [issue(q.soalId, column, 'answer', rd.code, { answer: shown(answer), options })];
  }
  if (rd.status === 'ok' && rd.normalised !== null) {
    return [
      issue(q.soalId, column, 'answer', 'answer-normalised', {
        answer: shown(answer),
        normalised: rd.normalised,
      }),
    ];
  }
  return [];
}

/** True for one or more http(s) addresses separated by white space. */
export function isHttpLinks(text: string): boolean {
  const parts = text.trim().split(/\s+/);
  return parts.every((part) => {
    try {
      const u = new URL(part);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
    } catch {
      return false;
    }
  });
}

function evidenceIssues(q: Question, evidence: string | null | undefined, answered: boolean): Issue[] {
  const text = (evidence ?? '').trim();
  if (text === '') return answered ? [issue(q.soalId, 'unit', 'evidence', 'evidence-missing')] : [];
  return isHttpLinks(text) ? [] : [issue(q.soalId, 'unit', 'evidence', 'evidence-not-url', { answer: text })];
}

function ratioIssues(
  r: RatioItem,
  column: Column,
  reading: (id: number) => Reading,
  codes: (ids: readonly number[]) => string,
): Issue[] {
  const sum = (ids: readonly number[]): number | null =>
    ids.reduce<number | null>((s, id) => {
      const rd = reading(id);
      return s === null || rd.status !== 'ok' ? null : s + rd.value;
    }, 0);
  const plus = sum(r.plus);
  const minus = sum(r.minus);
  const den = sum(r.denominator);
  if (plus === null || minus === null || den === null || plus - minus <= den) return [];
  const first = r.plus[0] ?? ratioInputs(r)[0] ?? 0;
  return [
    issue(first, column, 'answer', 'numerator-above-denominator', {
      numerator: plus - minus,
      denominator: den,
      inputs: `${codes(r.plus)} / ${codes(r.denominator)}`,
    }),
  ];
}

/**
 * Every problem with the entries of an LKE, in row order: unusable answers (errors), answers accepted
 * after normalising (info), counts above their denominator (errors), evidence links (unit column), and
 * TPI answers that differ from the unit's (info). Unanswered questions are not issues: they are listed
 * as `missing` by the scorer.
 *
 * @example
 * validate(LKE_2021, new Map([[1, { unit: 'A.', tpi: null }]]))[0]
 * // → { soal_id: 1, column: 'unit', field: 'answer', severity: 'error', code: 'answer-not-an-option',
 * //     message_id: 'Jawaban "A." bukan salah satu pilihan (Ya/Tidak).', … }
 */
export function validate(catalogue: Catalogue, entries: Entries): Issue[] {
  const ix = indexOf(catalogue);
  const out: Issue[] = [];
  const readings: Record<Column, Map<number, Reading>> = { unit: new Map(), tpi: new Map() };
  for (const q of ix.questions) {
    const entry = entries.get(q.soalId);
    for (const column of COLUMNS) {
      const answer = answerOf(entry, column);
      const rd = readAnswer(q, answer);
      readings[column].set(q.soalId, rd);
      out.push(...answerIssues(q, column, answer, rd));
    }
    const unit = readings.unit.get(q.soalId);
    out.push(...evidenceIssues(q, entry?.unitEvidence, unit?.status === 'ok'));
    const tpi = readings.tpi.get(q.soalId);
    if (unit?.status === 'ok' && tpi?.status === 'ok' && unit.value !== tpi.value) {
      out.push(
        issue(q.soalId, 'tpi', 'answer', 'tpi-differs', {
          unit: keyOf(q, unit.value),
          tpi: keyOf(q, tpi.value),
        }),
      );
    }
  }
  for (const r of catalogue.ratios) {
    for (const column of COLUMNS) {
      // The LKE codes of the counts (one numbering in a message, as the pane and the sheet show them).
      const codes = (ids: readonly number[]): string =>
        ids.map((id) => ix.question.get(id)?.code ?? String(id)).join(' + ');
      out.push(...ratioIssues(r, column, (id) => readings[column].get(id) ?? { status: 'empty' }, codes));
    }
  }
  const row = (id: number): number => ix.question.get(id)?.row ?? 0;
  return out.sort(
    (a, b) =>
      row(a.soal_id) - row(b.soal_id) || a.column.localeCompare(b.column) || a.field.localeCompare(b.field),
  );
}

/** The option key for a value (`0.67` → `B` on A/B/C/D), or the number itself for counts and surveys. */
function keyOf(q: Question, value: number): string {
  return q.options.find((o) => o.value === value)?.key ?? String(value);
}
