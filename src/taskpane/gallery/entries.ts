import { indexOf, LKE_2021, WHOLE_COUNTS, type Answer, type Entry, type Question } from '../../lke';

/** Counts that make every % item whole (the engine's worked example). */
const COUNTS = WHOLE_COUNTS;

/** The option `steps` below the best (0: the best), or the count / survey index for numeric questions. */
function answer(q: Question, steps: number, survey: number): Answer {
  if (q.answerType === 'JUMLAH') return COUNTS[q.soalId] ?? 0;
  if (q.answerType === 'NILAI_0_4') return survey;
  const sorted = [...q.options].sort((a, b) => b.value - a.value);
  return sorted[Math.min(steps, sorted.length - 1)]?.key ?? null;
}

/**
 * A unit that answers well and a TPI that judges some answers lower: deterministic entries for the gallery
 * and the view tests, with a few problems of each kind (an answer that is not an option, a normalised one,
 * missing and non-URL evidence, a count above its denominator in the unit column).
 *
 * @example
 * galleryEntries().get(1) // → { unit: 'Ya', tpi: 'Ya', unitEvidence: 'https://…/bukti/1', … }
 */
export function galleryEntries(): Map<number, Entry> {
  const out = new Map<number, Entry>();
  indexOf(LKE_2021).questions.forEach((q, i) => {
    const unit = answer(q, i % 6 === 5 ? 1 : 0, q.soalId % 2 === 0 ? 3.7 : 3.4);
    const tpi = answer(q, i % 6 === 5 ? 1 : i % 4 === 1 ? 1 : 0, q.soalId % 2 === 0 ? 3.65 : 3.3);
    out.set(q.soalId, {
      unit,
      tpi,
      unitNote: i % 5 === 0 ? `Catatan unit untuk soal ${q.soalId}` : null,
      unitEvidence: i % 11 === 7 ? null : `https://drive.example.go.id/zi/bukti/${q.soalId}`,
      tpiNote: null,
    });
  });
  const set = (id: number, patch: Partial<Entry>): void => {
    const e = out.get(id);
    if (e) out.set(id, { ...e, ...patch });
  };
  set(3, { unit: 'A.' });
  const abc = indexOf(LKE_2021).questions.find((q) => q.soalId > 8 && q.options.some((o) => o.key === 'B'));
  if (abc) set(abc.soalId, { tpi: ' b ' });
  set(14, { unitEvidence: 'folder bukti di lemari arsip' });
  set(89, { unit: 3 });
  return out;
}
