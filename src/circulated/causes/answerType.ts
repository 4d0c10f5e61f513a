import { address } from '../grid';
import { references } from '../formula';
import { signed2 } from '../messages';
import { CIRCULATED_TYPE_WORD, type CirculatedType } from '../text';
import { aggregateRows, type Cause, type CauseContext } from './context';

/** The types the file's nested IF scores; any other J word makes it yield text, which AVERAGE skips. */
const CHOICE_TYPES: ReadonlySet<CirculatedType> = new Set(['YA_TIDAK', 'ABC', 'ABCD', 'ABCDE']);

/**
 * What switching one question off moves its heading by, from the file's cached values: the figure shown
 * minus Bobot × the mean of the items the file counted plus this question's rule-book value.
 */
function disabledEffect(ctx: CauseContext, row: number, soalId: number, headingKey: string): number | null {
  const headingRow = ctx.reading.rowOfNode.get(headingKey);
  const heading = headingRow === undefined ? undefined : ctx.byRow.get(headingRow);
  const agg = heading ? aggregateRows(heading, ctx.reading.layout.value) : null;
  if (!heading || !agg || agg.fn !== 'AVERAGE' || heading.weight === null || !agg.rows.includes(row))
    return null;
  const shown = heading.value.value;
  if (typeof shown !== 'number') return null;
  const counted = agg.rows
    .map((x) => ctx.byRow.get(x)?.value.value)
    .filter((v): v is number => typeof v === 'number');
  const own = ctx.score.questions[soalId] ?? 0;
  const corrected = (heading.weight * (counted.reduce((a, b) => a + b, 0) + own)) / (counted.length + 1);
  return shown - corrected;
}

/**
 * Questions whose answer-type cell (J, "Pilihan Jawaban") is not the question's type. The file's Nilai
 * formula branches on J: an unknown word (e.g. "Ya" instead of "Ya/Tidak") yields "-", which AVERAGE
 * skips, so the question is switched off whatever the unit answers; another known type scores the answer
 * with the wrong options.
 *
 * @example
 * answerTypeCauses(ctx) // → [{ kind: 'answer-type', rows: [8], soalIds: [1], … }]   (J8 = "Ya")
 */
export function answerTypeCauses(ctx: CauseContext): Cause[] {
  const out: Cause[] = [];
  const typeCol = ctx.reading.layout.answerType;
  for (const [row, soalId] of ctx.reading.questionOfRow) {
    const r = ctx.byRow.get(row);
    const q = ctx.ix.question.get(soalId);
    if (!r || !q || r.type === q.answerType || q.answerType === 'JUMLAH') continue;
    // Only a Nilai formula that branches on J is changed by it (the survey rows compute K/4 directly).
    if (!references(r.value.formula ?? '').some((ref) => ref.row === row && ref.col === typeCol)) continue;
    const expected = CIRCULATED_TYPE_WORD[q.answerType];
    const cell = address(row, typeCol);
    const shown = r.typeText === '' ? '(kosong)' : `"${r.typeText.replace(/\s+/g, ' ')}"`;
    const shownEn = r.typeText === '' ? '(empty)' : `"${r.typeText.replace(/\s+/g, ' ')}"`;
    const disabled = !CHOICE_TYPES.has(r.type);
    const leaf = ctx.ix.leafOf.get(soalId);
    const effect = disabled && leaf ? disabledEffect(ctx, row, soalId, leaf.key) : null;
    const moved =
      effect === null
        ? { id: '', en: '' }
        : {
            id: ` — nilai sub-area berubah ${signed2(effect).id}`,
            en: ` — the sub-area moves by ${signed2(effect).en}`,
          };
    out.push({
      kind: 'answer-type',
      rows: [row],
      soalIds: [soalId],
      message: disabled
        ? {
            id: `baris ${row} (soal ${soalId}): ${cell} berisi ${shown}, bukan "${expected}", sehingga rumus berkas tidak menilai pertanyaan ini dan AVERAGE melewatinya${moved.id}`,
            en: `row ${row} (soal ${soalId}): ${cell} holds ${shownEn}, not "${expected}", so the file's formula does not score this question and AVERAGE skips it${moved.en}`,
          }
        : {
            id: `baris ${row} (soal ${soalId}): ${cell} berisi ${shown}, bukan "${expected}", sehingga jawaban dinilai dengan pilihan yang salah`,
            en: `row ${row} (soal ${soalId}): ${cell} holds ${shownEn}, not "${expected}", so the answer is scored with the wrong options`,
          },
      affects: leaf ? ctx.figure(leaf.key) : null,
      effect,
    });
  }
  return out.sort((a, b) => (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
}
