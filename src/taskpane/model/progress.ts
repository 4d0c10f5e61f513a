import type { Catalogue, Evaluation } from '../../lke';
import { groupOrder, questionGroups } from './groups';
import type { PartProgress } from './types';

/**
 * Entries holding a valid answer per area (and Hasil), per column, from the engine's `missing` lists.
 *
 * @example
 * partProgress(LKE_2021, ev)[0] // → { group: 1, label: { id: '1. Manajemen Perubahan', … }, total: 12, done: { unit: 12, tpi: 9 } }
 */
export function partProgress(catalogue: Catalogue, ev: Evaluation): PartProgress[] {
  const groups = questionGroups(catalogue);
  const missing = {
    unit: new Set(ev.scores.unit.missing),
    tpi: new Set(ev.scores.tpi.missing),
  };
  return groupOrder(catalogue).map(({ group, label }) => {
    const ids = [...groups].filter(([, g]) => g === group).map(([id]) => id);
    const done = (set: ReadonlySet<number>): number => ids.filter((id) => !set.has(id)).length;
    return { group, label, total: ids.length, done: { unit: done(missing.unit), tpi: done(missing.tpi) } };
  });
}
