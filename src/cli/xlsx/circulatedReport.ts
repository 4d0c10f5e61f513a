import type {
  CauseKind,
  CirculatedMigration,
  FigureComparison,
  NodeFigure,
  UnmatchedRow,
} from '../../circulated';
import { id2, pad } from '../format';

/** Short Indonesian names of the defects, for the readable summary. */
export const CAUSE_LABEL: Readonly<Record<CauseKind, string>> = {
  'blank-skipped': 'isian kosong dilewati AVERAGE',
  'answer-type': 'sel jenis jawaban (J) mematikan/mengubah pertanyaan',
  'zero-denominator': 'pembagian dengan 0 tanpa pengaman',
  'aggregate-range': 'rentang rumus Nilai berbeda dari struktur LKE',
  'ratio-inputs': 'rumus % membaca isian yang berbeda',
};

/** Why a row was not moved, in Indonesian. */
const UNMATCHED_LABEL: Readonly<Record<UnmatchedRow['reason'], string>> = {
  'no-question': 'tidak cocok dengan soal mana pun',
  'typed-percentage': 'persentase diketik, aturan menghitungnya dari jumlah',
  'note-without-question': 'catatan/tautan pada baris tanpa soal',
};

const shownNumber = (v: number | null, error: string | null): string => error ?? (v === null ? '-' : id2(v));
const diff = (d: number | null): string => (d === null ? '-' : `${d >= 0 ? '+' : '−'}${id2(Math.abs(d))}`);

function heading(f: NodeFigure): Record<string, unknown> {
  return {
    key: f.key,
    name: f.name,
    row: f.row,
    circulated: f.circulated.value,
    error: f.circulated.error,
    rule_book: f.ruleBook,
    difference: f.difference,
  };
}

/**
 * The `circulated` object of `score --json`: what the file itself shows (`total`, `pengungkit`, `hasil`,
 * `error`), the differences from the rule book, the headings that differ, the causes with their rows, and
 * the rows that could not be matched.
 *
 * @example
 * circulatedJson(m) // → { total: null, pengungkit: null, hasil: 31.70625, error: '#DIV/0!', causes: [...], … }
 */
export function circulatedJson(m: CirculatedMigration): Record<string, unknown> {
  const c = m.comparison;
  const f = c.figures;
  return {
    ...c.circulated,
    rows: {
      total: f.total.circulated.row,
      pengungkit: f.pengungkit.circulated.row,
      hasil: f.hasil.circulated.row,
    },
    difference: { total: f.total.difference, pengungkit: f.pengungkit.difference, hasil: f.hasil.difference },
    headings: c.differing.map(heading),
    causes: c.causes.map((x) => ({
      kind: x.kind,
      rows: x.rows,
      soal_ids: x.soalIds,
      message_id: x.message.id,
      message_en: x.message.en,
      heading: x.affects ? heading(x.affects) : null,
      effect: x.effect,
    })),
    unmatched_rows: m.unmatched.map((u) => ({
      row: u.row,
      text: u.text,
      answer: u.answer,
      reason: u.reason,
    })),
    missing_questions: m.missingQuestions,
  };
}

function figureLine(label: string, x: FigureComparison): string {
  const file = shownNumber(x.circulated.value, x.circulated.error);
  return `  ${pad(label, 16)} ${pad(file, 11, true)} ${pad(id2(x.ruleBook), 10, true)} ${pad(diff(x.difference), 10, true)}`;
}

/**
 * The readable comparison for `score` (Indonesian): the file's figures beside the rule book's, the headings
 * that differ, each cause with its rows, and the rows that could not be matched.
 *
 * @example
 * circulatedNotes(m).join('\n')
 * // → 'Berkas LKE lama (lembar "LKE ZI") dibandingkan dengan aturan:\n  Nilai total  62,51  62,57  −0,06 …'
 */
export function circulatedNotes(m: CirculatedMigration): string[] {
  const c = m.comparison;
  const lines: string[] = ['', 'Berkas LKE lama (lembar "LKE ZI") dibandingkan dengan aturan:'];
  lines.push(
    `  ${pad('', 16)} ${pad('Berkas lama', 11, true)} ${pad('Aturan', 10, true)} ${pad('Selisih', 10, true)}`,
  );
  lines.push(figureLine('Nilai total', c.figures.total));
  lines.push(figureLine('Pengungkit', c.figures.pengungkit));
  lines.push(figureLine('Hasil', c.figures.hasil));
  if (c.differing.length > 0) {
    lines.push('Bagian yang berbeda (baris, kode, berkas lama, aturan, selisih):');
    for (const d of c.differing) {
      const file = shownNumber(d.circulated.value, d.circulated.error);
      const name = d.name.length > 40 ? `${d.name.slice(0, 39)}…` : d.name;
      lines.push(
        `  ${pad(String(d.row ?? '-'), 4, true)} ${pad(d.key, 13)} ${pad(name, 41)} ${pad(file, 8, true)} ${pad(id2(d.ruleBook), 8, true)} ${pad(diff(d.difference), 8, true)}`,
      );
    }
  }
  if (c.causes.length === 0) lines.push('Penyebab: tidak ditemukan cacat rumus pada berkas ini.');
  else lines.push(`Penyebab yang ditemukan (${c.causes.length}):`);
  c.causes.forEach((x, i) => {
    lines.push(`  ${i + 1}. [${CAUSE_LABEL[x.kind]}] baris ${x.rows.join(', ')}`);
    lines.push(`     ${x.message.id}`);
  });
  if (m.unmatched.length > 0) {
    lines.push('Baris yang tidak dapat dicocokkan dengan soal (tidak dipindahkan):');
    for (const u of m.unmatched) {
      const value = u.answer === null ? '' : ` = ${String(u.answer)}`;
      lines.push(`  baris ${u.row} "${u.text}"${value} (${UNMATCHED_LABEL[u.reason]})`);
    }
  }
  if (m.missingQuestions.length > 0)
    lines.push(`Soal tanpa baris di berkas lama: ${m.missingQuestions.join(', ')}`);
  return lines;
}
