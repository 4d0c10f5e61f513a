import {
  COLUMNS,
  indexOf,
  PREDICATES,
  type Catalogue,
  type Column,
  type LkeNode,
  type Thresholds,
} from '../lke';
import type { SheetPlan } from './plan';
import { SheetDraft } from './draft';
import { SHEETS, SIDE } from './columns';
import type { JawabanLayout } from './layout';
import { STATUS } from './formulas';
import { AREA_COLS, PROGRESS_COLS, SUMMARY_COLS } from './rekapColumns';
import { criteriaTable } from './rekapCriteria';
import { PROFIL } from './profil';
import { rekapRows, type RekapRows } from './rekapRows';
import { recommendationCells } from './recommendations';

const J = SHEETS.jawaban;
function nodeRef(layout: JawabanLayout, key: string, c: Column): string {
  return `=${J}!${SIDE[c].value}${layout.nodeRow.get(key) ?? 0}`;
}

function areaTable(d: SheetDraft, catalogue: Catalogue, layout: JawabanLayout, rows: RekapRows): void {
  const ix = indexOf(catalogue);
  const k = catalogue.keyNodes;
  d.put(`A${rows.areaHeader - 1}`, 'A. Nilai per area (Pemenuhan + Reform)');
  [
    'Area',
    'Bobot',
    'Pemenuhan unit',
    'Reform unit',
    'Total unit',
    '% unit',
    'Pemenuhan TPI',
    'Reform TPI',
    'Total TPI',
    '% TPI',
  ].forEach((t, i) => d.put(`${'ABCDEFGHIJ'[i] ?? 'A'}${rows.areaHeader}`, t));
  catalogue.areas.forEach((a) => {
    const r = rows.area.get(a.id) ?? 0;
    d.put(`A${r}`, `${a.id}. ${a.name}`);
    d.put(`B${r}`, a.weight);
    for (const c of COLUMNS) {
      const col = AREA_COLS[c];
      const part = (aspek: string): string =>
        ix.node.get(aspek)?.children.find((n) => n.area === a.id)?.key ?? '';
      d.formula(`${col.pemenuhan}${r}`, nodeRef(layout, part(k.pemenuhan), c), {
        kind: 'summary',
        id: `area-${a.id}-pemenuhan`,
        column: c,
      });
      d.formula(`${col.reform}${r}`, nodeRef(layout, part(k.reform), c), {
        kind: 'summary',
        id: `area-${a.id}-reform`,
        column: c,
      });
      d.formula(`${col.total}${r}`, `=${col.pemenuhan}${r}+${col.reform}${r}`, {
        kind: 'summary',
        id: `area-${a.id}`,
        column: c,
      });
      d.formula(`${col.share}${r}`, `=${col.total}${r}/B${r}`, {
        kind: 'summary',
        id: `area-${a.id}-share`,
        column: c,
      });
    }
  });
}

/** The summary rows: label, node key (or 'total'), weight. */
function summaryTable(d: SheetDraft, catalogue: Catalogue, layout: JawabanLayout, rows: RekapRows): void {
  d.put(`A${rows.summaryHeader - 1}`, 'B. Ringkasan nilai');
  ['Bagian', 'Bobot', 'Nilai unit', '% unit', 'Nilai TPI', '% TPI'].forEach((t, i) =>
    d.put(`${'ABCDEF'[i] ?? 'A'}${rows.summaryHeader}`, t),
  );
  const ix = indexOf(catalogue);
  for (const [id, r] of rows.summary) {
    const key = id === 'total' ? null : (catalogue.keyNodes as unknown as Record<string, string>)[id];
    const node = key ? ix.node.get(key) : undefined;
    d.put(`A${r}`, rows.summaryLabel.get(id) ?? id);
    d.put(`B${r}`, node ? node.weight : catalogue.roots.reduce((s, n) => s + n.weight, 0));
    for (const c of COLUMNS) {
      const col = SUMMARY_COLS[c];
      const formula = key
        ? nodeRef(layout, key, c)
        : '=' +
          [rows.summary.get('pengungkit'), rows.summary.get('hasil')]
            .map((x) => `${col.value}${x ?? 0}`)
            .join('+');
      d.formula(`${col.value}${r}`, formula, { kind: 'summary', id, column: c });
      d.formula(`${col.share}${r}`, `=${col.value}${r}/B${r}`, {
        kind: 'summary',
        id: `${id}-share`,
        column: c,
      });
    }
  }
}

function questionsUnder(n: LkeNode | undefined): number {
  return n ? n.questions.length + n.children.reduce((s, c) => s + questionsUnder(c), 0) : 0;
}

