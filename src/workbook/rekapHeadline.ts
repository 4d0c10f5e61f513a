import { HELD_CRITERION, REQUIREMENTS, type Column, type CriterionRule, type Predicate } from '../lke';
import type { SheetDraft } from './draft';
import { SHEETS } from './columns';
import { VERDICT, str } from './formulas';
import { PROFIL, requirementsMetCell } from './profil';
import type { RekapRows } from './rekapRows';
import { CRIT_COLS, PROGRESS_COLS, SHORT_COLS } from './rekapColumns';
import { verdictCell } from './where';

/**
 * A failing criterion's part of the headline, `; <label> kurang 2,90` (empty when it passes). The shortfall is
 * built from whole numbers only, so no host's locale changes it (number-to-text with `&` would use the
 * locale's decimal comma or point).
 *
 * @example
 * shortfallFormula('E40', 'A40', 'D40')
 * // → '=IF(E40="GAGAL","; "&A40&" kurang "&INT(ROUND(-D40*100,0)/100)&","&RIGHT("0"&MOD(ROUND(-D40*100,0),100),2),"")'
 */
export function shortfallFormula(result: string, label: string, margin: string): string {
  const cents = `ROUND(-${margin}*100,0)`;
  return `=IF(${result}="GAGAL","; "&${label}&" kurang "&INT(${cents}/100)&","&RIGHT("0"&MOD(${cents},100),2),"")`;
}

/**
 * The headline cells of one criteria table for one column, as `headline()` in src/lke/headline.ts says it:
 * each failing criterion's part (the held predicate first), the withheld sentence, the Tabel 5 sentence and
 * the headline choosing among them.
 */
export function headlineCells(
  d: SheetDraft,
  rows: RekapRows,
  rules: readonly CriterionRule[],
  p: Predicate,
  c: Column,
): void {
  const t = rows.criteria[p];
  const col = CRIT_COLS[c];
  const short = SHORT_COLS[c];
  const order: string[] = [];
  rules.forEach((rule, i) => {
    const r = t.header + 1 + i;
    const f =
      rule.id === HELD_CRITERION
        ? `=IF(${col.result}${r}="GAGAL",${str('; belum berpredikat Menuju WBK')},"")`
        : shortfallFormula(`${col.result}${r}`, `A${r}`, `${col.margin}${r}`);
    d.formula(`${short}${r}`, f, { kind: 'shortfall', predicate: p, rule: rule.id, column: c });
    if (rule.id === HELD_CRITERION) order.unshift(`${short}${r}`);
    else order.push(`${short}${r}`);
  });
  d.formula(`${col.result}${t.failing}`, `=MID(${order.join('&')},3,9999)`, {
    kind: 'failing',
    predicate: p,
    column: c,
  });
  const n = `${PROGRESS_COLS[c]}${rows.empty}`;
  const m = `${PROGRESS_COLS[c]}${rows.errors}`;
  d.formula(
    `${col.result}${t.blockedText}`,
    `="Belum dapat dinilai: "&IF(${n}>0,${n}&" belum diisi"&IF(${m}>0,", ",""),"")&IF(${m}>0,${m}&" kesalahan isian","")`,
    { kind: 'blockedText', column: c, predicate: p },
  );
  const met = `${SHEETS.profil}!${requirementsMetCell(p)}`;
  const total = REQUIREMENTS.length;
  const incomplete = `"Nilai memenuhi; syarat pengusulan belum lengkap ("&${met}&" dari ${total})"`;
  const rest =
    p === 'WBK'
      ? `IF(${SHEETS.profil}!${PROFIL.afirmasi},"Nilai memenuhi; jalur afirmasi",${incomplete})`
      : incomplete;
  d.formula(
    `${col.result}${t.proposalText}`,
    `=IF(${met}=${total},${str(`Memenuhi syarat Menuju ${p}`)},${rest})`,
    {
      kind: 'proposalText',
      predicate: p,
      column: c,
    },
  );
  const v = verdictCell(rows, p, c);
  d.formula(
    `B${t.headline[c]}`,
    `=IF(${v}=${str(VERDICT.incomplete)},${col.result}${t.blockedText},IF(${v}=${str(VERDICT.notEligible)},"Belum memenuhi: "&${col.result}${t.failing},${col.result}${t.proposalText}))`,
    { kind: 'headline', predicate: p, column: c },
  );
}
