import { indexOf, type Answer, type Catalogue, type Entries, type Entry, type UnitMeta } from '../lke';
import type { CellRef, CellValue, InputField, WorkbookPlan } from './plan';
import { cellAnswer, inputCell } from './inputs';
import { PROFIL } from './profil';
import { SHEETS } from './columns';

/**
 * How an import treats what the file does not say:
 * - `merge` (the default): a field absent, null or blank in the file leaves its cell as it is; only a value
 *   changes a cell (a unit's own file with `"jawaban_tpi": null` never wipes the TPI's column);
 * - `replace`: the file is the whole truth for the questions it lists (a blank field empties its cell);
 *   questions the file does not list stay as they are. Profil's name, id and year are merged in both modes.
 */
export type ImportMode = 'merge' | 'replace';

/** One input cell to write: a sheet, an A1 address and the value (null empties the cell). */
export interface CellWrite extends CellRef {
  readonly value: CellValue;
}

/** The Profil fields an answers file carries. */
export type ProfileField = 'unitName' | 'unitId' | 'year';

/** What an input cell is for: a field of a question on sheet Jawaban, or one of Profil's unit fields. */
export type InputTarget =
  | { readonly kind: 'answer'; readonly soalId: number; readonly field: InputField }
  | { readonly kind: 'profile'; readonly field: ProfileField };

/** One input cell an import looked at: what it holds now and what it will hold. */
export interface InputChange {
  readonly target: InputTarget;
  readonly cell: CellRef;
  readonly from: CellValue;
  readonly to: CellValue;
}

/** What an import does to a workbook, decided before anything is written. */
export interface InputPlan {
  /** The cells to write, each with its new value (only cells whose value changes). */
  readonly writes: readonly CellWrite[];
  /** The same cells with their old value. */
  readonly changes: readonly InputChange[];
  /** Cells holding something that the file left as they are (it gave no value for them), `from` = `to`. */
  readonly kept: readonly InputChange[];
  /** Cells the file gave the value they already hold. */
  readonly unchanged: number;
  /** Soal ids of the catalogue the file lists. */
  readonly listed: readonly number[];
  /** The entries and unit after the writes (what the workbook will read). */
  readonly entries: Entries;
  readonly meta: UnitMeta;
}

/** What a workbook holds now, or what a file brings: entries by soal id and the unit. */
export interface InputState {
  readonly entries: Entries;
  readonly meta: UnitMeta;
}

const FIELDS: readonly InputField[] = ['unit', 'unitNote', 'unitEvidence', 'tpi', 'tpiNote'];
const PROFILE_FIELDS: readonly ProfileField[] = ['unitName', 'unitId', 'year'];

/** True when a value says something: not null, not empty, not only spaces. */
export function hasValue(v: CellValue | undefined): v is string | number | boolean {
  return v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
}

/** Same cell content: the same type and value; null, empty and missing are all "empty". */
function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const empty = (v: CellValue | undefined): boolean => v === null || v === undefined || v === '';
  return empty(a) ? empty(b) : a === b;
}

function fieldOf(e: Entry | undefined, f: InputField): Answer {
  return e?.[f] ?? null;
}

/**
 * Plans the input writes of an import (a PortalRB answers file or a circulated workbook's answers) over what
 * the workbook holds now. The one rule for the command line's `import`, the pane's import and the migration of
 * a circulated sheet: see {@link ImportMode}. Soal ids the catalogue does not know are skipped.
 *
 * @example
 * const now = { entries: new Map([[1, { unit: 'Ya', tpi: 'Tidak', tpiNote: 'cek SK' }]]), meta: NO_UNIT };
 * const file = { entries: new Map([[1, { unit: 'Tidak', tpi: null }]]), meta: { ...NO_UNIT, unitName: 'KPPN A' } };
 * inputWrites(LKE_2021, now, file).writes
 * // → [{ sheet: 'Jawaban', address: 'K6', value: 'Tidak' }, { sheet: 'Profil', address: 'B3', value: 'KPPN A' }]
 * inputWrites(LKE_2021, now, file).kept.map((k) => k.cell.address) // → ['N6', 'Q6'] (the TPI's answer and note)
 * inputWrites(LKE_2021, now, file, 'replace').writes.map((w) => w.address) // → ['K6', 'N6', 'Q6', 'B3']
 */
