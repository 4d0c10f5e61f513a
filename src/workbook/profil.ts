import {
  excelTrim,
  GRADES,
  OPINIONS,
  REQUIREMENTS,
  SERVICE_KINDS,
  type FactKey,
  type HeldPredicate,
  type Predicate,
  type RequirementRule,
  type UnitProfile,
} from '../lke';
import type { CellValue } from './plan';
import { str } from './formulas';
import { AGENCY_TEXT, FACT_CELLS, factTextOf, readFacts, SERVICE_TEXT } from './profilFacts';

/** The held-predicate options of the Profil drop-down; anything else reads as "none". */
export const HELD_OPTIONS: Readonly<Record<HeldPredicate, string>> = {
  none: 'Belum ada',
  WBK: 'Menuju WBK',
  WBBM: 'Menuju WBBM',
};

const FACTS_FIRST = 12;
const REQ_FIRST = FACTS_FIRST + FACT_CELLS.length + 5;

/** Cells of sheet `Profil`. */
export const PROFIL = {
  unitName: 'B3',
  unitId: 'B4',
  instansi: 'B5',
  year: 'B6',
  held: 'B7',
  /** 1 when the unit already holds Menuju WBK or WBBM (formula). */
  heldValue: 'B8',
  /** The first Tabel 5 fact row (facts in column B, in the order of `FACT_CELLS`). */
  factsFirstRow: FACTS_FIRST,
  /** TRUE when the afirmasi route applies (formula). */
  afirmasi: `B${FACTS_FIRST + FACT_CELLS.length}`,
  /** The first requirement row of the Tabel 5 check (status texts in D for WBK, F for WBBM). */
  requirementsFirstRow: REQ_FIRST,
  /** The row counting requirements met (D for WBK, F for WBBM). */
  requirementsMetRow: REQ_FIRST + REQUIREMENTS.length,
} as const;

/** The requirement status columns of Profil, per predicate: what is required, then the status. */
export const REQ_COLS: Readonly<Record<Predicate, { required: string; status: string }>> = {
  WBK: { required: 'C', status: 'D' },
  WBBM: { required: 'E', status: 'F' },
};

/** Status texts of a Tabel 5 requirement on sheet Profil. */
export const REQ_STATUS = { met: 'TERPENUHI', unmet: 'BELUM TERPENUHI', empty: 'BELUM DIISI' } as const;

/** The cell of a fact (`factCell('spip')` → `B17`). */
export function factCell(fact: FactKey): string {
  return `B${FACTS_FIRST + FACT_CELLS.findIndex((f) => f.fact === fact)}`;
}

/** The status cell of a requirement for a predicate (`requirementCell('opini-bpk', 'WBBM')` → `F29`). */
export function requirementCell(id: RequirementRule['id'], p: Predicate): string {
  return `${REQ_COLS[p].status}${REQ_FIRST + REQUIREMENTS.findIndex((r) => r.id === id)}`;
}

/** The count of requirements met for a predicate. */
export function requirementsMetCell(p: Predicate): string {
  return `${REQ_COLS[p].status}${PROFIL.requirementsMetRow}`;
}

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

/** Helper columns of the fact rows: the reading of a choice, whether the fact is valid, its rank on its scale. */
export const FACT_COLS = { reading: 'D', valid: 'E', rank: 'F' } as const;

const rowOf = (fact: FactKey): number => FACTS_FIRST + FACT_CELLS.findIndex((f) => f.fact === fact);
const at = (col: string, fact: FactKey): string => `${col}${rowOf(fact)}`;

/** The ordered scale (best first) a fact is ranked on, when a requirement compares it by rank. */
export function rankScale(fact: FactKey): readonly string[] | null {
  const rule = REQUIREMENTS.find((r) => r.fact === fact);
  if (!rule) return null;
  switch (rule.test.kind) {
    case 'opinion':
      return OPINIONS;
    case 'grade':
    case 'gradeByAgency':
      return GRADES;
    case 'atLeast':
    case 'yes':
      return null;
    default: {
      const never: never = rule.test;
      return never;
    }
  }
}

/** The engine's rank of a fact on its scale (1 = best, 0 when empty or not on the scale). */
export function rankOf(fact: FactKey, value: unknown): number {
  const scale = rankScale(fact);
  return scale ? scale.indexOf(String(value)) + 1 : 0;
}

/**
 * The rank formula of a fact: 1 for the best grade, 0 when the reading is not on the scale.
 *
 * @example
 * rankFormula(['WTP', 'WDP', 'TW', 'TMP'], 'D14') // → '=IF(D14="WTP",1,IF(D14="WDP",2,IF(D14="TW",3,IF(D14="TMP",4,0))))'
 */
export function rankFormula(scale: readonly string[], reading: string): string {
  return `=${scale.reduceRight((rest, g, i) => `IF(${reading}=${str(g)},${i + 1},${rest})`, '0')}`;
}

const rank = (scale: readonly string[], g: string): number => scale.indexOf(g) + 1;

/**
 * The status formula of a requirement for a predicate, from the same rule the engine reads, over the fact's
 * helper cells (valid, rank).
 *
 * @example
 * requirementFormula(sakipInstansi, 'WBK') // → '=IF(E15,IF(F15<=4,"TERPENUHI","BELUM TERPENUHI"),"BELUM DIISI")'
 */
