import type { Answer, Entries, Entry } from '../lke/answers';
import type { Catalogue } from '../lke/catalogue/types';
import { indexOf } from '../lke/catalogue/indexCatalogue';
import { LKE_2021 } from '../lke/data/lke2021.generated';
import { answerFromCell } from './answerValue';
import type { CellGrid, GridCell } from './grid';
import { detectLayout, type CirculatedLayout } from './layout';
import { isAnswerCandidate, matchNodes, matchPercentRows, matchQuestions } from './match';
import { readRows, type SheetRow } from './rows';

/**
 * A row that holds something of the unit's but could not be tied to a soal id (listed, never guessed):
 * - `no-question`: an answer row whose text and place match no catalogue question (e.g. the extra typed
 *   "Jumlah yang harus melaporkan (ASN tidak wajib LHKPN)", which the rule book computes from its parts);
 * - `typed-percentage`: a % row whose formula was overwritten with a typed value (the rule book computes
 *   every % from its counts);
 * - `note-without-question`: a heading or % row carrying a note or link.
 */
export interface UnmatchedRow {
  readonly row: number;
  readonly text: string;
  readonly typeText: string;
  readonly answer: Answer;
  readonly note: string;
  readonly links: readonly string[];
  readonly reason: 'no-question' | 'typed-percentage' | 'note-without-question';
}

/** A figure as the circulated file shows it: its cached number, or the error it shows. */
export interface ShownValue {
  readonly row: number | null;
  readonly value: number | null;
  readonly error: string | null;
}

/** The file's own headline figures (its cached results). */
export interface CirculatedTotals {
  readonly total: ShownValue;
  readonly pengungkit: ShownValue;
  readonly hasil: ShownValue;
}

/** Everything read from a circulated "LKE ZI" sheet. */
export interface CirculatedReading {
  readonly catalogue: Catalogue;
  readonly layout: CirculatedLayout;
  readonly rows: readonly SheetRow[];
  /** Answer row → soal id, and back. */
  readonly questionOfRow: ReadonlyMap<number, number>;
  readonly rowOfQuestion: ReadonlyMap<number, number>;
  /** Weighted heading row → catalogue node key, and back. */
  readonly nodeOfRow: ReadonlyMap<number, string>;
  readonly rowOfNode: ReadonlyMap<string, number>;
  /** Computed % row → % item id. */
  readonly ratioOfRow: ReadonlyMap<number, string>;
  /** The unit's answers, notes and evidence by soal id (TPI column empty: the file has none). */
  readonly entries: Entries;
  readonly unmatched: readonly UnmatchedRow[];
  /** Catalogue questions no row was found for, ascending. */
  readonly missingQuestions: readonly number[];
  readonly totals: CirculatedTotals;
}

const shown = (row: number | null, c: GridCell | undefined): ShownValue => ({
  row,
  value: c && typeof c.value === 'number' ? c.value : null,
  error: c?.error ?? null,
});

function totals(
  rows: readonly SheetRow[],
  rowOfNode: ReadonlyMap<string, number>,
  catalogue: Catalogue,
): CirculatedTotals {
  const byRow = new Map(rows.map((r) => [r.row, r] as const));
  const at = (key: string): ShownValue => {
    const row = rowOfNode.get(key) ?? null;
    return shown(row, row === null ? undefined : byRow.get(row)?.value);
  };
  const labelled = rows.filter((r) => r.kind === 'total');
  const grand = labelled.find((r) => /nilai\s+evaluasi/i.test(r.text)) ?? labelled[labelled.length - 1];
  return {
    total: shown(grand?.row ?? null, grand?.value),
    pengungkit: at(catalogue.keyNodes.pengungkit),
    hasil: at(catalogue.keyNodes.hasil),
  };
}

function entryOf(r: SheetRow, answer: Answer): Entry | null {
  const note = r.note === '' ? null : r.note;
  const evidence = r.links.length > 0 ? r.links.join('\n') : null;
  if (answer === null && note === null && evidence === null) return null;
  return { unit: answer, tpi: null, unitNote: note, unitEvidence: evidence, tpiNote: null };
}

/**
 * Reads a circulated "LKE ZI" sheet (Lampiran III layout): finds its columns from the header, ties each
 * answer row to its PortalRB soal id by text, order, answer type and structure, and collects the unit's
 * answers, notes (the Catatan column) and links (evidence), and the totals the file itself shows.
 * Throws {@link InputError} when the sheet lacks the LKE header.
 *
 * @example
 * const reading = readCirculated(grid);
 * reading.entries.get(1)          // → { unit: 'Tidak', tpi: null, unitNote: null, unitEvidence: null, tpiNote: null }
 * reading.totals.total            // → { row: 208, value: 62.506…, error: null }   (or error: '#DIV/0!')
 * reading.unmatched.map((u) => u.row) // → [185]
 */
export function readCirculated(grid: CellGrid, catalogue: Catalogue = LKE_2021): CirculatedReading {
  const ix = indexOf(catalogue);
  const layout = detectLayout(grid);
  const rows = readRows(grid, layout);
  const questionOfRow = matchQuestions(rows, catalogue);
  const nodeOfRow = matchNodes(rows, catalogue);
  const ratioOfRow = matchPercentRows(rows, questionOfRow, catalogue, layout);
  const rowOfQuestion = new Map([...questionOfRow].map(([r, q]) => [q, r] as const));
  const rowOfNode = new Map([...nodeOfRow].map(([r, k]) => [k, r] as const));

  const entries = new Map<number, Entry>();
  const unmatched: UnmatchedRow[] = [];
  for (const r of rows) {
    const soalId = questionOfRow.get(r.row);
    const q = soalId === undefined ? undefined : ix.question.get(soalId);
    if (q && soalId !== undefined) {
      const e = entryOf(r, answerFromCell(r.answer, q.answerType));
      if (e) entries.set(soalId, e);
      continue;
    }
    const base = { row: r.row, text: r.text, typeText: r.typeText, note: r.note, links: r.links };
    const typed = answerFromCell(r.answer, 'JUMLAH');
    if (isAnswerCandidate(r)) unmatched.push({ ...base, answer: typed, reason: 'no-question' });
    else if (r.kind === 'answer' && r.type === 'PERCENT' && typed !== null)
      unmatched.push({ ...base, answer: typed, reason: 'typed-percentage' });
    else if (r.note !== '' || r.links.length > 0)
      unmatched.push({ ...base, answer: null, reason: 'note-without-question' });
  }
  const missingQuestions = ix.questions.map((q) => q.soalId).filter((id) => !rowOfQuestion.has(id));
  return {
    catalogue,
    layout,
    rows,
    questionOfRow,
    rowOfQuestion,
    nodeOfRow,
    rowOfNode,
    ratioOfRow,
    entries,
    unmatched,
    missingQuestions,
    totals: totals(rows, rowOfNode, catalogue),
  };
}
