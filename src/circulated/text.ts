import type { AnswerType } from '../lke/catalogue/types';

/**
 * Words too common in LKE questions to tell two of them apart. `jumlah` opens nearly every count
 * ("Jumlah Agen Perubahan"), so it is dropped too: the circulated copy often writes "- Agen Perubahan".
 */
const STOPWORDS = new Set([
  'yang',
  'dan',
  'di',
  'ke',
  'dari',
  'telah',
  'dengan',
  'untuk',
  'atas',
  'dalam',
  'pada',
  'oleh',
  'atau',
  'sudah',
  'jumlah',
  'serta',
  'terhadap',
  'secara',
  'ini',
  'itu',
  'the',
  'a',
  'b',
  'c',
  'd',
  'e',
  'f',
]);

/**
 * The words of a question or heading, lower case, accents and punctuation removed, common words dropped.
 *
 * @example
 * tokens('- Jumlah Perubahan yang dibuat') // → ['perubahan', 'dibuat']
 */
export function tokens(text: string): string[] {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return plain.split(/[^a-z0-9]+/).filter((w) => w.length > 0 && !STOPWORDS.has(w));
}

/**
 * How alike two texts are, 0..1: the mean of the overlap coefficient (shared words ÷ words of the shorter)
 * and the Dice coefficient (2 × shared ÷ both). The first forgives a circulated copy that shortens
 * "Jumlah Kepala satuan kerja yang harus melaporkan" to "- Kepala satuan kerja"; the second keeps a
 * one-word heading from matching every long question that contains that word.
 *
 * @example
 * similarity('- Kepala satuan kerja', 'Jumlah Kepala satuan kerja yang harus melaporkan') // → 0.875
 * similarity('Sudah ditetapkan agen perubahan', 'Sudah ditetapkan agen perubahan')          // → 1
 */
export function similarity(a: string, b: string): number {
  const ta = new Set(tokens(a));
  const tb = new Set(tokens(b));
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const w of ta) if (tb.has(w)) shared++;
  const overlap = shared / Math.min(ta.size, tb.size);
  const dice = (2 * shared) / (ta.size + tb.size);
  return (overlap + dice) / 2;
}

/**
 * What the circulated workbook's answer-type column (J, "Pilihan Jawaban") says.
 * - an {@link AnswerType}: a question answered directly;
 * - `PERCENT`: "%", a row whose answer is computed from counts;
 * - `RUPIAH`: "Rupiah", an amount (no LKE 2021 question uses it);
 * - `null`: empty;
 * - `UNKNOWN`: anything else (e.g. "Ya"): the file's nested IF then yields "-" and skips the row.
 */
export type CirculatedType = AnswerType | 'PERCENT' | 'RUPIAH' | 'UNKNOWN' | null;

const TYPE_WORDS: ReadonlyArray<readonly [string, CirculatedType]> = [
  ['ya/tidak', 'YA_TIDAK'],
  ['a/b/c', 'ABC'],
  ['a/b/c/d', 'ABCD'],
  ['a/b/c/d/e', 'ABCDE'],
  ['jumlah', 'JUMLAH'],
  ['nilai(0-4)', 'NILAI_0_4'],
  ['%', 'PERCENT'],
  ['rupiah', 'RUPIAH'],
];

/**
 * Reads an answer-type cell the way the file's formulas do (exact words), forgiving only case and spaces
 * and the line break inside "Nilai (0-4)".
 *
 * @example
 * circulatedType('A/B/C/D')      // → 'ABCD'
 * circulatedType('Nilai\n(0-4)') // → 'NILAI_0_4'
 * circulatedType('Ya')           // → 'UNKNOWN'
 */
export function circulatedType(text: string): CirculatedType {
  const key = text.replace(/\s+/g, '').toLowerCase();
  if (key === '') return null;
  const hit = TYPE_WORDS.find(([w]) => w === key);
  return hit ? hit[1] : 'UNKNOWN';
}

/** The words the circulated file expects in J for each answer type (for messages). */
export const CIRCULATED_TYPE_WORD: Readonly<Record<AnswerType, string>> = {
  YA_TIDAK: 'Ya/Tidak',
  ABC: 'A/B/C',
  ABCD: 'A/B/C/D',
  ABCDE: 'A/B/C/D/E',
  JUMLAH: 'Jumlah',
  NILAI_0_4: 'Nilai (0-4)',
};

/**
 * Any http(s) links in a text, in order.
 *
 * @example
 * linksIn('SK: https://a.go.id/sk.pdf, lihat juga http://b.go.id') // → ['https://a.go.id/sk.pdf', 'http://b.go.id']
 */
export function linksIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'<>]+/gi)].map((m) => m[0].replace(/[.,;)]+$/, ''));
}

/**
 * Strips a leading dash or numbering from a row's text: `"- Jumlah Agen"` → `"Jumlah Agen"`.
 *
 * @example
 * stripLead(' - Jumlah Agen Perubahan') // → 'Jumlah Agen Perubahan'
 */
export function stripLead(text: string): string {
  return text.replace(/^\s*[-–•]\s*/, '').trim();
}
