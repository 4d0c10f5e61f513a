import type { ZeroDenominatorRule } from '../../lke/catalogue/types';
import { address } from '../grid';
import { divisors } from '../formula';
import { inputRowsOf } from '../match';
import { num2 } from '../messages';
import { rowList, type Cause, type CauseContext } from './context';

const RULE_TEXT: Readonly<Record<ZeroDenominatorRule, { id: string; en: string }>> = {
  zero: { id: 'penyebut 0 bernilai 0', en: 'a zero denominator is worth 0' },
  one: {
    id: 'penyebut 0 bernilai 1 (tidak ada kewajiban)',
    en: 'a zero denominator is worth 1 (nothing owed)',
  },
  'one-if-no-minus': {
    id: 'penyebut 0 bernilai 1 bila tidak ada pelanggaran tahun ini, selain itu 0',
    en: 'a zero denominator is worth 1 when this year has no violation, else 0',
  },
};

/**
 * % formulas that divide by a count of 0 without a guard: the cell shows `#DIV/0!` and every heading and
 * total that adds it up shows it too, where the rule book has a value for that case (scoring-rules §3).
 * Found from the formulas (what they divide by) and the file's values, not from a list of rows.
 *
 * @example
 * zeroDenominatorCauses(ctx) // → [{ kind: 'zero-denominator', rows: [154, 155, 153, 148, 125, 4, 198, 208], … }]
 */
export function zeroDenominatorCauses(ctx: CauseContext): Cause[] {
  const out: Cause[] = [];
  const { layout } = ctx.reading;
  const errorRows = ctx.reading.rows.filter(
    (r) => r.value.error !== null && r.kind !== 'answer' && r.kind !== 'computed',
  );
  for (const r of ctx.reading.rows) {
    const f = r.answer.formula;
    if (f === null) continue;
    const shownError = r.answer.error;
    if (shownError === null && r.answer.value !== null) continue; // guarded, or no zero
    const zeros = divisors(f)
      .filter((ref) => ref.col === layout.answer)
      .filter((ref) => ctx.byRow.get(ref.row)?.answer.value === 0);
    if (zeros.length === 0) continue;
    const ratioId = ctx.reading.ratioOfRow.get(r.row);
    const ratio = ratioId === undefined ? undefined : ctx.ix.ratio.get(ratioId);
    const leaf = ratioId === undefined ? undefined : ctx.leafOfRatio.get(ratioId);
    const spread = errorRows.map((x) => x.row).filter((x) => x !== r.row);
    const zeroRows = zeros.map((z) => z.row);
    const soalIds = inputRowsOf(r.row, ctx.byRow, layout).flatMap(
      (x) => ctx.reading.questionOfRow.get(x) ?? [],
    );
    const shows = shownError ?? '#DIV/0!';
    const cell = address(r.row, layout.answer);
    const by = zeroRows.map((z) => `${address(z, layout.answer)} = 0`).join(', ');
    const ruleValue = ratioId === undefined ? null : num2(ctx.score.ratios[ratioId] ?? 0);
    const rule = ratio ? RULE_TEXT[ratio.whenDenominatorZero] : null;
    const label = ratio ? ` (${ratio.label})` : '';
    out.push({
      kind: 'zero-denominator',
      rows: [r.row, ...zeroRows, ...spread],
      soalIds,
      message: {
        id:
          `baris ${r.row}${label}: ${cell} membagi dengan ${by} tanpa pengaman dan menampilkan ${shows}` +
          (spread.length > 0 ? `, yang menjalar ke baris ${rowList(spread)}` : '') +
          (rule && ruleValue ? `; aturan: ${rule.id}, jadi butir ini bernilai ${ruleValue.id}` : ''),
        en:
          `row ${r.row}${label}: ${cell} divides by ${by} without a guard and shows ${shows}` +
          (spread.length > 0 ? `, which spreads to rows ${rowList(spread)}` : '') +
          (rule && ruleValue ? `; rule book: ${rule.en}, so this item is worth ${ruleValue.en}` : ''),
      },
      affects: leaf ? ctx.figure(leaf.key) : null,
      effect: null,
    });
  }
  return out;
}
