import { NO_FACTS } from '../../lke';
import type { ProfileReading } from '../../workbook';

/** The profile of a workbook with nothing filled in. */
export const EMPTY_PROFILE: ProfileReading = {
  unitName: null,
  unitId: null,
  instansi: null,
  year: null,
  profile: { heldPredicate: 'none', facts: NO_FACTS },
};

/**
 * A year typed in the profile form: a whole number 2000..2100, null when empty, `'invalid'` otherwise.
 *
 * @example
 * parseYear(' 2026 ') // → 2026
 * parseYear('')       // → null
 * parseYear('26')     // → 'invalid'
 */
export function parseYear(text: string): number | null | 'invalid' {
  const s = text.trim();
  if (s === '') return null;
  if (!/^\d{4}$/.test(s)) return 'invalid';
  const y = Number(s);
  return y >= 2000 && y <= 2100 ? y : 'invalid';
}

/**
 * Trimmed text, or null when empty (what sheet Profil stores).
 *
 * @example
 * textOrNull('  KPPN Bandung ') // → 'KPPN Bandung'
 * textOrNull('   ')             // → null
 */
export function textOrNull(text: string): string | null {
  const s = text.trim();
  return s === '' ? null : s;
}
