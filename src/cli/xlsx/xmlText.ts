/** Characters that XML 1.0 does not allow at all (C0 controls but tab, line feed and carriage return; DEL). */
/* eslint-disable no-control-regex -- these control characters are exactly what is matched */
const NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
const SPECIAL = /[<>&'"\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;
/* eslint-enable no-control-regex */
const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text made safe inside an XML element or a quoted attribute, as exceljs writes it: the five special characters
 * as entities, the control characters XML cannot hold dropped (a unit's name or a file's name comes from the
 * user's data and may hold any of them). The one escaper of the XML this project writes by hand (the recap's
 * chart and its sheet Masalah rows).
 *
 * @example
 * xmlText(`Dinas "A" & B\u0001`) // → 'Dinas &quot;A&quot; &amp; B'
 */
export function xmlText(s: string): string {
  if (!SPECIAL.test(s)) return s;
  return s.replace(NOT_XML, '').replace(/[<>&'"]/g, (c) => ENTITY[c] ?? c);
}
