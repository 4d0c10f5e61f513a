import { readAnswer } from '../../lke/answers';
import { answerFromCell } from '../answerValue';
import { address, isBlank } from '../grid';
import { inputRowsOf } from '../match';
import { num2, signed2 } from '../messages';
import { aggregateRows, rowList, scoredQuestionAt, type Cause, type CauseContext } from './context';

/** True when a row in an AVERAGE range holds an item the file leaves out but the rule book counts as 0. */
function skippedItem(ctx: CauseContext, row: number): boolean {
  const r = ctx.byRow.get(row);
  if (!r) return false;
  const q = scoredQuestionAt(ctx, row);
  if (q) {
    if (r.type !== q.answerType) return false; // the answer-type cause covers it
    return readAnswer(q, answerFromCell(r.answer, q.answerType)).status !== 'ok';
  }
  if (!ctx.reading.ratioOfRow.has(row)) return false;
  if (typeof r.answer.value === 'string') return true; // the % formula shows "Blm Diisi"
  if (r.answer.value !== null || r.answer.error !== null) return false;
  const layout = ctx.reading.layout;
  return inputRowsOf(row, ctx.byRow, layout).some((x) => {
    const input = ctx.byRow.get(x);
    return input ? isBlank(input.answer) : false;
  });
}

/**
 * Headings whose AVERAGE skips unanswered items ("Blm Diisi" is text, and AVERAGE ignores text), so the
 * blank raises the heading instead of counting 0. The effect is computed from the file's own cached item
 * values: weight × (mean of the counted items − their sum ÷ (counted + skipped)).
 *
 * @example
 * blankCauses(ctx) // → [{ kind: 'blank-skipped', rows: [41, 44], soalIds: [27], effect: 0.1…, … }]
 */
export function blankCauses(ctx: CauseContext): Cause[] {
  const out: Cause[] = [];
  const col = ctx.reading.layout.value;
  for (const r of ctx.reading.rows) {
    const key = ctx.reading.nodeOfRow.get(r.row);
    const agg = aggregateRows(r, col);
    if (key === undefined || !agg || agg.fn !== 'AVERAGE' || r.weight === null) continue;
    const skipped = agg.rows.filter((x) => skippedItem(ctx, x));
    if (skipped.length === 0) continue;
    const counted = agg.rows
      .map((x) => ctx.byRow.get(x)?.value.value)
      .filter((v): v is number => typeof v === 'number');
    const sum = counted.reduce((s, v) => s + v, 0);
    const effect =
      counted.length === 0
        ? null
        : (r.weight * sum) / counted.length - (r.weight * sum) / (counted.length + skipped.length);
    const soalIds = skipped.flatMap((x) => ctx.reading.questionOfRow.get(x) ?? []);
    const formula = `AVERAGE(${address(agg.rows[0] ?? r.row, col)}:${address(agg.rows[agg.rows.length - 1] ?? r.row, col)})`;
    const name = ctx.ix.node.get(key)?.name ?? r.text;
    const shownValue = typeof r.value.value === 'number' ? num2(r.value.value) : null;
    const fx = effect === null ? null : signed2(effect);
    const shows = {
      id: shownValue ? ` (tampil ${shownValue.id})` : '',
      en: shownValue ? ` (shows ${shownValue.en})` : '',
    };
    out.push({
      kind: 'blank-skipped',
      rows: [r.row, ...skipped],
      soalIds,
      message: {
        id:
          `baris ${r.row} (${name}): ${formula} melewati ${skipped.length} isian kosong (baris ${rowList(skipped)}) ` +
          `karena "Blm Diisi" berupa teks; aturan menghitungnya 0` +
          (fx ? ` — berkas menaikkan nilai ${fx.id}${shows.id}` : ' — berkas menampilkan galat'),
        en:
          `row ${r.row} (${name}): ${formula} skips ${skipped.length} blank item(s) (rows ${rowList(skipped)}) ` +
          `because "Blm Diisi" is text; the rule book counts them as 0` +
          (fx ? ` — the file raises the value by ${fx.en}${shows.en}` : ' — the file shows an error'),
      },
      affects: ctx.figure(key),
      effect,
    });
  }
  return out;
}
