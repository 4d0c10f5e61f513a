import {
  COLUMNS,
  evaluate,
  PREDICATES,
  round2,
  type Catalogue,
  type Column,
  type Predicate,
  type Thresholds,
} from '../lke';
import { STATUS, VERDICT } from '../workbook';
import type { WorkbookReading } from '../excel/read';

/** A verdict as a word: the sheet's text or the engine's `eligible`, normalised. */
export type VerdictWord = 'eligible' | 'notEligible' | 'incomplete' | 'unknown';

export interface Figures {
  readonly total: number | null;
  readonly pengungkit: number | null;
  readonly hasil: number | null;
  readonly verdicts: Readonly<Record<Predicate, VerdictWord>>;
}

/** One column (unit or TPI): what the workbook's formulas say, what the engine says, and where they differ. */
export interface ColumnSummary {
  readonly column: Column;
  readonly sheet: Figures;
  readonly engine: Figures;
  readonly answered: number;
  readonly invalid: number;
  readonly questions: number;
  /** Names of the figures that differ (`total`, `WBK`, …); empty when the sheet and the engine agree. */
  readonly differences: readonly string[];
}

function sheetWord(v: unknown): VerdictWord {
  if (v === VERDICT.eligible) return 'eligible';
  if (v === VERDICT.notEligible) return 'notEligible';
  if (v === VERDICT.incomplete) return 'incomplete';
  return 'unknown';
}

function engineWord(eligible: boolean | null): VerdictWord {
  return eligible === null ? 'incomplete' : eligible ? 'eligible' : 'notEligible';
}

const FIGURES = ['total', 'pengungkit', 'hasil'] as const;

/**
 * The Status summary of a workbook reading: total, Pengungkit, Hasil and the WBK/WBBM verdicts of each column as
 * the workbook's named cells give them, cross-checked against the engine run on the answers read.
 *
 * @example
 * summarise(reading, LKE_2021, THRESHOLDS_2021).find((c) => c.column === 'tpi')?.differences // → [] when the sheet is intact
 */
export function summarise(
  r: Extract<WorkbookReading, { kind: 'read' }>,
  catalogue: Catalogue,
  thresholds: Thresholds,
): ColumnSummary[] {
  const ev = evaluate(catalogue, thresholds, r.entries, r.profile.profile);
  const named = (id: string, column: Column): unknown =>
    r.named.find((n) => n.meaning?.kind === 'summary' && n.meaning.id === id && n.meaning.column === column)
      ?.value;
  return COLUMNS.map((column): ColumnSummary => {
    const num = (id: string): number | null => {
      const v = named(id, column);
      return typeof v === 'number' ? v : null;
    };
    const sheet: Figures = {
      total: num('total'),
      pengungkit: num('pengungkit'),
      hasil: num('hasil'),
      verdicts: {
        WBK: sheetWord(named('WBK-verdict', column)),
        WBBM: sheetWord(named('WBBM-verdict', column)),
      },
    };
    const s = ev.scores[column];
    const engine: Figures = {
      total: s.total,
      pengungkit: s.pengungkit,
      hasil: s.hasil,
      verdicts: {
        WBK: engineWord(ev.verdicts[column].WBK.eligible),
        WBBM: engineWord(ev.verdicts[column].WBBM.eligible),
      },
    };
    const differences = [
      ...FIGURES.filter((f) => sheet[f] === null || round2(sheet[f] ?? 0) !== round2(engine[f] ?? 0)),
      ...PREDICATES.filter((p) => sheet.verdicts[p] !== engine.verdicts[p]),
    ];
    const statuses = [...r.statuses.values()].map((st) => st[column]);
    return {
      column,
      sheet,
      engine,
      answered: statuses.filter((v) => v === STATUS.ok).length,
      invalid: statuses.filter((v) => v === STATUS.invalid).length,
      questions: statuses.length,
      differences,
    };
  });
}
