import type { Predicate } from '../../../lke';
import type { MessageKey } from '../../i18n';
import type { FigureCheck, FigureId, VerdictWord } from '../../model';

/** The catalogue key of each named figure. */
export const FIGURE_KEY: Readonly<Record<FigureId, MessageKey>> = {
  total: 'figTotal',
  pengungkit: 'figPengungkit',
  pemenuhan: 'figPemenuhan',
  reform: 'figReform',
  hasil: 'figHasil',
  bersih: 'figBersih',
  ipak: 'figIpak',
  kinerja: 'figKinerja',
  pelayanan: 'figPelayanan',
};

/** The catalogue key of each verdict word. */
export const WORD_KEY: Readonly<Record<VerdictWord, MessageKey>> = {
  eligible: 'wordEligible',
  notEligible: 'wordNotEligible',
  incomplete: 'wordIncomplete',
  unknown: 'wordUnknown',
};

/** The rows of the figures table: the three headline figures, then both verdicts. */
export const FIGURE_ROWS: readonly (FigureId | Predicate)[] = ['total', 'pengungkit', 'hasil', 'WBK', 'WBBM'];

/**
 * The check of one figure or verdict in one column.
 *
 * @example
 * checkOf(model.data.checks, 'total', 'tpi')?.sheet // → 87.2
 */
export function checkOf(
  checks: readonly FigureCheck[],
  id: FigureId | Predicate,
  column: 'unit' | 'tpi',
): FigureCheck | undefined {
  return checks.find((c) => c.id === id && c.column === column);
}
