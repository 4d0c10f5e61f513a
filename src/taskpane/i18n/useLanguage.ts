import { useCallback, useState } from 'react';
import type { Lang } from './catalogue';

/**
 * The language switch state: Indonesian by default, English on request; `onChange` lets the shell remember
 * the choice (e.g. in the document settings).
 *
 * @example
 * const [lang, setLang] = useLanguage('id');
 * setLang('en');
 */
export function useLanguage(
  initial: Lang = 'id',
  onChange?: (lang: Lang) => void,
): [Lang, (lang: Lang) => void] {
  const [lang, setState] = useState<Lang>(initial);
  const set = useCallback(
    (next: Lang) => {
      setState(next);
      onChange?.(next);
    },
    [onChange],
  );
  return [lang, set];
}
