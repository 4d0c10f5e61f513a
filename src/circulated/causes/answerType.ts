import { address } from '../grid';
import { references } from '../formula';
import { CIRCULATED_TYPE_WORD, type CirculatedType } from '../text';

/** The types the file's nested IF scores; any other J word makes it yield text, which AVERAGE skips. */
const CHOICE_TYPES: ReadonlySet<CirculatedType> = new Set(['YA_TIDAK', 'ABC', 'ABCD', 'ABCDE']);
import type { Cause, CauseContext } from './context';

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
    out.push({
      kind: 'answer-type',
      rows: [row],
      soalIds: [soalId],
      message: disabled
        ? {
            id: `baris ${row} (soal ${soalId}): ${cell} berisi ${shown}, bukan "${expected}", sehingga rumus berkas tidak menilai pertanyaan ini dan AVERAGE melewatinya`,
            en: `row ${row} (soal ${soalId}): ${cell} holds ${shownEn}, not "${expected}", so the file's formula does not score this question and AVERAGE skips it`,
          }
        : {
            id: `baris ${row} (soal ${soalId}): ${cell} berisi ${shown}, bukan "${expected}", sehingga jawaban dinilai dengan pilihan yang salah`,
            en: `row ${row} (soal ${soalId}): ${cell} holds ${shownEn}, not "${expected}", so the answer is scored with the wrong options`,
          },
      affects: leaf ? ctx.figure(leaf.key) : null,
      effect: null,
    });
  }
  return out.sort((a, b) => (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
}
