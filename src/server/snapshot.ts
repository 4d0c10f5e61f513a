/**
 * What the server answers, built whole from the folder's readings and swapped in one assignment: a request
 * reads one snapshot, so it never sees half of one change and half of another.
 */
import { finishRecap, unitLists } from '../rekap/recap';
import type { PortalUnitList, RecapFailure, RecapUnit } from '../rekap/types';
import type { UnitReading } from './folder';
import { servedId } from './unitId';
import type { Usulan } from './usulan';

/** One file as the server holds it: its last reading that read whole (with the body pre-serialised), and the
 * failure of its newest version, if that one did not read. */
export interface HeldFile {
  readonly good: { readonly reading: UnitReading; readonly body: Buffer } | null;
  readonly failure: RecapFailure | null;
}

/** Which units are proposed: the agency's file, or (without one) the TPI verdicts as `rekap` lists them. */
export interface Proposal {
  readonly usulan: Usulan | null;
  /** `--tahun`, when given. */
  readonly tahun: number | null;
}

export interface Snapshot {
  readonly wbk: Buffer;
  readonly wbbm: Buffer;
  /** Answers body per proposed unit id. */
  readonly answers: ReadonlyMap<string, Buffer>;
  /** Proposed ids found in more than one file → how many files. */
  readonly conflicts: ReadonlyMap<string, number>;
  readonly health: Buffer;
  readonly units: number;
  readonly proposed: number;
}

/** What the console should be told about a snapshot. */
export interface SnapshotNotes {
  readonly duplicates: readonly (readonly [string, readonly string[]])[];
  readonly withoutId: readonly string[];
  readonly missing: readonly string[];
}

const json = (v: unknown): Buffer => Buffer.from(JSON.stringify(v));

function yearOf(recap: readonly RecapUnit[], p: Proposal): number | null {
  if (p.usulan?.tahun !== undefined && p.usulan.tahun !== null) return p.usulan.tahun;
  if (p.tahun !== null) return p.tahun;
  return recap.find((u) => u.meta.year !== null)?.meta.year ?? null;
}

function fromUsulan(usulan: Usulan, first: ReadonlyMap<string, RecapUnit>, tahun: number | null) {
  const missing: string[] = [];
  const list = (pick: (k: string) => boolean): PortalUnitList => ({
    tahun,
    units: usulan.units
      .filter((u) => pick(u.kategori))
      .flatMap((u) => {
        const unit = first.get(String(u.id));
        if (!unit) {
          missing.push(String(u.id));
          return [];
        }
        return [
          {
            id: u.id,
            nama: unit.meta.unitName,
            kategori: u.kategori,
            afirmasi: u.kategori === 'WBK-AFIRMASI',
          },
        ];
      }),
  });
  return { WBK: list((k) => k !== 'WBBM'), WBBM: list((k) => k === 'WBBM'), missing };
}

/**
 * Builds the snapshot of every held file.
 *
 * @example
 * buildSnapshot(held, { usulan: null, tahun: null }).snapshot.answers.get('U-A') // → the body of U-A's answers
 */
export function buildSnapshot(
  files: ReadonlyMap<string, HeldFile>,
  proposal: Proposal,
): { snapshot: Snapshot; notes: SnapshotNotes } {
  const goods = [...files.values()].flatMap((f) => (f.good ? [f.good] : []));
  const recap = finishRecap(goods.map((g) => g.reading.unit)).filter(
    (e): e is RecapUnit => e.kind === 'unit',
  );
  const bodies = new Map(goods.map((g) => [g.reading.unit.file, g.body] as const));
  const byId = new Map<string, RecapUnit[]>();
  const withoutId: string[] = [];
  for (const u of recap) {
    const id = servedId(u.meta.unitId);
    if (id === null) withoutId.push(u.file);
    else byId.set(id, [...(byId.get(id) ?? []), u]);
  }
  const tahun = yearOf(recap, proposal);
  const first = new Map([...byId].flatMap(([id, us]) => (us[0] ? [[id, us[0]] as const] : [])));
  const lists = proposal.usulan
    ? fromUsulan(proposal.usulan, first, tahun)
    : { ...unitLists(recap, tahun), missing: [] };
  const served = (l: PortalUnitList): PortalUnitList => ({
    tahun: l.tahun,
    units: l.units.filter((u) => servedId(u.id) !== null),
  });
  const wbk = served(lists.WBK);
  const wbbm = served(lists.WBBM);
  const answers = new Map<string, Buffer>();
  const conflicts = new Map<string, number>();
  for (const u of [...wbk.units, ...wbbm.units]) {
    const id = servedId(u.id) ?? '';
    const all = byId.get(id) ?? [];
    const body = all[0] ? bodies.get(all[0].file) : undefined;
    if (all.length > 1) conflicts.set(id, all.length);
    else if (body) answers.set(id, body);
  }
  const duplicates = [...byId]
    .filter(([, us]) => us.length > 1)
    .map(([id, us]) => [id, us.map((u) => u.file)] as const);
  const unreadable = [...files.values()].filter((f) => f.failure !== null).length;
  const proposed = answers.size + conflicts.size;
  const health = { ok: true, units: recap.length, proposed, unreadable, duplicates: duplicates.length };
  return {
    snapshot: {
      wbk: json(wbk),
      wbbm: json(wbbm),
      answers,
      conflicts,
      health: json(health),
      units: recap.length,
      proposed,
    },
    notes: { duplicates, withoutId, missing: lists.missing },
  };
}
