import {
  COLUMNS,
  type AnswerType,
  type Catalogue,
  type LkeNode,
  type Question,
  type RatioItem,
} from '../lke';
import { indexOf, ratioInputs } from '../lke';
import type { SheetPlan, ValidationRule, ValidationRange } from './plan';
import { GOOD, NEUTRAL, SheetDraft } from './draft';
import { INPUT_COLUMNS, J, JAWABAN_TITLES, SHEETS, SIDE } from './columns';
import { jawabanLayout, type JawabanLayout, type JawabanRow } from './layout';
import {
  itemExpression,
  leafFormula,
  RATIO_STATUS,
  ratioFormula,
  ratioStatusFormula,
  readingFormula,
  STATUS,
  statusFormula,
} from './formulas';
import { rangeAddress, rowRuns } from './a1';
import { ratioDescription, TYPE_LABEL, validationFor } from './jawabanText';

const LEVEL_STYLE: Readonly<Record<LkeNode['level'], { fill: string; fontColor: string; indent: number }>> = {
  komponen: { fill: '#1F4E78', fontColor: '#FFFFFF', indent: 0 },
  aspek: { fill: '#2E75B6', fontColor: '#FFFFFF', indent: 1 },
  area: { fill: '#BDD7EE', fontColor: '#000000', indent: 2 },
  subArea: { fill: '#DDEBF7', fontColor: '#000000', indent: 3 },
};

/** The rows of a leaf's scored items (questions and % items), in item order. */
function itemRows(layout: JawabanLayout, leaf: LkeNode): number[] {
  return leaf.items.map((it) =>
    it.kind === 'ratio'
      ? (layout.ratioRow.get(it.ratioId) ?? 0)
      : (leaf.questions.find((q) => q.soalId === it.soalId)?.row ?? 0),
  );
}

function nodeFormulas(d: SheetDraft, layout: JawabanLayout, node: LkeNode, row: number): void {
  for (const c of COLUMNS) {
    const s = SIDE[c];
    let formula: string;
    if (node.children.length > 0) {
      formula = '=' + node.children.map((ch) => `${s.value}${layout.nodeRow.get(ch.key) ?? 0}`).join('+');
    } else {
      const rows = itemRows(layout, node);
      const contiguous = rows.every((r, i) => i === 0 || r === (rows[i - 1] ?? 0) + 1);
      formula = leafFormula(
        `${J.weight}${row}`,
        rows.map((r) => `${s.value}${r}`),
        contiguous,
      );
    }
    d.formula(`${s.value}${row}`, formula, { kind: 'node', key: node.key, column: c });
    if (node.weight > 0)
      d.formula(`${s.share}${row}`, `=${s.value}${row}/${J.weight}${row}`, {
        kind: 'nodeShare',
        key: node.key,
        column: c,
      });
  }
}

function nodeRow(d: SheetDraft, layout: JawabanLayout, node: LkeNode, row: number): void {
  d.put(`${J.code}${row}`, node.key);
  d.put(`${J.text}${row}`, `${node.numbering} ${node.name}`);
  d.put(`${J.weight}${row}`, node.weight);
  nodeFormulas(d, layout, node, row);
  const st = LEVEL_STYLE[node.level];
  d.styles.push({
    range: rangeAddress('A', row, 'S', row),
    fill: st.fill,
    fontColor: st.fontColor,
    bold: true,
  });
  d.styles.push({ range: `${J.text}${row}`, indent: st.indent });
}

function ratioRow(d: SheetDraft, r: RatioItem, row: number, rowOf: (id: number) => number): void {
  d.put(`${J.code}${row}`, r.code);
  d.put(`${J.text}${row}`, r.label);
  d.put(`${J.criteria}${row}`, ratioDescription(r, rowOf));
  d.put(`${J.type}${row}`, '% (dihitung)');
  for (const c of COLUMNS) {
    const s = SIDE[c];
    const inputs = ratioInputs(r).map((id) => `${s.status}${rowOf(id)}`);
    d.formula(`${s.status}${row}`, ratioStatusFormula(inputs), {
      kind: 'ratioStatus',
      ratioId: r.id,
      column: c,
    });
    const f = ratioFormula(r, (id) => `${s.value}${rowOf(id)}`, `${s.status}${row}`);
    d.formula(`${s.value}${row}`, f, { kind: 'ratio', ratioId: r.id, column: c });
  }
  d.styles.push({ range: rangeAddress('A', row, 'S', row), fill: '#FFF2CC', italic: true });
  d.styles.push({ range: `${J.text}${row}`, indent: 4 });
}