function progressTable(d: SheetDraft, catalogue: Catalogue, layout: JawabanLayout, rows: RekapRows): void {
  const ix = indexOf(catalogue);
  d.put(`A${rows.progressHeader - 1}`, 'C. Kelengkapan isian (jawaban valid / jumlah isian)');
  ['Bagian', 'Jumlah isian', 'Valid unit', 'Valid TPI'].forEach((t, i) =>
    d.put(`${'ABCD'[i] ?? 'A'}${rows.progressHeader}`, t),
  );
  for (const part of rows.progressParts) {
    d.put(`A${part.row}`, part.label);
    const keys = part.nodeKeys;
    d.put(
      `B${part.row}`,
      keys.reduce((s, key) => s + questionsUnder(ix.node.get(key)), 0),
    );
    for (const c of COLUMNS) {
      const terms = keys.map((key) => {
        const span = layout.span.get(key);
        const s = SIDE[c].status;
        return `COUNTIF(${J}!${s}${span?.first ?? 0}:${s}${span?.last ?? 0},"${STATUS.ok}")`;
      });
      d.formula(`${PROGRESS_COLS[c]}${part.row}`, `=${terms.join('+')}`, {
        kind: 'summary',
        id: `progress-${part.id}`,
        column: c,
      });
    }
  }
  const t = rows.progressTotal;
  d.put(`A${t}`, 'Jumlah');
  d.formula(`B${t}`, `=SUM(B${t - rows.progressParts.length}:B${t - 1})`, {
    kind: 'summary',
    id: 'questions',
    column: null,
  });
  d.put(`A${rows.complete}`, 'Lengkap (semua isian valid)');
  for (const c of COLUMNS) {
    const col = PROGRESS_COLS[c];
    d.formula(`${col}${t}`, `=SUM(${col}${t - rows.progressParts.length}:${col}${t - 1})`, {
      kind: 'summary',
      id: 'progress',
      column: c,
    });
    d.formula(`${col}${rows.complete}`, `=${col}${t}=B${t}`, { kind: 'summary', id: 'complete', column: c });
  }
}

function formats(d: SheetDraft, rows: RekapRows): void {
  const headers = [
    rows.areaHeader,
    rows.summaryHeader,
    rows.progressHeader,
    rows.criteria.WBK.header,
    rows.criteria.WBBM.header,
  ];
  for (const h of headers)
    d.styles.push({ range: `A${h}:J${h}`, fill: '#1F3864', fontColor: '#FFFFFF', bold: true });
  for (const h of headers) d.styles.push({ range: `A${h - 1}`, bold: true });
  d.styles.push({ range: 'A1', bold: true });
  const firstArea = rows.areaHeader + 1;
  const lastArea = rows.areaHeader + rows.area.size;
  d.numberFormats.push(
    { range: `B${firstArea}:E${lastArea}`, format: '0.00' },
    { range: `F${firstArea}:F${lastArea}`, format: '0.00%' },
  );
  d.numberFormats.push(
    { range: `G${firstArea}:I${lastArea}`, format: '0.00' },
    { range: `J${firstArea}:J${lastArea}`, format: '0.00%' },
  );
  const s1 = rows.summaryHeader + 1;
  const s2 = rows.summaryHeader + rows.summary.size;
  d.numberFormats.push(
    { range: `B${s1}:C${s2}`, format: '0.00' },
    { range: `D${s1}:D${s2}`, format: '0.00%' },
  );
  d.numberFormats.push(
    { range: `E${s1}:E${s2}`, format: '0.00' },
    { range: `F${s1}:F${s2}`, format: '0.00%' },
  );
  d.styles.push({
    range: `A${rows.summary.get('total') ?? 0}:F${rows.summary.get('total') ?? 0}`,
    bold: true,
  });
  for (const p of PREDICATES) {
    const t = rows.criteria[p];
    d.numberFormats.push(
      { range: `B${t.header + 1}:D${t.verdict - 1}`, format: '0.00' },
      { range: `F${t.header + 1}:G${t.verdict - 1}`, format: '0.00' },
    );
    d.styles.push({ range: `A${t.verdict}:H${t.verdict}`, bold: true });
  }
}

/**
 * Sheet `Rekap`: areas, summary, progress, and the WBK/WBBM criteria with PASS/FAIL and the verdicts.
 *
 * @example
 * rekapSheet(LKE_2021, THRESHOLDS_2021, jawabanLayout(LKE_2021)).rows.summary.get('total') // → the row of "Nilai total"
 */
export function rekapSheet(
  catalogue: Catalogue,
  thresholds: Thresholds,
  layout: JawabanLayout,
): { sheet: SheetPlan; draft: SheetDraft; rows: RekapRows } {
  const rows = rekapRows(catalogue, thresholds);
  const d = new SheetDraft(SHEETS.rekap);
  d.tabColor = '#C00000';
  d.put('A1', `Rekapitulasi ${catalogue.title} (${catalogue.regulation})`);
  d.put('A2', 'Unit kerja');
  d.formula('B2', `=${SHEETS.profil}!${PROFIL.unitName}&""`, {
    kind: 'summary',
    id: 'unit-name',
    column: null,
  });
  areaTable(d, catalogue, layout, rows);
  summaryTable(d, catalogue, layout, rows);
  progressTable(d, catalogue, layout, rows);
  for (const p of PREDICATES) criteriaTable(d, catalogue, thresholds, rows, p);
  formats(d, rows);
  recommendationCells(d, catalogue, rows);
  d.widths({ A: 52, B: 10, C: 13, D: 13, E: 17, F: 13, G: 13, H: 17, I: 13, J: 13 });
  d.wrap.push(
    `A${rows.progressHeader}:D${rows.progressHeader}`,
    `A${rows.areaHeader}:J${rows.areaHeader}`,
    `A${rows.criteria.WBK.header}:H${rows.criteria.WBK.header}`,
    `A${rows.criteria.WBBM.header}:H${rows.criteria.WBBM.header}`,
  );
  for (const h of [rows.areaHeader, rows.progressHeader, rows.criteria.WBK.header, rows.criteria.WBBM.header])
    d.rowHeights.push({ row: h, height: 30 });
  d.print = { orientation: 'landscape', fitToWidth: 1, titleRows: null };
  d.freeze = { rows: 2, columns: 1 };
  return { sheet: d.finish(), draft: d, rows };
}
