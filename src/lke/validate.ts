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
  readonly soalId: number;
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
    soalId,
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

/** The longest evidence link accepted (browsers and PortalRB handle far more; a longer one is not a link). */
export const MAX_LINK_LENGTH = 2_000;

/**
 * Characters no link holds: controls, white space other than the separators (no-break and ideographic spaces),
 * zero-width characters and bidirectional controls (which can make a link read as another).
 */
const NOT_IN_LINK =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u00a0\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/;

/**
 * One evidence link: `http://` or `https://` with a host, no user name or password (`https://a@b/`), no
 * backslash, at most {@link MAX_LINK_LENGTH} characters.
 *
 * @example
 * isEvidenceLink('https://drive.example.go.id/bukti/1') // → true
 * isEvidenceLink('https://user:pw@drive.example.go.id') // → false
 */
export function isEvidenceLink(part: string): boolean {
  if (part.length > MAX_LINK_LENGTH || !/^https?:\/\/[^/\\]/i.test(part) || part.includes('\\')) return false;
  try {
    const u = new URL(part);
    return (
      (u.protocol === 'http:' || u.protocol === 'https:') &&
      u.hostname !== '' &&
      u.username === '' &&
      u.password === ''
    );
  } catch {
    return false;
  }
}

/**
 * True for one or more evidence links ({@link isEvidenceLink}) separated by spaces, tabs or line breaks; any
 * other white space, control, zero-width or bidi character anywhere makes it not links.
 *
 * @example
 * isHttpLinks('https://a.go.id/1\nhttps://a.go.id/2') // → true
 * isHttpLinks('https://a.go.id/\u202Efdp.exe')        // → false
 */
export function isHttpLinks(text: string): boolean {
  if (NOT_IN_LINK.test(text)) return false;
  const parts = text.trim().split(/[ \t\r\n]+/);
  return parts.every(isEvidenceLink);
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
 * // → { soalId: 1, column: 'unit', field: 'answer', severity: 'error', code: 'answer-not-an-option',
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
      row(a.soalId) - row(b.soalId) || a.column.localeCompare(b.column) || a.field.localeCompare(b.field),
  );
}

/** The option key for a value (`0.67` → `B` on A/B/C/D), or the number itself for counts and surveys. */
function keyOf(q: Question, value: number): string {
  return q.options.find((o) => o.value === value)?.key ?? String(value);
}
