import type { AnswerOption, AnswerType, RatioItem, ZeroDenominatorRule } from '../lke';

/**
 * Formula builders: short en-US formulas, one idea per cell, only functions that Excel, HyperFormula and
 * LibreOffice evaluate alike (IF, AND, OR, ISTEXT, ISBLANK, ISNUMBER, UPPER, TRIM, INT, MIN, MAX, SUM,
 * ROUND, COUNTIF on our own status texts). User text is compared with `=` (never MATCH/COUNTIF, whose
 * `*`, `?`, `~` are wildcards), after UPPER(TRIM(…)) so case and surrounding spaces are forgiven.
 */

/** Status texts of a question row (`STATUS.ok` is what the progress counts). */
export const STATUS = { empty: 'belum diisi', invalid: 'tidak valid', ok: 'ok' } as const;
/** Status texts of a % item row (never `ok`, so COUNTIF(…,"ok") counts questions only). */
export const RATIO_STATUS = { complete: 'lengkap', incomplete: 'belum lengkap' } as const;
/** The reading of an entry that is there but is neither text nor a number (a boolean or an error value). */
export const UNREADABLE = '#';

/** Excel/HyperFormula/LibreOffice string literal. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A number as a formula literal (`0.67`, `17.5`). */
export function num(n: number): string {
  return String(n);
}

const isChoice = (t: AnswerType): boolean => t === 'YA_TIDAK' || t === 'ABC' || t === 'ABCD' || t === 'ABCDE';

/**
 * The reading of an answer cell: a choice answer upper-cased and trimmed ("" when empty, `#` when it is not
 * text); a number answer as the number ("" when empty, `#` when it is anything else).
 *
 * @example
 * readingFormula('ABC', 'K7')    // → '=IF(ISTEXT(K7),UPPER(TRIM(K7)),IF(ISBLANK(K7),"","#"))'
 * readingFormula('JUMLAH', 'K126') // → '=IF(ISNUMBER(K126),K126,IF(ISTEXT(K126),IF(TRIM(K126)="","","#"),IF(ISBLANK(K126),"","#")))'
 */
export function readingFormula(type: AnswerType, answer: string): string {
  const other = `IF(ISBLANK(${answer}),"",${str(UNREADABLE)})`;
  if (isChoice(type)) return `=IF(ISTEXT(${answer}),UPPER(TRIM(${answer})),${other})`;
  return `=IF(ISNUMBER(${answer}),${answer},IF(ISTEXT(${answer}),IF(TRIM(${answer})="","",${str(UNREADABLE)}),${other}))`;
}

/**
 * The status of an answer from its reading: belum diisi / tidak valid / ok.
 *
 * @example
 * statusFormula('YA_TIDAK', [{ key: 'Ya', … }, { key: 'Tidak', … }], 'R6')
 * // → '=IF(R6="","belum diisi",IF(OR(R6="YA",R6="TIDAK"),"ok","tidak valid"))'
 * statusFormula('NILAI_0_4', [], 'R199')
 * // → '=IF(R199="","belum diisi",IF(ISNUMBER(R199),IF(AND(R199>=0,R199<=4),"ok","tidak valid"),"tidak valid"))'
 */
export function statusFormula(type: AnswerType, options: readonly AnswerOption[], reading: string): string {
  const head = `=IF(${reading}="",${str(STATUS.empty)},`;
  const ok = str(STATUS.ok);
  const bad = str(STATUS.invalid);
  switch (type) {
    case 'YA_TIDAK':
    case 'ABC':
    case 'ABCD':
    case 'ABCDE': {
      const tests = options.map((o) => `${reading}=${str(o.key.toUpperCase())}`).join(',');
      return `${head}IF(OR(${tests}),${ok},${bad}))`;
    }
    case 'JUMLAH':
      return `${head}IF(ISNUMBER(${reading}),IF(AND(${reading}>=0,${reading}=INT(${reading})),${ok},${bad}),${bad}))`;
    case 'NILAI_0_4':
      return `${head}IF(ISNUMBER(${reading}),IF(AND(${reading}>=0,${reading}<=4),${ok},${bad}),${bad}))`;
    default: {
      const never: never = type;
      return never;
    }
  }
}

/**
 * The item value of a question (no leading `=`): the option value of a choice (0 when not an option),
 * index / 4 of a survey, the count of a Jumlah input (0 unless the status is ok).
 *
 * @example
 * itemExpression('ABCD', optionsABCD, 'R13', 'O13') // → 'IF(R13="A",1,IF(R13="B",0.67,IF(R13="C",0.33,0)))'
 * itemExpression('NILAI_0_4', [], 'R199', 'O199')   // → 'IF(O199="ok",R199/4,0)'
 */
export function itemExpression(
  type: AnswerType,
  options: readonly AnswerOption[],
  reading: string,
  status: string,
): string {
  switch (type) {
    case 'YA_TIDAK':
    case 'ABC':
    case 'ABCD':
    case 'ABCDE':
      return options
        .filter((o) => o.value !== 0)
        .reduceRight((rest, o) => `IF(${reading}=${str(o.key.toUpperCase())},${num(o.value)},${rest})`, '0');
    case 'JUMLAH':
      return `IF(${status}=${str(STATUS.ok)},${reading},0)`;
    case 'NILAI_0_4':
      return `IF(${status}=${str(STATUS.ok)},${reading}/4,0)`;
    default: {
      const never: never = type;
      return never;
    }
  }
}

