import type { Answer } from '../../../lke';
import type { Lang } from '../../i18n';

/**
 * An answer as the pane shows it: text as typed, numbers in the language's style, `null` for empty
 * (the caller words "empty").
 *
 * @example
 * answerText(3.6, 'id') // → '3,6'
 * answerText('B', 'en') // → 'B'
 * answerText(null, 'id') // → null
 */
export function answerText(a: Answer | undefined, lang: Lang): string | null {
  if (a === null || a === undefined || a === '') return null;
  if (typeof a === 'number')
    return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 2 }).format(a);
  return a;
}
