import {
  COLUMNS,
  indexOf,
  readAnswer,
  answerOf,
  type Catalogue,
  type Column,
  type Entry,
  type Question,
  type RatioItem,
  type Reading,
} from '../../lke';
import { inputCell, SHEETS, type CellRef } from '../../workbook';
import type { GroupId, IssueRow, PaneData } from './types';
import { questionGroups } from './groups';

/** Where the user's cursor is: the sheet and the 1-based row (the shell's `SelectedCell` fits). */
export interface CursorCell {
  readonly sheet: string;
  readonly row: number;
  readonly address: string;
}

/** The role of a count in the % item it feeds. */
export type CountRole = 'plus' | 'minus' | 'denominator' | 'also';

/** A count question and the % item it feeds, with the item's inputs and its share per column (null: not computed). */
export interface FeedsRatio {
  readonly ratio: RatioItem;
  readonly role: CountRole;
  readonly plus: readonly Question[];
  readonly minus: readonly Question[];
  readonly denominator: readonly Question[];
  readonly share: Readonly<Record<Column, number | null>>;
}

/** The question under the cursor, as the last reading has it (no extra read). */
export interface SelectedQuestion {
  readonly question: Question;
  readonly group: GroupId;
  readonly address: string;
  readonly entry: Entry | null;
  readonly readings: Readonly<Record<Column, Reading>>;
  /** Problems of this question (both columns), as Validasi lists them. */
  readonly issues: readonly IssueRow[];
  /** The unit's evidence as typed, and the parts of it that are valid http(s) URLs (only those become links). */
  readonly evidence: { readonly text: string; readonly links: readonly string[] } | null;
  /** For a count: the % item it feeds. */
  readonly feeds: FeedsRatio | null;
}

/**
 * The http(s) URLs in a text (white-space separated), normalised by the URL parser; anything else (another
 * scheme, `javascript:`, a folder name) is left out, so that nothing in a cell can run in the pane.
 *
 * @example
 * httpLinks('https://drive.example.go.id/a  javascript:alert(1) lemari') // → ['https://drive.example.go.id/a']
 */
export function httpLinks(text: string): string[] {
  return text
    .trim()
    .split(/\s+/)
    .flatMap((part) => {
      try {
        const u = new URL(part);
        return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '' ? [u.href] : [];
      } catch {
        return [];
      }
    });
}

function feedsOf(catalogue: Catalogue, q: Question, data: PaneData): FeedsRatio | null {
  if (q.answerType !== 'JUMLAH') return null;
  const ix = indexOf(catalogue);
  const qs = (ids: readonly number[]): Question[] =>
    ids.flatMap((id) => {
      const x = ix.question.get(id);
      return x ? [x] : [];
    });
  for (const r of catalogue.ratios) {
    const role: CountRole | null = r.plus.includes(q.soalId)
      ? 'plus'
      : r.minus.includes(q.soalId)
        ? 'minus'
        : r.denominator.includes(q.soalId)
          ? 'denominator'
          : r.alsoRequired.includes(q.soalId)
            ? 'also'
            : null;
    if (role === null) continue;
    const share = (c: Column): number | null => {
      const s = data.evaluation.scores[c];
      const inputs = [...r.plus, ...r.minus, ...r.denominator, ...r.alsoRequired];
      return inputs.some((id) => s.missing.includes(id)) ? null : (s.ratios[r.id] ?? null);
    };
    return {
      ratio: r,
      role,
      plus: qs(r.plus),
      minus: qs(r.minus),
      denominator: qs(r.denominator),
      share: { unit: share('unit'), tpi: share('tpi') },
    };
  }
  return null;
}

/**
 * The question whose row of sheet Jawaban holds the cursor (any column of that row), with what the last reading
 * knows of it: both answers and their reading, its problems, the evidence links, the % item a count feeds. Null
 * when the cursor is elsewhere or the template is not read.
 *
 * @example
 * selectedQuestion(model.data, { sheet: 'Jawaban', row: 6, address: 'K6' })?.question.code // → 'A.I.1.i.a'
 * selectedQuestion(model.data, { sheet: 'Rekap', row: 6, address: 'B6' })                   // → null
 */
export function selectedQuestion(data: PaneData | null, cell: CursorCell | null): SelectedQuestion | null {
  if (data === null || cell === null || cell.sheet !== SHEETS.jawaban) return null;
  const q = indexOf(data.catalogue).questions.find((x) => x.row === cell.row);
  if (!q) return null;
  const entry = data.entries.get(q.soalId) ?? null;
  const readings = Object.fromEntries(
    COLUMNS.map((c) => [c, readAnswer(q, answerOf(entry ?? undefined, c))]),
  ) as Record<Column, Reading>;
  const text = (entry?.unitEvidence ?? '').trim();
  return {
    question: q,
    group: questionGroups(data.catalogue).get(q.soalId) ?? 'hasil',
    address: cell.address,
    entry,
    readings,
    issues: data.issues.filter((i) => i.soalId === q.soalId && i.code !== 'tpi-differs'),
    evidence: text === '' ? null : { text, links: httpLinks(text) },
    feeds: feedsOf(data.catalogue, q, data),
  };
}

/**
 * The answer cell of the first question (in row order) the column has not answered validly, or null when all are.
 *
 * @example
 * firstUnanswered(model.data, 'unit') // → { sheet: 'Jawaban', address: 'K6' } on a fresh template
 */
export function firstUnanswered(
  data: PaneData,
  column: Column,
): (CellRef & { readonly question: Question }) | null {
  const missing = new Set(data.evaluation.scores[column].missing);
  const q = indexOf(data.catalogue).questions.find((x) => missing.has(x.soalId));
  if (!q) return null;
  return { ...inputCell(q, column), question: q };
}
