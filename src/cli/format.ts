/** Two decimals with a decimal comma, as an Indonesian reader expects: `74.995` → `75,00`. */
export function id2(n: number): string {
  const s = n.toFixed(2);
  return s.replace('.', ',');
}

/** Pads a cell of a plain-text table. */
export function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/**
 * Characters a terminal acts on instead of showing: C0 controls but tab and newline, DEL, C1 controls (CSI
 * U+009B among them), bidirectional overrides and isolates, line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/**
 * Text safe to print on a terminal: every control, escape or bidi character becomes its visible `\uXXXX`
 * (so a unit name carrying `ESC[2J` cannot clear the screen or recolour the output). Inside a JSON string the
 * same six characters are the same character, so `--json` output keeps its meaning. A carriage return at the
 * very start is kept (the progress bar redraws its line with it).
 *
 * @example
 * safeText('KPPN \u001b[31mA') // → 'KPPN \\u001b[31mA'
 * safeText('a\tb\n')           // → 'a\tb\n'
 */
export function safeText(text: string): string {
  const head = text.startsWith('\r') ? '\r' : '';
  const body = head === '' ? text : text.slice(1);
  return head + body.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The longest line printed on stderr. */
export const MAX_ERR_LINE = 1_000;

/**
 * Cuts every line longer than `max` characters, saying how much was left out (a 24 MB "one-line" reason
 * stays one readable line).
 *
 * @example
 * capLines('x'.repeat(1_005), 1_000) // → 'xxx…x … (+5 karakter)'
 */
export function capLines(text: string, max = MAX_ERR_LINE): string {
  return text
    .split('\n')
    .map((line) => (line.length > max ? `${line.slice(0, max)} … (+${line.length - max} karakter)` : line))
    .join('\n');
}

/**
 * A value as it appears in a one-line report: quoted, at most `max` characters.
 *
 * @example
 * shortValue('Ya') // → '"Ya"'
 * shortValue(null) // → '(kosong)'
 */
export function shortValue(v: string | number | boolean | null, max = 60): string {
  if (v === null || v === '') return '(kosong)';
  if (typeof v !== 'string') return String(v);
  const s = v.length > max ? `${v.slice(0, max - 1)}…` : v;
  return JSON.stringify(s);
}
