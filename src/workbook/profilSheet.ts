import { PREDICATES, REQUIREMENTS, requiredLabel } from '../lke';
import type { SheetPlan, ValidationRange } from './plan';
import { BAD, GOOD, NEUTRAL, SheetDraft } from './draft';
import { SHEETS } from './columns';
import { FACT_CELLS, factReadingFormula, factValid, SERVICE_HINT, type FactCell } from './profilFacts';
import {
  afirmasiFormula,
  factCell,
  FACT_COLS,
  heldFormula,
  rankFormula,
  rankScale,
  HELD_OPTIONS,
  PROFIL,
  REQ_COLS,
  REQ_STATUS,
  requirementCell,
  requirementFormula,
  requirementsMetCell,
  type ProfileSeed,
} from './profil';

function factValidation(f: FactCell, range: string): ValidationRange {
  const e = f.entry;
  if (e.kind === 'choice') {
    const options = e.options.map(([t]) => t);
    return {
      range,
      rule: { kind: 'list', options },
      allowBlank: true,
      errorStyle: 'warning',
      prompt: null,
      error: { title: 'Tabel 5', message: `Pilih ${options.join(' / ')}.` },
    };
  }
  const bounds = e.percent ? `${e.min * 100}% sampai ${e.max * 100}%` : `${e.min} sampai ${e.max}`;
  return {
    range,
    rule: e.whole ? { kind: 'whole', min: e.min, max: e.max } : { kind: 'decimal', min: e.min, max: e.max },
    allowBlank: true,
    errorStyle: 'warning',
    prompt: null,
    error: { title: 'Tabel 5', message: `Isi angka ${bounds}; selain itu dibaca belum diisi.` },
  };
}

/**
 * Sheet `Profil`: the unit, the predicate already held, the Tabel 5 facts (entered, not ticked), and their
 * check for each predicate by formulas built from the engine's rules, with the afirmasi route.
 *
 * @example
 * profilSheet({ unitName: 'KPPN Bandung', year: 2026 }).sheet.unlocked // → ['B3:B7', 'B12:B23']
 */
