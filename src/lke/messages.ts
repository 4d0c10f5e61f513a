/**
 * Every user-facing message of the core in one place: Bahasa Indonesia first, with an English twin.
 * Numbers in the Indonesian text use a decimal comma.
 */
export type Severity = 'error' | 'warning' | 'info';

export type IssueCode =
  | 'answer-not-an-option'
  | 'answer-normalised'
  | 'not-a-number'
  | 'count-negative'
  | 'count-fraction'
  | 'survey-out-of-range'
  | 'numerator-above-denominator'
  | 'evidence-not-url'
  | 'evidence-missing'
  | 'tpi-differs';

export interface MessageParams {
  /** What was typed, as typed. */
  readonly answer?: string;
  readonly options?: string;
  readonly normalised?: string;
  readonly unit?: string;
  readonly tpi?: string;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly inputs?: string;
}

type Text = (p: MessageParams) => string;

/** A number as an Indonesian reader writes it: `2,5`. */
export function fmtId(n: number | undefined): string {
  return n === undefined ? '' : String(n).replace('.', ',');
}

export const SEVERITY: Readonly<Record<IssueCode, Severity>> = {
  'answer-not-an-option': 'error',
  'answer-normalised': 'info',
  'not-a-number': 'error',
  'count-negative': 'error',
  'count-fraction': 'error',
  'survey-out-of-range': 'error',
  'numerator-above-denominator': 'error',
  'evidence-not-url': 'error',
  'evidence-missing': 'warning',
  'tpi-differs': 'info',
};

export const MESSAGES: Readonly<Record<IssueCode, { readonly id: Text; readonly en: Text }>> = {
  'answer-not-an-option': {
    id: (p) => `Jawaban "${p.answer}" bukan salah satu pilihan (${p.options}).`,
    en: (p) => `Answer "${p.answer}" is not one of the options (${p.options}).`,
  },
  'answer-normalised': {
    id: (p) => `Jawaban "${p.answer}" dibaca sebagai "${p.normalised}".`,
    en: (p) => `Answer "${p.answer}" is read as "${p.normalised}".`,
  },
  'not-a-number': {
    id: (p) => `Isian harus berupa angka, bukan "${p.answer}".`,
    en: (p) => `The entry must be a number, not "${p.answer}".`,
  },
  'count-negative': {
    id: (p) => `Jumlah tidak boleh negatif (${p.answer}).`,
    en: (p) => `A count cannot be negative (${p.answer}).`,
  },
  'count-fraction': {
    id: (p) => `Jumlah harus bilangan bulat (${p.answer}).`,
    en: (p) => `A count must be a whole number (${p.answer}).`,
  },
  'survey-out-of-range': {
    id: (p) => `Nilai survei harus antara 0 dan 4 (${p.answer}).`,
    en: (p) => `A survey index must be between 0 and 4 (${p.answer}).`,
  },
  'numerator-above-denominator': {
    id: (p) =>
      `Jumlah ${fmtId(p.numerator)} melebihi pembaginya ${fmtId(p.denominator)} (${p.inputs}); persentase dibatasi 100%.`,
    en: (p) =>
      `Count ${p.numerator} exceeds its denominator ${p.denominator} (${p.inputs}); the share is capped at 100%.`,
  },
  'evidence-not-url': {
    id: (p) => `Tautan bukti dukung harus alamat http(s), bukan "${p.answer}".`,
    en: (p) => `The evidence link must be an http(s) address, not "${p.answer}".`,
  },
  'evidence-missing': {
    id: () => 'Sudah dijawab tetapi belum ada tautan bukti dukung.',
    en: () => 'Answered, but no evidence link yet.',
  },
  'tpi-differs': {
    id: (p) => `Jawaban TPI (${p.tpi}) berbeda dari jawaban unit (${p.unit}).`,
    en: (p) => `The TPI answer (${p.tpi}) differs from the unit's (${p.unit}).`,
  },
};
