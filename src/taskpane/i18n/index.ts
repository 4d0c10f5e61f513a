/** The pane's views' message catalogue (id + en), its typed keys, the translator and the language state. */
export {
  VIEW_MESSAGES,
  LANGS,
  type Lang,
  type MessageKey,
  type MessageCatalogue,
  type Bilingual,
} from './catalogue';
export { formatNumber, formatSigned, fillParams } from './format';
export { I18nProvider, useT, translator, type Translator } from './I18nContext';
export { useLanguage } from './useLanguage';