/** `a+b+c`, or the single term, parenthesised when it has more than one term and `wrap` is set. */
export function sumOf(cells: readonly string[], wrap = false): string {
  if (cells.length === 0) return '0';
  const s = cells.join('+');
  return wrap && cells.length > 1 ? `(${s})` : s;
}

/**
 * The status of a % item: complete when every input of its group is ok.
 *
 * @example
 * ratioStatusFormula(['O126', 'O127']) // → '=IF(AND(O126="ok",O127="ok"),"lengkap","belum lengkap")'
 */
export function ratioStatusFormula(inputStatus: readonly string[]): string {
  const tests = inputStatus.map((s) => `${s}=${str(STATUS.ok)}`).join(',');
  return `=IF(AND(${tests}),${str(RATIO_STATUS.complete)},${str(RATIO_STATUS.incomplete)})`;
}

function zeroValue(rule: ZeroDenominatorRule, minus: readonly string[]): string {
  switch (rule) {
    case 'zero':
      return '0';
    case 'one':
      return '1';
    case 'one-if-no-minus':
      return `IF(${sumOf(minus)}=0,1,0)`;
    default: {
      const never: never = rule;
      return never;
    }
  }
}

/**
 * The value of a % item: 0 unless complete; the zero-denominator rule; else the fraction clamped to 0..1.
 * `cell(id)` is the value cell of an input soal.
 *
 * @example
 * ratioFormula(mpAgen, (id) => ({ 88: 'G126', 89: 'G127' })[id], 'O125')
 * // → '=IF(O125<>"lengkap",0,IF(G126=0,0,MIN(1,MAX(0,G127/G126))))'
 */
export function ratioFormula(r: RatioItem, cell: (soalId: number) => string, status: string): string {
  const plus = r.plus.map(cell);
  const minus = r.minus.map(cell);
  const den = sumOf(r.denominator.map(cell), true);
  const numerator = minus.length > 0 ? `(${sumOf(plus)}-${sumOf(minus, true)})` : sumOf(plus, true);
  const fraction = `MIN(1,MAX(0,${numerator}/${den}))`;
  return `=IF(${status}<>${str(RATIO_STATUS.complete)},0,IF(${den}=0,${zeroValue(r.whenDenominatorZero, minus)},${fraction}))`;
}

/**
 * A leaf's value: weight × Σ items / number of items (the engine's order of operations).
 *
 * @example
 * leafFormula('F5', ['G6', 'G7']) // → '=F5*SUM(G6:G7)/2'   (contiguous)
 * leafFormula('F124', ['G125', 'G128']) // → '=F124*(G125+G128)/2'
 * leafFormula('F131', ['G132']) // → '=F131*G132'
 */
export function leafFormula(weight: string, items: readonly string[], contiguous: boolean): string {
  if (items.length === 1) return `=${weight}*${items[0] ?? '0'}`;
  const sum = contiguous ? `SUM(${items[0] ?? ''}:${items[items.length - 1] ?? ''})` : sumOf(items, true);
  return `=${weight}*${sum}/${items.length}`;
}

/**
 * Pass/fail of a criterion on the value rounded to 2 decimals.
 *
 * @example
 * passFormula('C40', 'B40') // → '=IF(ROUND(C40,2)>=B40,"LULUS","GAGAL")'
 */
export function passFormula(value: string, threshold: string): string {
  return `=IF(ROUND(${value},2)>=${threshold},${str(PASS.pass)},${str(PASS.fail)})`;
}

/**
 * The margin of a criterion: ROUND(ROUND(value, 2) − threshold, 2).
 *
 * @example
 * marginFormula('C40', 'B40') // → '=ROUND(ROUND(C40,2)-B40,2)'
 */
export function marginFormula(value: string, threshold: string): string {
  return `=ROUND(ROUND(${value},2)-${threshold},2)`;
}

export const PASS = { pass: 'LULUS', fail: 'GAGAL' } as const;
/** Verdict texts: a verdict only on a complete LKE without entry errors; else it is withheld. */
export const VERDICT = {
  eligible: 'MEMENUHI',
  notEligible: 'TIDAK MEMENUHI',
  /** Withheld: answers not filled in or entry errors (the key keeps its old name for the readers). */
  incomplete: 'BELUM DAPAT DINILAI',
} as const;

/**
 * The verdict of one column for one predicate: withheld while an answer is not valid or an entry error
 * (a count above its divisor) remains.
 *
 * @example
 * verdictFormula('C34', 'C48', 'E40:E52')
 * // → '=IF(OR(NOT(C34),C48>0),"BELUM DAPAT DINILAI",IF(COUNTIF(E40:E52,"GAGAL")=0,"MEMENUHI","TIDAK MEMENUHI"))'
 */
export function verdictFormula(complete: string, errors: string, passRange: string): string {
  return `=IF(OR(NOT(${complete}),${errors}>0),${str(VERDICT.incomplete)},IF(COUNTIF(${passRange},${str(PASS.fail)})=0,${str(VERDICT.eligible)},${str(VERDICT.notEligible)}))`;
}
