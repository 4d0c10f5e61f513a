import { PROPOSAL_CHECKLIST, type HeldPredicate, type UnitProfile } from '../lke';
import type { CellValue, SheetPlan } from './plan';
import { SheetDraft } from './draft';
import { SHEETS } from './columns';
import { str } from './formulas';

/** The held-predicate options of the Profil drop-down; anything else reads as "none". */
export const HELD_OPTIONS: Readonly<Record<HeldPredicate, string>> = {
  none: 'Belum ada',
  WBK: 'Menuju WBK',
  WBBM: 'Menuju WBBM',
};

/** Input cells of sheet `Profil`. */
export const PROFIL = {
  unitName: 'B3',
  unitId: 'B4',
  instansi: 'B5',
  year: 'B6',
  held: 'B7',
  /** 1 when the unit already holds Menuju WBK or WBBM (formula). */
  heldValue: 'B8',
  checklistFirstRow: 12,
  checklistColumn: 'E',
} as const;

/** The checklist answer options. */
export const TICK = { yes: 'Ya', no: 'Tidak' } as const;

/**
 * The formula reading the held predicate: 1 for Menuju WBK or Menuju WBBM (case and spaces forgiven), else 0.
 *
 * @example
 * heldFormula('B7') // → '=IF(ISTEXT(B7),IF(OR(UPPER(TRIM(B7))="MENUJU WBK",UPPER(TRIM(B7))="MENUJU WBBM"),1,0),0)'
 */
export function heldFormula(cell: string): string {
  const t = `UPPER(TRIM(${cell}))`;
  return `=IF(ISTEXT(${cell}),IF(OR(${t}=${str(HELD_OPTIONS.WBK.toUpperCase())},${t}=${str(HELD_OPTIONS.WBBM.toUpperCase())}),1,0),0)`;
}

/** What sheet Profil says about the unit. */
export interface ProfileReading {
  readonly unitName: string | null;
  readonly unitId: string | number | null;
  readonly instansi: string | null;
  readonly year: number | null;
  readonly profile: UnitProfile;
}

const text = (v: CellValue | undefined): string | null => {
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
};

/**
 * Reads sheet Profil the way its formulas do (`cell(address)` gives a raw cell value).
 *
 * @example
 * readProfile((a) => ({ B3: 'KPPN Bandung', B7: ' menuju wbk ' })[a] ?? null).profile.heldPredicate // → 'WBK'
 */
export function readProfile(cell: (address: string) => CellValue): ProfileReading {
  const heldText = cell(PROFIL.held);
  // Excel's TRIM: ends stripped and inner runs of spaces collapsed ("Menuju  WBK" reads as "MENUJU WBK").
  const key =
    typeof heldText === 'string'
      ? heldText
          .replace(/^ +| +$/g, '')
          .replace(/ {2,}/g, ' ')
          .toUpperCase()
      : '';
  const held: HeldPredicate =
    key === HELD_OPTIONS.WBK.toUpperCase()
      ? 'WBK'
      : key === HELD_OPTIONS.WBBM.toUpperCase()
        ? 'WBBM'
        : 'none';
  const checklist: Record<string, boolean> = {};
  PROPOSAL_CHECKLIST.forEach((item, i) => {
    const v = cell(`${PROFIL.checklistColumn}${PROFIL.checklistFirstRow + i}`);
    checklist[item.id] = typeof v === 'string' && v.trim().toUpperCase() === TICK.yes.toUpperCase();
  });
  const year = cell(PROFIL.year);
  const id = cell(PROFIL.unitId);
  return {
    unitName: text(cell(PROFIL.unitName)),
    unitId: typeof id === 'number' ? id : text(id),
    instansi: text(cell(PROFIL.instansi)),
    year: typeof year === 'number' && Number.isInteger(year) ? year : null,
    profile: { heldPredicate: held, checklist },
  };
}

/** Values the template starts with. */
export interface ProfileSeed {
  readonly unitName?: string | null;
  readonly year?: number | null;
}

/**
 * Sheet `Profil`: the unit, the predicate already held, and the Tabel 5 checklist (ticked, never computed).
 *
 * @example
 * profilSheet({ unitName: 'KPPN Bandung', year: 2026 }).sheet.unlocked // → ['B3:B7', 'E12:E21']
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
  const first = PROFIL.checklistFirstRow;
  d.put(`A${first - 2}`, 'Tabel 5. Persyaratan pengusulan (dicentang pengguna, tidak dihitung)');
  ['Persyaratan', 'Tingkat', 'Menuju WBK', 'Menuju WBBM', 'Terpenuhi (Ya/Tidak)', 'Kode'].forEach((t, i) =>
    d.put(`${'ABCDEF'[i] ?? 'A'}${first - 1}`, t),
  );
  PROPOSAL_CHECKLIST.forEach((item, i) => {
    const r = first + i;
    d.put(`A${r}`, item.label.id);
    d.put(`B${r}`, item.level);
    d.put(`C${r}`, item.wbk);
    d.put(`D${r}`, item.wbbm);
    d.put(`F${r}`, item.id);
  });
  const last = first + PROPOSAL_CHECKLIST.length - 1;
  const ticks = `${PROFIL.checklistColumn}${first}:${PROFIL.checklistColumn}${last}`;
  d.unlocked.push(ticks);
  d.validations.push({
    range: ticks,
    rule: { kind: 'list', options: [TICK.yes, TICK.no] },
    allowBlank: true,
    errorStyle: 'warning',
    prompt: null,
    error: { title: 'Persyaratan', message: 'Pilih Ya atau Tidak.' },
  });
  d.styles.push({ range: 'A1', bold: true });
  d.styles.push({ range: 'A2:B2', fill: '#1F3864', fontColor: '#FFFFFF', bold: true });
  d.styles.push({ range: `A${first - 2}`, bold: true });
  d.styles.push({ range: `A${first - 1}:F${first - 1}`, fill: '#1F3864', fontColor: '#FFFFFF', bold: true });
  d.styles.push({ range: 'B3:B7', fill: '#FFFDE7' });
  d.styles.push({ range: ticks, fill: '#FFFDE7' });
  d.styles.push({ range: `F${first}:F${last}`, fontColor: '#808080' });
  d.widths({ A: 46, B: 30, C: 32, D: 32, E: 20, F: 22 });
  d.wrap.push(`A${first}:D${last}`, `A${first - 1}:F${first - 1}`);
  d.fitRows(
    PROPOSAL_CHECKLIST.map((_, i) => first + i),
    ['A', 'B', 'C', 'D'],
  );
  d.print = { orientation: 'landscape', fitToWidth: 1, titleRows: null };
  d.freeze = { rows: 2, columns: 0 };
  return { sheet: d.finish(), draft: d };
}
