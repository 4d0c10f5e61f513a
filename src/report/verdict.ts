import type { Column, Evaluation, Predicate } from '../lke';
import { headline } from '../lke';

/** The headline of one column and predicate, as the report prints it (one kind, one sentence). */
export interface ReportVerdict {
  readonly predicate: Predicate;
  readonly kind: 'eligible' | 'requirements-incomplete' | 'afirmasi' | 'not-eligible' | 'blocked';
  /** The sentence, Indonesian (`Memenuhi syarat Menuju WBK`, `Belum dapat dinilai: 3 belum diisi, …`). */
  readonly id: string;
}

/**
 * The verdict the report states for a column and predicate: the engine's one headline (src/lke/headline.ts),
 * as the pane, sheet Rekap and `lke-zi score` say it. The one place the report reads the engine's verdict.
 *
 * @example
 * verdictFor(ev, 'tpi', 'WBK').id // → 'Belum memenuhi: Survei persepsi anti korupsi (IPAK) kurang 0,22'
 * verdictFor(evWithErrors, 'tpi', 'WBK').id // → 'Belum dapat dinilai: 2 kesalahan isian'
 */
export function verdictFor(ev: Evaluation, column: Column, predicate: Predicate): ReportVerdict {
  const h = headline(ev.verdicts[column][predicate]);
  return { predicate, kind: h.kind, id: h.id };
}
