import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { VIEW_MESSAGES, type Lang, type MessageCatalogue, type MessageKey } from './catalogue';
import { fillParams, formatNumber, formatSigned } from './format';
import type { Bilingual } from './messages/types';

/** What a view needs to speak: the language, the catalogue lookup and the number formats of that language. */
export interface Translator {
  readonly lang: Lang;
  /** The text of a key with `{name}` placeholders filled. */
  readonly t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
  /** A text that arrives bilingual as data (engine labels, area names): the current language's half. */
  readonly pick: (text: Bilingual) => string;
  readonly num: (n: number, digits?: number) => string;
  readonly signed: (n: number, digits?: number) => string;
}

/**
 * A translator over a catalogue for one language (pure; the views get it through {@link useT}).
 *
 * @example
 * translator('en').t('verdictIncomplete', { count: 12 }) // → 'Incomplete: 12 entries'
 * translator('id').signed(-0.5)                          // → '−0,50'
 */
export function translator(lang: Lang, catalogue: MessageCatalogue = VIEW_MESSAGES): Translator {
  return {
    lang,
    t: (key, params) => fillParams(catalogue[key][lang], params),
    pick: (text) => text[lang],
    num: (n, digits) => formatNumber(n, lang, digits),
    signed: (n, digits) => formatSigned(n, lang, digits),
  };
}

const I18n = createContext<Translator>(translator('id'));

/** Provides the language (and, in tests, a fake catalogue) to every view below. */
export function I18nProvider(props: {
  readonly lang: Lang;
  readonly catalogue?: MessageCatalogue;
  readonly children: ReactNode;
}): JSX.Element {
  const { lang, catalogue, children } = props;
  const value = useMemo(() => translator(lang, catalogue), [lang, catalogue]);
  return <I18n.Provider value={value}>{children}</I18n.Provider>;
}

/**
 * The current translator: `const { t, num } = useT(); t('tabStatus')`.
 *
 * @example
 * const { t } = useT();
 * <Button>{t('refresh')}</Button>
 */
export function useT(): Translator {
  return useContext(I18n);
}
