/**
 * Rounds the way Excel's ROUND does: half away from zero on the value as Excel shows it (15 significant
 * digits), so a score the sheet shows as 74.995 rounds to 75.00 here too, even when the binary sum behind it
 * is 74.99499999999999. `Math.round(x * 100) / 100` gets that wrong (it gives 74.99), and so does it for
 * 1.005 (1.005 * 100 is 100.49999999999999).
 *
 * @example
 * excelRound(72.895 + 2.1, 2) // → 75     (the sum is 74.99499999999999; Excel shows 74.995)
 * excelRound(1.005, 2)        // → 1.01
 * excelRound(-2.345, 2)       // → -2.35
 * excelRound(4.8049, 2)       // → 4.8
 */
export function excelRound(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const shown = Number(Math.abs(x).toPrecision(15));
  const scaled = Math.round(Number(`${shown}e${digits}`));
  const back = Number(`${scaled}e${-digits}`);
  return x < 0 ? -back : back;
}

/** {@link excelRound} to 2 decimals: the precision of every threshold comparison (scoring-rules §5). */
export function round2(x: number): number {
  return excelRound(x, 2);
}