export function profilSheet(seed: ProfileSeed = {}): { sheet: SheetPlan; draft: SheetDraft } {
  const d = new SheetDraft(SHEETS.profil);
  d.tabColor = '#70AD47';
  d.put('A1', 'Profil unit kerja');
  d.put('A2', 'Isian');
  d.put('B2', 'Nilai');
  const rows: [string, string][] = [
    [PROFIL.unitName, 'Nama unit kerja'],
    [PROFIL.unitId, 'ID unit PortalRB'],
    [PROFIL.instansi, 'Instansi'],
    [PROFIL.year, 'Tahun penilaian'],
    [PROFIL.held, 'Predikat yang sudah dimiliki'],
    [PROFIL.heldValue, 'Sudah berpredikat Menuju WBK/WBBM (1 = ya)'],
  ];
  for (const [address, label] of rows) d.put(address.replace('B', 'A'), label);
  d.put(PROFIL.unitName, seed.unitName ?? null);
  d.put(PROFIL.year, seed.year ?? null);
  d.put(PROFIL.held, HELD_OPTIONS.none);
  d.formula(PROFIL.heldValue, heldFormula(PROFIL.held), { kind: 'held' });
  d.unlocked.push('B3:B7');
  d.validations.push({
    range: PROFIL.year,
    rule: { kind: 'whole', min: 2000, max: 2100 },
    allowBlank: true,
    errorStyle: 'warning',
    prompt: null,
    error: { title: 'Tahun', message: 'Isi tahun empat angka, mis. 2026.' },
  });
  d.validations.push({
    range: PROFIL.held,
    rule: { kind: 'list', options: Object.values(HELD_OPTIONS) },
    allowBlank: true,
    errorStyle: 'warning',
    prompt: { title: 'Predikat', message: 'Syarat Menuju WBBM: sudah berpredikat Menuju WBK.' },
    error: { title: 'Predikat', message: `Pilih ${Object.values(HELD_OPTIONS).join(' / ')}.` },
  });

  const first = PROFIL.factsFirstRow;
  const last = first + FACT_CELLS.length - 1;
  d.put(`A${first - 2}`, 'Tabel 5. Fakta persyaratan pengusulan (PermenPANRB 5/2024)');
  ['Fakta', 'Isian', 'Pilihan', 'Dibaca', 'Sah', 'Peringkat'].forEach((t, i) =>
    d.put(`${'ABCDEF'[i] ?? 'A'}${first - 1}`, t),
  );
  FACT_CELLS.forEach((f) => {
    const cell = factCell(f.fact);
    const r = Number(cell.slice(1));
    d.put(`A${r}`, f.label.id);
    d.put(
      `C${r}`,
      f.fact === 'serviceKind'
        ? SERVICE_HINT
        : f.entry.kind === 'choice'
          ? f.entry.options.map(([t]) => t).join(' / ')
          : f.entry.percent
            ? 'persen, mis. 100%'
            : `angka ${f.entry.min}–${f.entry.max}`,
    );
    d.validations.push(factValidation(f, cell));
    const reading = `${FACT_COLS.reading}${r}`;
    if (f.entry.kind === 'choice')
      d.formula(reading, factReadingFormula(cell), { kind: 'factReading', fact: f.fact });
    d.formula(`${FACT_COLS.valid}${r}`, `=${factValid(f.entry, cell, reading)}`, {
      kind: 'factValid',
      fact: f.fact,
    });
    const scale = rankScale(f.fact);
    if (scale)
      d.formula(`${FACT_COLS.rank}${r}`, rankFormula(scale, reading), { kind: 'factRank', fact: f.fact });
    if (f.entry.kind === 'number' && f.entry.percent) d.numberFormats.push({ range: cell, format: '0%' });
  });
  d.unlocked.push(`B${first}:B${last}`);
  d.put(`A${first + FACT_CELLS.length}`, 'Jalur afirmasi (Pemda, salah satu dari enam jenis layanan)');
  d.formula(PROFIL.afirmasi, afirmasiFormula(), { kind: 'afirmasi' });

  const rf = PROFIL.requirementsFirstRow;
  d.put(`A${rf - 2}`, 'Pemeriksaan Tabel 5 (dihitung dari fakta di atas)');
  ['Persyaratan', 'Tingkat', 'Syarat Menuju WBK', 'Menuju WBK', 'Syarat Menuju WBBM', 'Menuju WBBM'].forEach(
    (t, i) => d.put(`${'ABCDEF'[i] ?? 'A'}${rf - 1}`, t),
  );
  REQUIREMENTS.forEach((rule, i) => {
    const r = rf + i;
    d.put(`A${r}`, rule.label.id);
    d.put(`B${r}`, rule.level);
    for (const p of PREDICATES) {
      d.put(`${REQ_COLS[p].required}${r}`, requiredLabel(rule, p).id);
      d.formula(requirementCell(rule.id, p), requirementFormula(rule, p), {
        kind: 'requirement',
        predicate: p,
        id: rule.id,
      });
    }
  });
  const met = PROFIL.requirementsMetRow;
  d.put(`A${met}`, `Terpenuhi (dari ${REQUIREMENTS.length})`);
  for (const p of PREDICATES) {
    const col = REQ_COLS[p].status;
    d.formula(requirementsMetCell(p), `=COUNTIF(${col}${rf}:${col}${met - 1},"${REQ_STATUS.met}")`, {
      kind: 'requirementsMet',
      predicate: p,
    });
  }

  d.styles.push({ range: 'A1', bold: true });
  for (const h of ['A2:B2', `A${first - 1}:F${first - 1}`, `A${rf - 1}:F${rf - 1}`])
    d.styles.push({ range: h, fill: '#1F3864', fontColor: '#FFFFFF', bold: true });
  d.styles.push({ range: `A${first - 2}`, bold: true }, { range: `A${rf - 2}`, bold: true });
  d.styles.push({ range: `A${met}:F${met}`, bold: true });
  d.styles.push({ range: 'B3:B7', fill: '#FFFDE7' }, { range: `B${first}:B${last}`, fill: '#FFFDE7' });
  for (const p of PREDICATES) {
    const range = `${REQ_COLS[p].status}${rf}:${REQ_COLS[p].status}${met - 1}`;
    d.highlight(range, [
      [REQ_STATUS.met, GOOD],
      [REQ_STATUS.unmet, BAD],
      [REQ_STATUS.empty, NEUTRAL],
    ]);
  }
  d.widths({ A: 46, B: 30, C: 30, D: 18, E: 30, F: 18 });
  d.wrap.push(`A${rf}:A${met - 1}`, `C${first}:C${last}`, `A${rf - 1}:F${rf - 1}`);
  d.fitRows(
    FACT_CELLS.map((_, i) => first + i),
    ['A', 'C'],
  );
  d.print = { orientation: 'landscape', fitToWidth: 1, titleRows: null };
  d.freeze = { rows: 2, columns: 0 };
  return { sheet: d.finish(), draft: d };
}
