import { ratioInputs } from '../../lke/catalogue/indexCatalogue';
import { address } from '../grid';
import { divisors } from '../formula';
import { inputRowsOf } from '../match';
import { num2 } from '../messages';
import { rowList, type Cause, type CauseContext } from './context';

/** A count as written: whole numbers plainly, others with two decimals. */
const count = (n: number): { id: string; en: string } =>
  Number.isInteger(n) ? { id: String(n), en: String(n) } : num2(n);

/** The value a denominator cell shows (typed count or cached result), when a number. */
function shownNumber(ctx: CauseContext, row: number): number | null {
  const v = ctx.byRow.get(row)?.answer.value;
  return typeof v === 'number' ? v : null;
}

/**
 * % formulas that read other counts than the rule book's inputs of their item: a typed row the rule book
 * does not have (the LHKASN % divides by a typed "Jumlah yang harus melaporkan" instead of the sum of the
 * three groups below it), or an input left unread. When the denominators differ, both are shown.
 *
 * @example
 * ratioInputCauses(ctx) // → [{ kind: 'ratio-inputs', rows: [184, 185, 186, 187, 188], soalIds: [117, 118, 119], … }]
 */
export function ratioInputCauses(ctx: CauseContext): Cause[] {
  const out: Cause[] = [];
  const { layout } = ctx.reading;
  for (const [row, ratioId] of ctx.reading.ratioOfRow) {
    const ratio = ctx.ix.ratio.get(ratioId);
    const r = ctx.byRow.get(row);
    if (!ratio || !r || r.answer.formula === null) continue;
    const read = inputRowsOf(row, ctx.byRow, layout);
    const readSoal = new Set(read.flatMap((x) => ctx.reading.questionOfRow.get(x) ?? []));
    const inputs = ratioInputs(ratio);
    const foreign = read.filter((x) => {
      const id = ctx.reading.questionOfRow.get(x);
      return id === undefined || !inputs.includes(id);
    });
    const unread = inputs.filter((id) => !readSoal.has(id) && ctx.reading.rowOfQuestion.has(id));
    if (foreign.length === 0 && unread.length === 0) continue;
    const unreadRows = unread.map((id) => ctx.reading.rowOfQuestion.get(id) ?? 0);

    const fileDen = divisors(r.answer.formula)
      .filter((ref) => ref.col === layout.answer)
      .map((ref) => shownNumber(ctx, ref.row));
    const fileDenominator =
      fileDen.length > 0 && fileDen.every((v) => v !== null)
        ? fileDen.reduce<number>((s, v) => s + (v ?? 0), 0)
        : null;
    const ruleDen = ratio.denominator.map((id) => {
      const at = ctx.reading.rowOfQuestion.get(id);
      return at === undefined ? null : shownNumber(ctx, at);
    });
    const ruleDenominator = ruleDen.every((v) => v !== null)
      ? ruleDen.reduce<number>((s, v) => s + (v ?? 0), 0)
      : null;
    const dens =
      fileDenominator !== null && ruleDenominator !== null && fileDenominator !== ruleDenominator
        ? {
            id: `; penyebut berkas ${count(fileDenominator).id}, penyebut aturan ${count(ruleDenominator).id}`,
            en: `; the file's denominator is ${count(fileDenominator).en}, the rule book's ${count(ruleDenominator).en}`,
          }
        : { id: '', en: '' };
    const cell = address(row, layout.answer);
    const foreignText = (lang: 'id' | 'en'): string =>
      foreign
        .map((x) => {
          const t = ctx.byRow.get(x)?.text ?? '';
          const id = ctx.reading.questionOfRow.get(x);
          const what =
            id === undefined
              ? lang === 'id'
                ? 'bukan isian aturan'
                : 'not a rule-book input'
              : `soal ${id}`;
          return `${x} "${t}" (${what})`;
        })
        .join('; ');
    const leaf = ctx.leafOfRatio.get(ratioId);
    out.push({
      kind: 'ratio-inputs',
      rows: [row, ...foreign, ...unreadRows],
      soalIds: unread,
      message: {
        id:
          `baris ${row} (${ratio.label}): ${cell}` +
          (foreign.length > 0 ? ` membaca baris ${foreignText('id')}` : '') +
          (unread.length > 0
            ? `${foreign.length > 0 ? ' dan' : ''} tidak membaca baris ${rowList(unreadRows)} (soal ${unread.join(', ')})`
            : '') +
          dens.id,
        en:
          `row ${row} (${ratio.label}): ${cell}` +
          (foreign.length > 0 ? ` reads row(s) ${foreignText('en')}` : '') +
          (unread.length > 0
            ? `${foreign.length > 0 ? ' and' : ''} does not read rows ${rowList(unreadRows)} (soal ${unread.join(', ')})`
            : '') +
          dens.en,
      },
      affects: leaf ? ctx.figure(leaf.key) : null,
      effect: null,
    });
  }
  return out.sort((a, b) => (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
}
