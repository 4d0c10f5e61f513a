/**
 * The form of a unit id the API accepts in `…/lke/jawaban-unit/{unit_id}` and serves from the folder:
 * 1 to 64 ASCII letters, digits, `.`, `_` or `-`, not starting with a dot. Nothing else reaches a lookup, so
 * `../`, encoded slashes, NUL, spaces and 10 kB ids are refused (422) before anything is looked up.
 */
export const UNIT_ID_FORM = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$/;

/**
 * True when `id` has the accepted form.
 *
 * @example
 * isUnitId('UNIT-001')   // → true
 * isUnitId('../etc')     // → false
 * isUnitId('a/b')        // → false
 * isUnitId('a'.repeat(65)) // → false
 */
export function isUnitId(id: string): boolean {
  return UNIT_ID_FORM.test(id);
}

/**
 * The id a unit is served under: its PortalRB unit id as text, trimmed, when it has the accepted form; else null
 * (the unit cannot be served and the console says so).
 *
 * @example
 * servedId(' UNIT-001 ') // → 'UNIT-001'
 * servedId(42)           // → '42'
 * servedId(null)         // → null
 */
export function servedId(unitId: string | number | null): string | null {
  if (unitId === null) return null;
  const id = String(unitId).trim();
  return isUnitId(id) ? id : null;
}
