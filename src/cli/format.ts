/** Two decimals with a decimal comma, as an Indonesian reader expects: `74.995` → `75,00`. */
export function id2(n: number): string {
  const s = n.toFixed(2);
  return s.replace('.', ',');
}

/** Pads a cell of a plain-text table. */
export function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}
