import { COLUMNS, criterionRules, type Catalogue, type Predicate, type Thresholds } from '../lke';
import { BAD, GOOD, NEUTRAL, type SheetDraft } from './draft';
import { marginFormula, PASS, passFormula, str, VERDICT, verdictFormula } from './formulas';
import { headlineCells } from './rekapHeadline';
import type { RekapRows } from './rekapRows';
import { CRIT_COLS, PROGRESS_COLS } from './rekapColumns';
import { completeCell, sourceRef, verdictCell } from './where';

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
    `${p === 'WBK' ? 'E' : 'F'}. Syarat nilai Menuju ${p} (dibandingkan pada nilai dibulatkan 2 desimal)`,
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
      d.formula(`${col.value}${r}`, `=${sourceRef(rows, rule.source, c)}`, {
        kind: 'criterion',
        predicate: p,
        rule: rule.id,
        part: 'value',
        column: c,
      });
      d.formula(`${col.margin}${r}`, marginFormula(`${col.value}${r}`, `B${r}`), {
        kind: 'criterion',
        predicate: p,
        rule: rule.id,
        part: 'margin',
        column: c,
      });
      d.formula(`${col.result}${r}`, passFormula(`${col.value}${r}`, `B${r}`), {
        kind: 'criterion',
        predicate: p,
        rule: rule.id,
        part: 'passed',
        column: c,
      });
    }
  });
  const last = table.header + rules.length;
  d.put(`A${table.verdict}`, `Kesimpulan Menuju ${p}`);
  for (const c of COLUMNS) {
    const col = CRIT_COLS[c];
    const range = `${col.result}${table.header + 1}:${col.result}${last}`;
    const errors = `${PROGRESS_COLS[c]}${rows.errors}`;
    d.formula(verdictCell(rows, p, c), verdictFormula(completeCell(rows, c), errors, range), {
      kind: 'verdict',
      predicate: p,
      column: c,
    });
    d.formula(`${col.result}${table.scorePassed}`, `=COUNTIF(${range},${str(PASS.fail)})=0`, {
      kind: 'scorePassed',
      predicate: p,
      column: c,
    });
    d.put(`A${table.headline[c]}`, `Simpulan Menuju ${p} (${c === 'tpi' ? 'TPI' : 'unit'})`);
    headlineCells(d, rows, rules, p, c);
  }
  d.put(`A${table.failing}`, 'Kriteria yang belum lulus');
  d.put(`A${table.blockedText}`, 'Isian yang menahan kesimpulan');
  d.put(`A${table.proposalText}`, 'Syarat pengusulan (Tabel 5, lembar Profil)');
  d.put(`I${table.header}`, 'Kekurangan unit');
  d.put(`J${table.header}`, 'Kekurangan TPI');
  d.put(`A${table.scorePassed}`, 'Semua syarat nilai lulus (dinilai walau kesimpulan ditahan)');
  const results = [CRIT_COLS.unit.result, CRIT_COLS.tpi.result];
  for (const col of results) {
    const range = `${col}${table.header + 1}:${col}${table.verdict}`;
    d.highlight(range, [
      [PASS.pass, GOOD],
      [PASS.fail, BAD],
      [VERDICT.eligible, { fill: '#00B050', fontColor: '#FFFFFF', bold: true }],
      [VERDICT.notEligible, { fill: '#C00000', fontColor: '#FFFFFF', bold: true }],
      [VERDICT.incomplete, { ...NEUTRAL, bold: true }],
    ]);
  }
}
