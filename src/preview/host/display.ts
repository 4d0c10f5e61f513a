import type { ApiValue } from './book';
import type { ConditionalModel, SheetModel } from './sheet';
import { contains } from './a1';

/**
 * A value as the grid shows it under a number format (the few formats the template uses).
 *
 * @example
 * displayValue(0.756, '0.00%') // → '75.60%'
 * displayValue(3.14159, '0.00') // → '3.14'
 */
export function displayValue(v: ApiValue, format: string): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v !== 'number') return v;
  const decimals = /0\.(0+)/.exec(format)?.[1]?.length ?? (/^0$|^0%$/.test(format) ? 0 : null);
  if (format.includes('%')) return `${(v * 100).toFixed(decimals ?? 0)}%`;
  if (decimals !== null) return v.toFixed(decimals);
  return String(Math.round(v * 1e10) / 1e10);
}

function matches(c: ConditionalModel, v: ApiValue): boolean {
  if (c.type === 'ContainsText') {
    const text = c.textRule?.text ?? '';
    return typeof v === 'string' && v.toLowerCase().includes(text.toLowerCase());
  }
  const f = String(c.cellValueRule?.formula1 ?? '');
  const m = /^="(.*)"$/.exec(f);
  if (m) return typeof v === 'string' && v.toLowerCase() === (m[1] ?? '').replace(/""/g, '"').toLowerCase();
  const n = Number(f.replace(/^=/, ''));
  return typeof v === 'number' && v === n;
}

/** The conditional format that applies to a cell's value (the first added wins), or null. */
export function conditionalAt(
  sheet: SheetModel,
  row: number,
  col: number,
  v: ApiValue,
): ConditionalModel | null {
  return sheet.conditionals.find((c) => contains(c.rect, row, col) && matches(c, v)) ?? null;
}
