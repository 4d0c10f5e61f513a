import {
  COLUMNS,
  criterionRules,
  type Catalogue,
  type Column,
  type Predicate,
  type Thresholds,
} from '../lke';
import type { SheetDraft } from './draft';
import { SHEETS } from './columns';
import { marginFormula, PASS, passFormula, VERDICT, verdictFormula } from './formulas';
import { PROFIL } from './profil';
import type { RekapRows } from './rekapRows';
import { AREA_COLS, CRIT_COLS, PROGRESS_COLS, SUMMARY_COLS } from './rekapColumns';

/** Where each criterion's value sits on this sheet (rule id → unit/TPI cell). */
function criterionSource(id: string, rows: RekapRows, c: Column): string {
  if (id === 'predikat-wbk') return `${SHEETS.profil}!${PROFIL.heldValue}`;
  const area = /^area-(\d+)$/.exec(id);
  if (area) return `${AREA_COLS[c].total}${rows.area.get(Number(area[1])) ?? 0}`;
  const r = rows.summary.get(id);
  if (r === undefined) throw new RangeError(`criterion ${id} has no figure on sheet Rekap`);
  return `${SUMMARY_COLS[c].value}${r}`;
}

/** One criteria table (WBK or WBBM) with PASS/FAIL per criterion and the verdict row, for both columns. */
export function criteriaTable(
  d: SheetDraft,
  catalogue: Catalogue,
  thresholds: Thresholds,
  rows: RekapRows,
  p: Predicate,
): void {
  const table = rows.criteria[p];
  d.put(
    `A${table.header - 1}`,
    `${p === 'WBK' ? 'D' : 'E'}. Syarat nilai Menuju ${p} (dibandingkan pada nilai dibulatkan 2 desimal)`,
  );
  ['Kriteria', 'Ambang', 'Nilai unit', 'Selisih unit', 'Unit', 'Nilai TPI', 'Selisih TPI', 'TPI'].forEach(
    (t, i) => d.put(`${'ABCDEFGH'[i] ?? 'A'}${table.header}`, t),
  );
  const rules = criterionRules(catalogue, thresholds).filter((r) => r.threshold[p] !== undefined);
  rules.forEach((rule, i) => {
    const r = table.header + 1 + i;
    d.put(`A${r}`, rule.label.id);
    d.put(`B${r}`, rule.threshold[p] ?? 0);
    for (const c of COLUMNS) {
      const col = CRIT_COLS[c];
      d.formula(`${col.value}${r}`, `=${criterionSource(rule.id, rows, c)}`, {
        kind: 'summary',
        id: `${p}-${rule.id}-value`,
        column: c,
      });
      d.formula(`${col.margin}${r}`, marginFormula(`${col.value}${r}`, `B${r}`), {
        kind: 'summary',
        id: `${p}-${rule.id}-margin`,
        column: c,
      });
      d.formula(`${col.result}${r}`, passFormula(`${col.value}${r}`, `B${r}`), {
        kind: 'summary',
        id: `${p}-${rule.id}-passed`,
        column: c,
      });
    }
  });
  const last = table.header + rules.length;
  d.put(`A${table.verdict}`, `Kesimpulan Menuju ${p}`);
  for (const c of COLUMNS) {
    const col = CRIT_COLS[c];
    const f = verdictFormula(
      `${PROGRESS_COLS[c]}${rows.complete}`,
      `${col.result}${table.header + 1}:${col.result}${last}`,
    );
    d.formula(`${col.result}${table.verdict}`, f, { kind: 'summary', id: `${p}-verdict`, column: c });
  }
  const results = [CRIT_COLS.unit.result, CRIT_COLS.tpi.result];
  for (const col of results) {
    const range = `${col}${table.header + 1}:${col}${table.verdict}`;
    d.conditionalFormats.push({
      range,
      rule: { kind: 'equals', value: PASS.pass },
      format: { fill: '#C6EFCE', fontColor: '#006100' },
    });
    d.conditionalFormats.push({
      range,
      rule: { kind: 'equals', value: PASS.fail },
      format: { fill: '#FFC7CE', fontColor: '#9C0006' },
    });
    d.conditionalFormats.push({
      range,
      rule: { kind: 'equals', value: VERDICT.eligible },
      format: { fill: '#00B050', fontColor: '#FFFFFF', bold: true },
    });
    d.conditionalFormats.push({
      range,
      rule: { kind: 'equals', value: VERDICT.notEligible },
      format: { fill: '#C00000', fontColor: '#FFFFFF', bold: true },
    });
    d.conditionalFormats.push({
      range,
      rule: { kind: 'equals', value: VERDICT.incomplete },
      format: { fill: '#FFEB9C', fontColor: '#9C5700', bold: true },
    });
  }
}
