import {
  COLUMNS,
  LKE_2021,
  PREDICATES,
  type Catalogue,
  type Column,
  type Evaluation,
  type Issue,
  type Predicate,
  type UnitMeta,
  type UnitProfile,
  type PortalAnswersFile,
} from '../lke';
import { evaluate, THRESHOLDS_2021, toPortalAnswers } from '../lke';
import { indexOf, readAnswer, answerOf, surveyQuestionOf, type Entries, type FigureId } from '../lke';
import type { PortalUnitList, RecapEntry, RecapFigures, RecapUnit } from './types';

/** A survey index (IPAK under `ipak`, IPKP under `pelayanan`) as entered, or null. */
function surveyIndex(
  catalogue: Catalogue,
  entries: Entries,
  figure: FigureId,
  column: Column,
): number | null {
  const q = surveyQuestionOf(catalogue, figure);
  if (!q) return null;
  const rd = readAnswer(q, answerOf(entries.get(q.soalId), column));
  return rd.status === 'ok' ? rd.value : null;
}

function figures(catalogue: Catalogue, ev: Evaluation, entries: Entries, column: Column): RecapFigures {
  const s = ev.scores[column];
  const verdicts = {} as Record<Predicate, boolean | null>;
  for (const p of PREDICATES) verdicts[p] = ev.verdicts[column][p].eligible;
  return {
    complete: s.complete,
    answered: indexOf(catalogue).questions.length - s.missing.length,
    total: s.total,
    pengungkit: s.pengungkit,
    hasil: s.hasil,
    areaShares: s.areas.map((a) => (a.weight > 0 ? a.value / a.weight : 0)),
    ipakIndex: surveyIndex(catalogue, entries, 'ipak', column),
    ipkpIndex: surveyIndex(catalogue, entries, 'pelayanan', column),
    verdicts,
  };
}

/**
 * The key under which two files count as the same unit: the PortalRB unit id, else the unit name folded to
 * lower case without punctuation, else the file itself.
 *
 * @example
 * unitKey({ unitId: null, unitName: 'Kantor  Imigrasi, Kelas I', year: 2026 }, 'a.xlsx') // → 'nama:kantor imigrasi kelas i'
 */
