/** One measured figure of `npm run bench`. `value` is always measured by the bench, never typed in. */
export interface BenchRow {
  /** Which part of the product: `engine`, `workbook`, `add-in`, `rekap`. */
  readonly group: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  /** The target or a comparison, when there is one (e.g. `target ≤ 2`). */
  readonly note?: string;
}

/** A bench file (`bench/*.bench.ts`) exports `bench`: it measures and returns its rows. */
export type Bench = () => Promise<BenchRow[]>;

/** Median of a list of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}