export function requirementFormula(rule: RequirementRule, p: Predicate): string {
  let valid = at(FACT_COLS.valid, rule.fact);
  let pass: string;
  const t = rule.test;
  switch (t.kind) {
    case 'opinion':
      pass = `${at(FACT_COLS.rank, rule.fact)}<=${rank(OPINIONS, t.min[p])}`;
      break;
    case 'grade':
      pass = `${at(FACT_COLS.rank, rule.fact)}<=${rank(GRADES, t.min[p])}`;
      break;
    case 'gradeByAgency': {
      valid = `AND(${valid},${at(FACT_COLS.valid, 'agencyKind')})`;
      const pemda = `${at(FACT_COLS.reading, 'agencyKind')}=${str(AGENCY_TEXT.PEMDA.toUpperCase())}`;
      pass = `${at(FACT_COLS.rank, rule.fact)}<=IF(${pemda},${rank(GRADES, t.min.PEMDA[p])},${rank(GRADES, t.min.KL[p])})`;
      break;
    }
    case 'atLeast':
      pass = `${factCell(rule.fact)}>=${t.min[p]}`;
      break;
    case 'yes':
      pass = `${at(FACT_COLS.reading, rule.fact)}="YA"`;
      break;
    default: {
      const never: never = t;
      return never;
    }
  }
  return `=IF(${valid},IF(${pass},${str(REQ_STATUS.met)},${str(REQ_STATUS.unmet)}),${str(REQ_STATUS.empty)})`;
}

/**
 * The afirmasi formula: TRUE for a Pemda unit of one of the six kinds.
 *
 * @example
 * afirmasiFormula() // → '=AND(D12="PEMERINTAH DAERAH",OR(D13="RSUD",D13="DUKCAPIL",D13="SAMSAT",D13="PTSP",D13="PENDIDIKAN",D13="KETENAGAKERJAAN"))'
 */
export function afirmasiFormula(): string {
  const six = SERVICE_KINDS.filter((k) => k !== 'lainnya').map((k) => SERVICE_TEXT[k]);
  const kind = at(FACT_COLS.reading, 'serviceKind');
  const agency = `${at(FACT_COLS.reading, 'agencyKind')}=${str(AGENCY_TEXT.PEMDA.toUpperCase())}`;
  return `=AND(${agency},OR(${six.map((x) => `${kind}=${str(x.toUpperCase())}`).join(',')}))`;
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
 * Reads sheet Profil the way its formulas do (`cell(address)` gives a raw cell value). The cells it reads are
 * the sheet's unlocked input cells, so a reader that loads the plan's input and formula cells has them all.
 *
 * @example
 * readProfile((a) => ({ B3: 'KPPN Bandung', B7: ' menuju wbk ', B12: 'Pemerintah Daerah' })[a] ?? null)
 * // → { unitName: 'KPPN Bandung', …, profile: { heldPredicate: 'WBK', facts: { agencyKind: 'PEMDA', … } } }
 */
export function readProfile(cell: (address: string) => CellValue): ProfileReading {
  const heldText = cell(PROFIL.held);
  // Excel's TRIM: ends stripped and inner runs of spaces collapsed ("Menuju  WBK" reads as "MENUJU WBK").
  const key = typeof heldText === 'string' ? excelTrim(heldText).toUpperCase() : '';
  const held: HeldPredicate =
    key === HELD_OPTIONS.WBK.toUpperCase()
      ? 'WBK'
      : key === HELD_OPTIONS.WBBM.toUpperCase()
        ? 'WBBM'
        : 'none';
  const year = cell(PROFIL.year);
  const id = cell(PROFIL.unitId);
  return {
    unitName: text(cell(PROFIL.unitName)),
    unitId: typeof id === 'number' ? id : text(id),
    instansi: text(cell(PROFIL.instansi)),
    year: typeof year === 'number' && Number.isInteger(year) ? year : null,
    profile: { heldPredicate: held, facts: readFacts((fact) => cell(factCell(fact))) },
  };
}

/**
 * The input cells that say a profile (the inverse of `readProfile`): what the pane's form and an import write.
 *
 * @example
 * profileCells(reading).find((c) => c.address === 'B7') // → { address: 'B7', value: 'Menuju WBK' }
 */
export function profileCells(p: ProfileReading): { address: string; value: CellValue }[] {
  const facts = p.profile.facts;
  return [
    { address: PROFIL.unitName, value: p.unitName },
    { address: PROFIL.unitId, value: p.unitId },
    { address: PROFIL.instansi, value: p.instansi },
    { address: PROFIL.year, value: p.year },
    { address: PROFIL.held, value: HELD_OPTIONS[p.profile.heldPredicate] },
    ...FACT_CELLS.map((f) => ({
      address: factCell(f.fact),
      value: factTextOf(f.entry, facts ? facts[f.fact] : null),
    })),
  ];
}

/** Values the template starts with. */
export interface ProfileSeed {
  readonly unitName?: string | null;
  readonly year?: number | null;
}
