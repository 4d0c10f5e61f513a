// What the engine says each computed cell of the plan must show: the oracle of the parity tests. It reads only
// the engine's outputs (evaluate, readAnswer, criterionRules), never the plan's formulas.
import {
  indexOf,
  LKE_2021,
  readAnswer,
  answerOf,
  ratioInputs,
  type Catalogue,
  type Column,
  type Entries,
  type Evaluation,
  type Predicate,
  type UnitProfile,
} from '../../src/lke';
import type { CellMeaning } from '../../src/workbook';

export type Expected = number | string | boolean | null;

const STATUS_TEXT = { empty: 'belum diisi', invalid: 'tidak valid', ok: 'ok' } as const;

export function verdictText(eligible: boolean | null): string {
  return eligible === null ? 'BELUM LENGKAP' : eligible ? 'MEMENUHI' : 'TIDAK MEMENUHI';
}

/** The engine's figure for a cell meaning; null when the meaning has no engine counterpart (readings). */
export function expectedFor(
  m: CellMeaning,
  ev: Evaluation,
  entries: Entries,
  profile: UnitProfile,
  catalogue: Catalogue = LKE_2021,
): Expected {
  const ix = indexOf(catalogue);
  const reading = (id: number, c: Column) => {
    const q = ix.question.get(id);
    if (!q) throw new Error(`no soal ${id}`);
    return readAnswer(q, answerOf(entries.get(id), c));
  };
  switch (m.kind) {
    case 'reading':
      return null;
    case 'status':
      return STATUS_TEXT[reading(m.soalId, m.column).status];
    case 'question': {
      const q = ix.question.get(m.soalId);
      const rd = reading(m.soalId, m.column);
      if (q?.answerType === 'JUMLAH') return rd.status === 'ok' ? rd.value : 0;
      const v = ev.scores[m.column].questions[m.soalId];
      if (v === undefined) throw new Error(`engine has no value for soal ${m.soalId}`);
      return v;
    }
    case 'ratioStatus': {
      const r = ix.ratio.get(m.ratioId);
      if (!r) throw new Error(m.ratioId);
      return ratioInputs(r).every((id) => reading(id, m.column).status === 'ok')
        ? 'lengkap'
        : 'belum lengkap';
    }
    case 'ratio':
      return ev.scores[m.column].ratios[m.ratioId] ?? Number.NaN;
    case 'node':
      return ev.scores[m.column].nodes[m.key] ?? Number.NaN;
    case 'nodeShare': {
      const n = ix.node.get(m.key);
      return (ev.scores[m.column].nodes[m.key] ?? Number.NaN) / (n?.weight ?? Number.NaN);
    }
    case 'summary':
      return summary(m.id, m.column, ev, profile, catalogue);
    default: {
      const never: never = m;
      return never;
    }
  }
}

function summary(
  id: string,
  column: Column | null,
  ev: Evaluation,
  profile: UnitProfile,
  catalogue: Catalogue,
): Expected {
  const ix = indexOf(catalogue);
  if (id === 'unit-name') return null;
  if (id === 'held') return profile.heldPredicate === 'none' ? 0 : 1;
  if (id === 'questions') return ix.questions.length;
  if (column === null) throw new Error(`summary ${id} needs a column`);
  const s = ev.scores[column];
  const area = /^area-(\d+)(?:-(pemenuhan|reform|share))?$/.exec(id);
  if (area) {
    const a = s.areas.find((x) => x.id === Number(area[1]));
    if (!a) throw new Error(id);
    if (area[2] === 'pemenuhan') return a.pemenuhan;
    if (area[2] === 'reform') return a.reform;
    if (area[2] === 'share') return a.value / a.weight;
    return a.value;
  }
  const figures: Record<string, number> = {
    total: s.total,
    pengungkit: s.pengungkit,
    pemenuhan: s.pemenuhan,
    reform: s.reform,
    hasil: s.hasil,
    bersih: s.bersih,
    ipak: s.ipak,
    kinerja: s.kinerja,
    pelayanan: s.pelayanan,
  };
  const weights: Record<string, number> = {
    total: catalogue.roots.reduce((t, n) => t + n.weight, 0),
    ...Object.fromEntries(
      Object.entries(catalogue.keyNodes as unknown as Record<string, string>).map(([k, key]) => [
        k,
        ix.node.get(key)?.weight ?? Number.NaN,
      ]),
    ),
  };
  const share = /^(\w+)-share$/.exec(id);
  if (share && share[1] !== undefined && share[1] in figures)
    return (figures[share[1]] ?? 0) / (weights[share[1]] ?? Number.NaN);
  if (id in figures) return figures[id] ?? Number.NaN;
  const progress = /^progress(?:-(.+))?$/.exec(id);
  if (progress) {
    const part = progress[1];
    const okIds = new Set(ix.questions.map((q) => q.soalId).filter((q) => !s.missing.includes(q)));
    if (part === undefined) return okIds.size;
    const roots =
      part === 'hasil'
        ? [catalogue.keyNodes.hasil]
        : [catalogue.keyNodes.pemenuhan, catalogue.keyNodes.reform].map(
            (aspek) =>
              ix.node.get(aspek)?.children.find((n) => n.area === Number(part.replace('area-', '')))?.key ??
              '',
          );
    return ix.questions.filter(
      (q) => okIds.has(q.soalId) && roots.some((r) => under(ix.leafOf.get(q.soalId)?.key, r)),
    ).length;
  }
  if (id === 'complete') return s.complete;
  const crit = /^(WBK|WBBM)-(.+)-(value|margin|passed)$/.exec(id);
  if (crit) {
    const v = ev.verdicts[column][crit[1] as Predicate];
    const c = v.criteria.find((x) => x.id === crit[2]);
    if (!c) throw new Error(`no criterion ${id}`);
    if (crit[3] === 'value') return c.value;
    if (crit[3] === 'margin') return c.margin;
    return c.passed ? 'LULUS' : 'GAGAL';
  }
  const verdict = /^(WBK|WBBM)-verdict$/.exec(id);
  if (verdict) return verdictText(ev.verdicts[column][verdict[1] as Predicate].eligible);
  throw new Error(`no oracle for summary ${id}`);
}

function under(leafKey: string | undefined, root: string): boolean {
  return leafKey !== undefined && (leafKey === root || leafKey.startsWith(`${root}.`));
}

/** Engine figures behind each workbook name. */
export function expectedForName(name: string, ev: Evaluation): Expected {
  const m = /^ZI_(\w+)_(UNIT|TPI)$/.exec(name);
  if (!m) throw new Error(name);
  const column: Column = m[2] === 'TPI' ? 'tpi' : 'unit';
  const what = (m[1] ?? '').toLowerCase();
  if (what === 'wbk' || what === 'wbbm')
    return verdictText(ev.verdicts[column][what.toUpperCase() as Predicate].eligible);
  if (what === 'lengkap') return ev.scores[column].complete;
  const s = ev.scores[column] as unknown as Record<string, unknown>;
  const v = s[what];
  if (typeof v !== 'number') throw new Error(`no engine figure for ${name}`);
  return v;
}
