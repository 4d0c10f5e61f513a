import type { Column, Evaluation, Predicate } from '../lke';
import { idMargin, idNumber } from './format';

/** The headline of one column and predicate, as the report prints it (one kind, one sentence). */
export interface ReportVerdict {
  readonly predicate: Predicate;
  readonly kind: 'eligible' | 'requirements-incomplete' | 'afirmasi' | 'not-eligible' | 'blocked';
  /** The sentence, Indonesian (`Memenuhi syarat Menuju WBK`, `Belum dapat dinilai: 3 belum diisi, …`). */
  readonly id: string;
}

/**
 * The verdict the report states for a column and predicate: blocked while an entry is missing or wrong (no
 * verdict over bad entries), else the score's verdict beside the Tabel 5 requirements. The one place the
 * report reads the engine's verdict.
 *
 * @example
 * verdictFor(ev, 'tpi', 'WBK').id // → 'Belum memenuhi: Survei persepsi anti korupsi (IPAK) 15,53 < 15,75 (−0,22)'
 * verdictFor(evWithErrors, 'tpi', 'WBK').id // → 'Belum dapat dinilai: 0 belum diisi, 2 kesalahan isian'
 */
export function verdictFor(ev: Evaluation, column: Column, predicate: Predicate): ReportVerdict {
  const v = ev.verdicts[column][predicate];
  const errors = ev.issues.filter((i) => i.column === column && i.severity === 'error').length;
  const errorSoal = new Set(
    ev.issues.filter((i) => i.column === column && i.severity === 'error').map((i) => i.soal_id),
  );
  const missing = v.missing.filter((id) => !errorSoal.has(id)).length;
  if (v.eligible === null || errors > 0)
    return {
      predicate,
      kind: 'blocked',
      id: `Belum dapat dinilai: ${missing} belum diisi, ${errors} kesalahan isian`,
    };
  if (!v.eligible) {
    const failing = v.criteria
      .filter((c) => !c.passed)
      .map((c) => `${c.label.id} ${idNumber(c.value)} < ${idNumber(c.threshold)} (${idMargin(c.margin)})`);
    return { predicate, kind: 'not-eligible', id: `Belum memenuhi: ${failing.join('; ')}` };
  }
  const met = v.checklist.filter((c) => c.ticked).length;
  if (met < v.checklist.length)
    return {
      predicate,
      kind: 'requirements-incomplete',
      id: `Nilai memenuhi; syarat pengusulan belum lengkap (${met} dari ${v.checklist.length})`,
    };
  return { predicate, kind: 'eligible', id: `Memenuhi syarat Menuju ${predicate}` };
}
