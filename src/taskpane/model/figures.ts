import { COLUMNS, FIGURE_IDS, PREDICATES, round2, type Evaluation } from '../../lke';
import { figureName, VERDICT, type CellValue } from '../../workbook';
import type { FigureCheck, VerdictWord } from './types';

export { FIGURE_IDS, figureName };

/**
 * The sheet's verdict text as a word (anything else, an error value too, is `unknown`).
 *
 * @example
 * sheetWord('BELUM DAPAT DINILAI') // → 'incomplete'
 * sheetWord('#REF!')         // → 'unknown'
 */
export function sheetWord(v: CellValue | undefined): VerdictWord {
  if (v === VERDICT.eligible) return 'eligible';
  if (v === VERDICT.notEligible) return 'notEligible';
  if (v === VERDICT.incomplete) return 'incomplete';
  return 'unknown';
}

/**
 * The engine's `eligible` as a word.
 *
 * @example
 * engineWord(null) // → 'incomplete'
 */
export function engineWord(eligible: boolean | null): VerdictWord {
  return eligible === null ? 'incomplete' : eligible ? 'eligible' : 'notEligible';
}

/**
 * Every named figure and verdict of both columns against the engine's evaluation of the answers read.
 * A figure agrees when the sheet holds a number equal to the engine's on 2 decimals (as shown).
 *
 * @example
 * figureChecks([{ name: 'ZI_TOTAL_TPI', value: 100 }], ev).find((c) => c.id === 'total' && c.column === 'tpi')
 * // → { kind: 'figure', id: 'total', column: 'tpi', sheet: 100, engine: 81.37…, agrees: false }
 */
export function figureChecks(
  named: readonly { readonly name: string; readonly value: CellValue }[],
  ev: Evaluation,
): FigureCheck[] {
  const byName = new Map(named.map((n) => [n.name, n.value]));
  const out: FigureCheck[] = [];
  for (const column of COLUMNS) {
    const s = ev.scores[column];
    for (const id of FIGURE_IDS) {
      const sheet = byName.get(figureName(id, column)) ?? null;
      const engine = s[id];
      const agrees = typeof sheet === 'number' && round2(sheet) === round2(engine);
      out.push({ kind: 'figure', id, column, sheet, engine, agrees });
    }
    for (const p of PREDICATES) {
      const sheet = sheetWord(byName.get(figureName(p, column)));
      const engine = engineWord(ev.verdicts[column][p].eligible);
      out.push({ kind: 'verdict', id: p, column, sheet, engine, agrees: sheet === engine });
    }
  }
  return out;
}
