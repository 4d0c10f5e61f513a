import type { Catalogue, LkeNode } from '../../lke';
import type { Bilingual } from '../i18n/catalogue';
import type { GroupId } from './types';

/**
 * The group of every question: the change area (1..6) of the leaf it sits under, or `hasil` for the
 * questions of komponen Hasil.
 *
 * @example
 * questionGroups(LKE_2021).get(1)   // → 1 (Manajemen Perubahan)
 * questionGroups(LKE_2021).get(125) // → 'hasil' (IPAK)
 */
export function questionGroups(catalogue: Catalogue): Map<number, GroupId> {
  const out = new Map<number, GroupId>();
  const walk = (n: LkeNode): void => {
    for (const q of n.questions) out.set(q.soalId, n.area ?? 'hasil');
    n.children.forEach(walk);
  };
  catalogue.roots.forEach(walk);
  return out;
}

/**
 * The groups in the order the pane lists them (areas by number, then Hasil), with their bilingual names.
 *
 * @example
 * groupOrder(LKE_2021).map((g) => g.group) // → [1, 2, 3, 4, 5, 6, 'hasil']
 */
export function groupOrder(catalogue: Catalogue): { group: GroupId; label: Bilingual }[] {
  return [
    ...catalogue.areas.map((a) => ({
      group: a.id,
      label: { id: `${a.id}. ${a.name}`, en: `${a.id}. ${a.nameEn}` },
    })),
    { group: 'hasil', label: { id: 'Hasil', en: 'Results (Hasil)' } },
  ];
}
