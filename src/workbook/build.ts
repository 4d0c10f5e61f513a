import { COLUMNS, PREDICATES, type Catalogue, type Column, type Thresholds } from '../lke';
import type { WorkbookName, WorkbookPlan } from './plan';
import { jawabanLayout } from './layout';
import { jawabanSheet } from './jawaban';
import { rekapSheet } from './rekap';
import { profilSheet, type ProfileSeed } from './profil';
import { metaSheet, templateIdentity } from './meta';
import { SHEETS } from './columns';
import { absolute } from './a1';
import type { RekapRows } from './rekapRows';
import { printSetups, withPrint } from './print';

const SUFFIX: Readonly<Record<Column, string>> = { unit: 'UNIT', tpi: 'TPI' };

/** Workbook names of the headline cells, all on sheet Rekap. */
function names(rows: RekapRows): WorkbookName[] {
  const out: WorkbookName[] = [];
  const at = (name: string, address: string, comment: string): void => {
    out.push({ name, sheet: SHEETS.rekap, address: absolute(address), comment });
  };
  const summary: readonly [string, string, string][] = [
    ['TOTAL', 'total', 'Nilai total'],
    ['PENGUNGKIT', 'pengungkit', 'Komponen pengungkit'],
    ['PEMENUHAN', 'pemenuhan', 'Pemenuhan'],
    ['REFORM', 'reform', 'Reform'],
    ['HASIL', 'hasil', 'Komponen hasil'],
    ['BERSIH', 'bersih', 'Hasil I. bersih dan akuntabel'],
    ['IPAK', 'ipak', 'Hasil I.a IPAK'],
    ['KINERJA', 'kinerja', 'Hasil I.b capaian kinerja'],
    ['PELAYANAN', 'pelayanan', 'Hasil II. pelayanan publik prima'],
  ];
  for (const c of COLUMNS) {
    const valueCol = c === 'unit' ? 'C' : 'E';
    for (const [name, id, label] of summary)
      at(`ZI_${name}_${SUFFIX[c]}`, `${valueCol}${rows.summary.get(id) ?? 0}`, `${label} (${c})`);
    for (const p of PREDICATES) {
      const verdictCol = c === 'unit' ? 'E' : 'H';
      at(`ZI_${p}_${SUFFIX[c]}`, `${verdictCol}${rows.criteria[p].verdict}`, `Kesimpulan Menuju ${p} (${c})`);
    }
    at(`ZI_LENGKAP_${SUFFIX[c]}`, `${c === 'unit' ? 'C' : 'D'}${rows.complete}`, `Semua isian valid (${c})`);
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
