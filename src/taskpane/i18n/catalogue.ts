import { COMMON } from './messages/common';
import { MULAI } from './messages/mulai';
import { STATUS_TEXT } from './messages/status';
import { VALIDASI } from './messages/validasi';
import { TINJAU } from './messages/tinjau';
import { EKSPOR } from './messages/ekspor';
import { SHELL } from './messages/shell';
import { EKSPOR_GUIDE, NEXT_STEPS, SOAL_INI, TINJAU_GUIDE, VALIDASI_ORDER } from './messages/guide';
import type { Bilingual } from './messages/types';

export type { Bilingual } from './messages/types';

/** The views' message catalogue: every user-visible text, Bahasa Indonesia first with an English twin. */
export const VIEW_MESSAGES = {
  ...COMMON,
  ...MULAI,
  ...STATUS_TEXT,
  ...VALIDASI,
  ...TINJAU,
  ...EKSPOR,
  ...SHELL,
  // issue 11 (pane): the guide through the sheet
  ...SOAL_INI,
  ...NEXT_STEPS,
  ...VALIDASI_ORDER,
  ...TINJAU_GUIDE,
  ...EKSPOR_GUIDE,
} as const;

/** A key of the catalogue. */
export type MessageKey = keyof typeof VIEW_MESSAGES;

/** A catalogue with the same keys (the real one, or a fake one in tests). */
export type MessageCatalogue = Readonly<Record<MessageKey, Bilingual>>;

/** The pane's languages: Bahasa Indonesia (default) and English. */
export type Lang = 'id' | 'en';
/** The languages in the order the pane offers them: Indonesian first. */
export const LANGS: readonly Lang[] = ['id', 'en'];