export function unitKey(meta: UnitMeta, file: string): string {
  if (meta.unitId !== null && String(meta.unitId).trim() !== '') return `id:${String(meta.unitId).trim()}`;
  const name = (meta.unitName ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return name !== '' ? `nama:${name}` : `berkas:${file}`;
}

/** Everything the recap keeps of one unit: figures of both columns and counts (not the workbook, not the issues). */
export function recapUnit(args: {
  file: string;
  meta: UnitMeta;
  entries: Entries;
  evaluation: Evaluation;
  tampered: number;
  /** Overrides the profile's afirmasi route (default: what sheet Profil's facts say). */
  afirmasi?: boolean;
  catalogue?: Catalogue;
}): RecapUnit {
  const catalogue = args.catalogue ?? LKE_2021;
  const columns = {} as Record<Column, RecapFigures>;
  for (const c of COLUMNS) columns[c] = figures(catalogue, args.evaluation, args.entries, c);
  const count = (sev: Issue['severity']) => args.evaluation.issues.filter((i) => i.severity === sev).length;
  return {
    kind: 'unit',
    file: args.file,
    meta: args.meta,
    unitKey: unitKey(args.meta, args.file),
    columns,
    errors: count('error'),
    warnings: count('warning'),
    problems: args.evaluation.issues.length,
    tampered: args.tampered,
    duplicateOf: [],
    // The afirmasi route follows from the profile (Pemda + one of the six kinds of service, scoring-rules §5).
    afirmasi: args.afirmasi ?? args.evaluation.verdicts.tpi.WBK.afirmasi,
  };
}

/**
 * Orders the recap (units by TPI total, highest first, then by the unit's own total; unusable files last,
 * by name) and flags files that carry the same unit.
 *
 * @example
 * finishRecap([b, failure, a]).map((e) => e.file) // → ['a.xlsx' (TPI 88), 'b.json' (TPI 71), 'rusak.xlsx']
 */
export function finishRecap(entries: readonly RecapEntry[]): RecapEntry[] {
  const units = entries.filter((e): e is RecapUnit => e.kind === 'unit');
  const byKey = new Map<string, string[]>();
  for (const u of units) byKey.set(u.unitKey, [...(byKey.get(u.unitKey) ?? []), u.file]);
  const flagged = units.map((u) => ({
    ...u,
    duplicateOf: (byKey.get(u.unitKey) ?? []).filter((f) => f !== u.file),
  }));
  flagged.sort(
    (a, b) =>
      b.columns.tpi.total - a.columns.tpi.total ||
      b.columns.unit.total - a.columns.unit.total ||
      a.file.localeCompare(b.file),
  );
  const failures = entries.filter((e) => e.kind === 'failure').sort((a, b) => a.file.localeCompare(b.file));
  return [...flagged, ...failures];
}

/**
 * PortalRB's proposal lists from the TPI verdicts: WBK for units whose TPI verdict passes Menuju WBK
 * (`WBK-AFIRMASI` when the unit is flagged for the affirmation route), WBBM for those passing Menuju WBBM.
 * A unit flagged as a duplicate is listed once (its first file in recap order).
 */
export function unitLists(
  recap: readonly RecapEntry[],
  year: number | null,
): Record<'WBK' | 'WBBM', PortalUnitList> {
  const seen = new Set<string>();
  const units = recap
    .filter((e): e is RecapUnit => e.kind === 'unit')
    .filter((u) => !seen.has(u.unitKey) && seen.add(u.unitKey) !== undefined);
  const entry = (u: RecapUnit, kategori: 'WBK' | 'WBK-AFIRMASI' | 'WBBM') => ({
    id: u.meta.unitId,
    nama: u.meta.unitName,
    kategori,
    // The afirmasi route is a Menuju WBK route (PermenPANRB 5/2024 Bab II); a WBBM listing is never afirmasi.
    afirmasi: kategori === 'WBK-AFIRMASI',
  });
  return {
    WBK: {
      tahun: year,
      units: units
        .filter((u) => u.columns.tpi.verdicts.WBK === true)
        .map((u) => entry(u, u.afirmasi ? 'WBK-AFIRMASI' : 'WBK')),
    },
    WBBM: {
      tahun: year,
      units: units.filter((u) => u.columns.tpi.verdicts.WBBM === true).map((u) => entry(u, 'WBBM')),
    },
  };
}

/** One file as the recap and the server take it: what its source read (entries, unit, profile, extras). */
export interface LoadedUnit {
  readonly entries: Entries;
  readonly meta: UnitMeta;
  readonly profile: UnitProfile | null;
  readonly extras: Readonly<Record<string, unknown>>;
}

/**
 * Scores one loaded file the way `lke-zi rekap` and `lke-zi serve` both do: the engine over both columns (the
 * profile's held predicate and Tabel 5 facts, none when the source has no Profil), the recap figures with the
 * count of tampered formulas, and the PortalRB answers file.
 *
 * @example
 * scoreLoaded('masuk/kppn.json', loaded).unit.columns.tpi.total // → 88.62
 */
export function scoreLoaded(
  file: string,
  loaded: LoadedUnit,
): { evaluation: Evaluation; unit: RecapUnit; answers: PortalAnswersFile } {
  const profile = loaded.profile ?? { heldPredicate: 'none' as const };
  const evaluation = evaluate(LKE_2021, THRESHOLDS_2021, loaded.entries, profile);
  const audit = loaded.extras.formula_audit;
  const tampered = Array.isArray(audit) ? audit.length : 0;
  const unit = recapUnit({ file, meta: loaded.meta, entries: loaded.entries, evaluation, tampered });
  return { evaluation, unit, answers: toPortalAnswers(LKE_2021, loaded.entries, loaded.meta) };
}
