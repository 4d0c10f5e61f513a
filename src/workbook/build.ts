import { COLUMNS, FIGURES, PREDICATES, type Catalogue, type Thresholds } from '../lke';
import { completeCell, figureCell, figureName, verdictCell } from './where';
import type { WorkbookName, WorkbookPlan } from './plan';
import { jawabanLayout } from './layout';
import { jawabanSheet } from './jawaban';
import { rekapSheet } from './rekap';
import type { ProfileSeed } from './profil';
import { profilSheet } from './profilSheet';
import { metaSheet, templateIdentity } from './meta';
import { SHEETS } from './columns';
import { absolute } from './a1';
import type { RekapRows } from './rekapRows';
import { printSetups, withPrint } from './print';

/** Workbook names of the headline cells, all on sheet Rekap: every figure, each verdict, the complete flag. */
function names(rows: RekapRows): WorkbookName[] {
  const out: WorkbookName[] = [];
  const at = (name: string, address: string, comment: string): void => {
    out.push({ name, sheet: SHEETS.rekap, address: absolute(address), comment });
  };
  for (const c of COLUMNS) {
    for (const f of FIGURES) at(figureName(f.id, c), figureCell(rows, f.id, c), `${f.label.id} (${c})`);
    for (const p of PREDICATES)
      at(figureName(p, c), verdictCell(rows, p, c), `Kesimpulan Menuju ${p} (${c})`);
    at(figureName('lengkap', c), completeCell(rows, c), `Semua isian valid (${c})`);
  }
  return out;
}

/** Options of a plan: what the Profil sheet starts with. */
export type PlanOptions = ProfileSeed;

/**
 * The workbook plan of a catalogue: sheets Jawaban, Rekap, Profil and the veryHidden metadata sheet, the
 * headline names, and every formula cell with its meaning.
 *
 * @example
 * const plan = planWorkbook(LKE_2021, THRESHOLDS_2021, { unitName: 'KPPN Bandung', year: 2026 });
 * plan.sheets.map((s) => s.name) // → ['Jawaban', 'Rekap', 'Profil', 'LKE_ZI_META']
 * plan.names.find((n) => n.name === 'ZI_TOTAL_TPI') // → { name: 'ZI_TOTAL_TPI', sheet: 'Rekap', address: '$E$24', … }
 */
export function planWorkbook(
  catalogue: Catalogue,
  thresholds: Thresholds,
  options: PlanOptions = {},
): WorkbookPlan {
  const layout = jawabanLayout(catalogue);
  const jawaban = jawabanSheet(catalogue, layout);
  const rekap = rekapSheet(catalogue, thresholds, layout);
  const profil = profilSheet(options);
  const identity = templateIdentity(catalogue);
  return {
    identity,
    sheets: withPrint(
      [jawaban.sheet, rekap.sheet, profil.sheet, metaSheet(identity)],
      printSetups(layout, rekap.rows, options.unitName),
    ),
    names: names(rekap.rows),
    computed: [...jawaban.draft.computed, ...rekap.draft.computed, ...profil.draft.computed],
  };
}