export function inputWrites(
  catalogue: Catalogue,
  current: InputState,
  incoming: InputState,
  mode: ImportMode = 'merge',
): InputPlan {
  const ix = indexOf(catalogue);
  const changes: InputChange[] = [];
  const kept: InputChange[] = [];
  let unchanged = 0;
  const entries = new Map(current.entries);
  const listed: number[] = [];
  const look = (target: InputTarget, cell: CellRef, from: CellValue, given: CellValue): CellValue => {
    const to = hasValue(given) ? given : mode === 'replace' && target.kind === 'answer' ? null : undefined;
    if (to === undefined) {
      if (hasValue(from)) kept.push({ target, cell, from, to: from });
      return from;
    }
    if (sameValue(from, to)) {
      unchanged++;
      return from;
    }
    changes.push({ target, cell, from, to });
    return to;
  };
  for (const q of ix.questions) {
    const next = incoming.entries.get(q.soalId);
    if (!next) continue;
    listed.push(q.soalId);
    const old = current.entries.get(q.soalId);
    const merged: Record<InputField, CellValue> = {
      unit: null,
      unitNote: null,
      unitEvidence: null,
      tpi: null,
      tpiNote: null,
    };
    for (const field of FIELDS) {
      const target: InputTarget = { kind: 'answer', soalId: q.soalId, field };
      merged[field] = look(target, inputCell(q, field), fieldOf(old, field), fieldOf(next, field));
    }
    const text = (v: CellValue): string | null => (hasValue(v) ? String(v) : null);
    entries.set(q.soalId, {
      unit: cellAnswer(merged.unit),
      tpi: cellAnswer(merged.tpi),
      unitNote: text(merged.unitNote),
      unitEvidence: text(merged.unitEvidence),
      tpiNote: text(merged.tpiNote),
    });
  }
  const meta: Record<ProfileField, CellValue> = { ...current.meta };
  for (const field of PROFILE_FIELDS) {
    const cell = { sheet: SHEETS.profil, address: PROFIL[field] };
    meta[field] = look({ kind: 'profile', field }, cell, current.meta[field], incoming.meta[field]);
  }
  return {
    writes: changes.map((c) => ({ ...c.cell, value: c.to })),
    changes,
    kept,
    unchanged,
    listed,
    entries,
    meta: {
      unitName: typeof meta.unitName === 'string' ? meta.unitName : null,
      unitId: typeof meta.unitId === 'string' || typeof meta.unitId === 'number' ? meta.unitId : null,
      year: typeof meta.year === 'number' ? meta.year : null,
    },
  };
}

/**
 * The plan's starting values of input cells (Profil's held predicate, the unit and year it was made for),
 * written only when a workbook is created: `lke-zi template` and the add-in's first set-up both write these.
 *
 * @example
 * initialInputWrites(planWorkbook(LKE_2021, THRESHOLDS_2021, { unitName: 'KPPN A' }))
 * // → [{ sheet: 'Profil', address: 'B3', value: 'KPPN A' }, { sheet: 'Profil', address: 'B6', value: 2021 }, { sheet: 'Profil', address: 'B7', value: 'Belum ada' }]
 */
export function initialInputWrites(plan: Pick<WorkbookPlan, 'sheets'>): CellWrite[] {
  return plan.sheets.flatMap((s) =>
    (s.initialInputs ?? []).map((v) => ({ sheet: s.name, address: v.address, value: v.value })),
  );
}
