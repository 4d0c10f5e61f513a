import type { AnswerType, Question, RatioItem } from '../lke';
import type { ValidationRule } from './plan';

/** How each answer type is named in column E. */
export const TYPE_LABEL: Readonly<Record<AnswerType, string>> = {
  YA_TIDAK: 'Ya/Tidak',
  ABC: 'A/B/C',
  ABCD: 'A/B/C/D',
  ABCDE: 'A/B/C/D/E',
  JUMLAH: 'Jumlah',
  NILAI_0_4: 'Nilai 0–4',
};

/**
 * The data validation of a question's answer cells.
 *
 * @example
 * validationFor(soal1)   // → { kind: 'list', options: ['Ya', 'Tidak'] }
 * validationFor(soal125) // → { kind: 'decimal', min: 0, max: 4 }
 */
export function validationFor(q: Pick<Question, 'answerType' | 'options'>): ValidationRule {
  switch (q.answerType) {
    case 'YA_TIDAK':
    case 'ABC':
    case 'ABCD':
    case 'ABCDE':
      return { kind: 'list', options: q.options.map((o) => o.key) };
    case 'JUMLAH':
      return { kind: 'whole', min: 0 };
    case 'NILAI_0_4':
      return { kind: 'decimal', min: 0, max: 4 };
    default: {
      const never: never = q.answerType;
      return never;
    }
  }
}

const soals = (ids: readonly number[], rowOf: (id: number) => number): string =>
  ids.map((id) => `soal ${id} (baris ${rowOf(id)})`).join(' + ');

/**
 * The readable rule of a % item for column D: its inputs, its formula and its zero-denominator rule.
 *
 * @example
 * ratioDescription(mpAgen, rowOf)
 * // → 'Rumus: soal 89 (baris 127) ÷ soal 88 (baris 126), dibatasi 0–100%. Penyebut 0 → 0%. …'
 */
export function ratioDescription(r: RatioItem, rowOf: (id: number) => number): string {
  const plus = soals(r.plus, rowOf);
  const numerator = r.minus.length > 0 ? `(${plus} − ${soals(r.minus, rowOf)})` : plus;
  const zero =
    r.whenDenominatorZero === 'zero'
      ? 'Penyebut 0 → 0%.'
      : r.whenDenominatorZero === 'one'
        ? 'Penyebut 0 → 100% (tidak ada yang wajib).'
        : `Penyebut 0 → 100% bila ${soals(r.minus, rowOf)} = 0, selain itu 0%.`;
  const also = r.alsoRequired.length > 0 ? ` Wajib diisi juga: ${soals(r.alsoRequired, rowOf)}.` : '';
  return `Rumus: ${numerator} ÷ ${soals(r.denominator, rowOf)}, dibatasi 0–100%. ${zero}${also} Dihitung 0 bila ada isian kosong atau tidak valid.`;
}