function questionRow(d: SheetDraft, q: Question, leaf: LkeNode, row: number, folded: boolean): void {
  d.put(`${J.code}${row}`, q.code);
  d.put(`${J.soal}${row}`, q.soalId);
  d.put(`${J.text}${row}`, q.text);
  d.put(`${J.criteria}${row}`, q.criteria);
  d.put(`${J.type}${row}`, TYPE_LABEL[q.answerType]);
  if (folded) d.put(`${J.weight}${row}`, leaf.weight);
  for (const c of COLUMNS) {
    const s = SIDE[c];
    const reading = `${s.reading}${row}`;
    const status = `${s.status}${row}`;
    d.formula(reading, readingFormula(q.answerType, `${s.answer}${row}`), {
      kind: 'reading',
      soalId: q.soalId,
      column: c,
    });
    d.formula(status, statusFormula(q.answerType, q.options, reading), {
      kind: 'status',
      soalId: q.soalId,
      column: c,
    });
    const item = '=' + itemExpression(q.answerType, q.options, reading, status);
    if (folded) {
      d.formula(`${s.share}${row}`, item, { kind: 'question', soalId: q.soalId, column: c });
      d.formula(`${s.value}${row}`, `=${J.weight}${row}*${s.share}${row}`, {
        kind: 'node',
        key: leaf.key,
        column: c,
      });
    } else {
      d.formula(`${s.value}${row}`, item, { kind: 'question', soalId: q.soalId, column: c });
    }
  }
  d.styles.push({ range: `${J.text}${row}`, indent: 4 });
}

function formats(d: SheetDraft, layout: JawabanLayout): void {
  const byRow = new Map<number, JawabanRow>(layout.rows.map((r) => [r.row, r]));
  const valueFormat = (row: number): string => {
    const r = byRow.get(row);
    if (!r) return '';
    if (r.kind === 'ratio') return '0.00%';
    if (r.kind === 'question' && !r.folded && r.question.answerType === 'JUMLAH') return '0';
    return '0.00';
  };
  const rows = layout.rows.map((r) => r.row);
  for (const side of COLUMNS) {
    const s = SIDE[side];
    for (const run of rowRuns(rows, valueFormat)) {
      d.numberFormats.push({ range: rangeAddress(s.value, run.first, s.value, run.last), format: run.key });
    }
    for (const run of rowRuns(rows, () => '0.00%'))
      d.numberFormats.push({ range: rangeAddress(s.share, run.first, s.share, run.last), format: run.key });
  }
  for (const run of rowRuns(rows, () => '0.00'))
    d.numberFormats.push({ range: rangeAddress(J.weight, run.first, J.weight, run.last), format: run.key });
}

function inputs(d: SheetDraft, questions: readonly Question[]): void {
  const rows = questions.map((q) => q.row);
  const typeOf = new Map(questions.map((q) => [q.row, q]));
  for (const run of rowRuns(rows, () => 'input')) {
    d.unlocked.push(rangeAddress(INPUT_COLUMNS.unit, run.first, INPUT_COLUMNS.tpi, run.last));
    d.unlocked.push(rangeAddress(INPUT_COLUMNS.tpiNote, run.first, INPUT_COLUMNS.tpiNote, run.last));
    d.styles.push({
      range: rangeAddress(INPUT_COLUMNS.unit, run.first, INPUT_COLUMNS.tpi, run.last),
      fill: '#FFFDE7',
    });
    d.styles.push({
      range: rangeAddress(INPUT_COLUMNS.tpiNote, run.first, INPUT_COLUMNS.tpiNote, run.last),
      fill: '#FFFDE7',
    });
  }
  const ruleOf = (row: number): { type: AnswerType; rule: ValidationRule } => {
    const q = typeOf.get(row);
    return q
      ? { type: q.answerType, rule: validationFor(q) }
      : { type: 'JUMLAH', rule: { kind: 'whole', min: 0 } };
  };
  for (const column of [INPUT_COLUMNS.unit, INPUT_COLUMNS.tpi]) {
    for (const run of rowRuns(rows, ruleOf)) {
      d.validations.push(
        validation(rangeAddress(column, run.first, column, run.last), run.key.type, run.key.rule),
      );
    }
  }
}

/** What the alert says when an entry is not taken as typed (Excel alerts, warning style, kept as typed). */
export const ALERT_TITLE = 'Periksa isian';
const NOT_COUNTED = 'Isian lain tidak dihitung: kesalahan isian, kesimpulan ditahan.';

/**
 * The alert of an answer cell: Excel's list drop-down compares case-insensitively but not spaces, so the
 * warning says how the engine and the formulas read what was typed — case and surrounding spaces forgiven
 * (`"ya "` is read as `Ya`), anything else not counted — never "dihitung 0" (issue 10 point 5).
 *
 * @example
 * validationAlert({ kind: 'list', options: ['Ya', 'Tidak'] }).message
 * // → 'Pilihan: Ya / Tidak. Huruf besar/kecil dan spasi di awal/akhir diabaikan ("ya " dibaca "Ya"). Isian lain tidak dihitung: kesalahan isian, kesimpulan ditahan.'
 */
