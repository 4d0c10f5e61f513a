import type { Lang } from './i18n';

const KEY = 'lke-zi.lang';

/** Storage that may be missing or refuse (private mode, a locked-down host): null then. */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * The language the user last chose on this device, Indonesian when none (or storage is unavailable).
 *
 * @example
 * rememberLang('en'); storedLang() // → 'en'
 */
export function storedLang(): Lang {
  try {
    return storage()?.getItem(KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

/** Remembers the language on this device; a refusing storage is ignored (the choice lasts the session). */
export function rememberLang(lang: Lang): void {
  try {
    storage()?.setItem(KEY, lang);
  } catch {
    // Storage full or refused: nothing to keep, the pane still works.
  }
}