export function validationAlert(rule: ValidationRule): { title: string; message: string } {
  switch (rule.kind) {
    case 'list': {
      const first = rule.options[0] ?? '';
      return {
        title: ALERT_TITLE,
        message: `Pilihan: ${rule.options.join(' / ')}. Huruf besar/kecil dan spasi di awal/akhir diabaikan ("${first.toLowerCase()} " dibaca "${first}"). ${NOT_COUNTED}`,
      };
    }
    case 'whole':
      return {
        title: ALERT_TITLE,
        message: `Isi bilangan bulat ${rule.min} atau lebih, sebagai angka (bukan teks, pecahan atau negatif). ${NOT_COUNTED}`,
      };
    case 'decimal':
      return {
        title: ALERT_TITLE,
        message: `Isi angka ${rule.min} sampai ${rule.max}, mis. 3,60. ${NOT_COUNTED}`,
      };
    default: {
      const never: never = rule;
      return never;
    }
  }
}

function validation(range: string, type: AnswerType, rule: ValidationRule): ValidationRange {
  const what =
    rule.kind === 'list'
      ? `Pilih ${rule.options.join(' / ')}.`
      : rule.kind === 'whole'
        ? 'Isi bilangan bulat 0 atau lebih (angka, bukan teks).'
        : `Isi angka ${rule.min} sampai ${rule.max}.`;
  return {
    range,
    rule,
    allowBlank: true,
    errorStyle: 'warning',
    prompt: { title: TYPE_LABEL[type], message: what },
    error: validationAlert(rule),
  };
}

function statusFormats(d: SheetDraft, first: number, last: number): void {
  for (const s of [SIDE.unit.status, SIDE.tpi.status]) {
    d.highlight(rangeAddress(s, first, s, last), [
      [STATUS.invalid, { fill: '#F8CBAD', fontColor: '#9C0006', bold: true }],
      [STATUS.empty, NEUTRAL],
      [RATIO_STATUS.incomplete, NEUTRAL],
      [STATUS.ok, GOOD],
    ]);
  }
}

/**
 * Sheet `Jawaban`: one row per question at its PortalRB row, headers and % items on the free rows above.
 *
 * @example
 * const sheet = jawabanSheet(LKE_2021, jawabanLayout(LKE_2021));
 * sheet.sheet.freeze // → { rows: 1, columns: 3 }
 */
export function jawabanSheet(
  catalogue: Catalogue,
  layout: JawabanLayout = jawabanLayout(catalogue),
): { sheet: SheetPlan; draft: SheetDraft } {
  const ix = indexOf(catalogue);
  const d = new SheetDraft(SHEETS.jawaban);
  d.tabColor = '#2E75B6';
  for (const [column, title] of Object.entries(JAWABAN_TITLES)) d.put(`${column}${layout.headerRow}`, title);
  d.styles.push({ range: `A1:S1`, fill: '#1F3864', fontColor: '#FFFFFF', bold: true, vertical: 'center' });
  const rowOf = (id: number): number => ix.question.get(id)?.row ?? 0;
  for (const r of layout.rows) {
    if (r.kind === 'node') nodeRow(d, layout, r.node, r.row);
    else if (r.kind === 'ratio') ratioRow(d, r.ratio, r.row, rowOf);
    else questionRow(d, r.question, r.leaf, r.row, r.folded);
  }
  formats(d, layout);
  inputs(d, ix.questions);
  statusFormats(d, layout.headerRow + 1, layout.lastRow);
  d.widths({
    A: 13,
    B: 6,
    C: 55,
    D: 48,
    E: 11,
    F: 7,
    G: 9,
    H: 9,
    I: 9,
    J: 9,
    K: 11,
    L: 22,
    M: 22,
    N: 11,
    O: 12,
    P: 12,
    Q: 22,
    R: 9,
    S: 9,
  });
  d.rowHeights.push({ row: layout.headerRow, height: 32 });
  // Heights follow the question text: the criteria column is hidden (print.ts), shown in the pane instead.
  d.fitRows(
    layout.rows.map((r) => r.row),
    [J.text],
  );
  d.wrap.push(`C1:D${layout.lastRow}`, 'A1:S1', `L2:M${layout.lastRow}`, `Q2:Q${layout.lastRow}`);
  d.styles.push({ range: `A2:S${layout.lastRow}`, vertical: 'top' });
  d.print = { orientation: 'landscape', fitToWidth: 1, titleRows: '1:1' };
  d.freeze = { rows: layout.headerRow, columns: 3 };
  return { sheet: d.finish(), draft: d };
}
