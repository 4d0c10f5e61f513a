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
  type UnitProfile,
  COLUMNS,
  FIGURE_IDS,
  figureWeight,
  PREDICATES,
  headline,
  NO_FACTS,
  shortfallText,
  failingText,
  blockedText,
  proposalText,
} from '../../src/lke';
import type { CellMeaning } from '../../src/workbook';
import { figureName } from '../../src/workbook/where';
import { rankOf } from '../../src/workbook/profil';

export type Expected = number | string | boolean | null;

const STATUS_TEXT = { empty: 'belum diisi', invalid: 'tidak valid', ok: 'ok' } as const;

export function verdictText(eligible: boolean | null): string {
  return eligible === null ? 'BELUM DAPAT DINILAI' : eligible ? 'MEMENUHI' : 'TIDAK MEMENUHI';
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
    case 'figure':
      return ev.scores[m.column][m.id];
    case 'figureShare':
      return ev.scores[m.column][m.id] / figureWeight(catalogue, m.id);
    case 'area': {
      const a = ev.scores[m.column].areas.find((x) => x.id === m.area);
      if (!a) throw new Error(`no area ${m.area}`);
      return m.part === 'share' ? a.value / a.weight : m.part === 'total' ? a.value : a[m.part];
    }
    case 'progress':
      return progress(m.group, m.column, ev, catalogue);
    case 'questionCount':
      return ix.questions.length;
    case 'complete':
      return ev.scores[m.column].complete;
    case 'criterion': {
      const c = ev.verdicts[m.column][m.predicate].criteria.find((x) => x.id === m.rule);
      if (!c) throw new Error(`no criterion ${m.predicate} ${m.rule}`);
      return m.part === 'value' ? c.value : m.part === 'margin' ? c.margin : c.passed ? 'LULUS' : 'GAGAL';
    }
    case 'verdict':
      return verdictText(ev.verdicts[m.column][m.predicate].eligible);
    case 'unitName':
      return null;
    case 'held':
      return profile.heldPredicate === 'none' ? 0 : 1;
    case 'empty':
      return ev.verdicts[m.column].WBK.blockedBy.filter((b) => b.kind === 'missing').length;
    case 'errors':
      return ev.verdicts[m.column].WBK.blockedBy.filter((b) => b.kind === 'error').length;
    case 'overflow': {
      const r = ix.ratio.get(m.ratioId);
      const first = r?.plus[0];
      return ev.issues.some(
        (i) => i.code === 'numerator-above-denominator' && i.column === m.column && i.soalId === first,
      )
        ? 1
        : 0;
    }
    case 'scorePassed':
      return ev.verdicts[m.column][m.predicate].scorePassed;
    case 'shortfall': {
      const c = ev.verdicts[m.column][m.predicate].criteria.find((x) => x.id === m.rule);
      if (!c) throw new Error(`no criterion ${m.rule}`);
      return c.passed ? '' : `; ${shortfallText(c).id}`;
    }
    case 'failing':
      return failingText(ev.verdicts[m.column][m.predicate]).id;
    case 'blockedText': {
      const b = ev.verdicts[m.column][m.predicate].blockedBy;
      const missing = b.filter((x) => x.kind === 'missing').length;
      return blockedText(missing, b.length - missing).id;
    }
    case 'proposalText':
      return proposalText(ev.verdicts[m.column][m.predicate]).id;
    case 'headline':
      return headline(ev.verdicts[m.column][m.predicate]).id;
    case 'factReading':
      return null;
    case 'factValid':
      return (profile.facts ?? NO_FACTS)[m.fact] !== null;
    case 'factRank':
      return rankOf(m.fact, (profile.facts ?? NO_FACTS)[m.fact]);
    case 'afirmasi':
      return ev.verdicts.unit.WBK.afirmasi;
    case 'requirement': {
      const row = ev.verdicts.unit[m.predicate].requirements.find((x) => x.id === m.id);
      if (!row) throw new Error(`no requirement ${m.id}`);
      return row.passed === null ? 'BELUM DIISI' : row.passed ? 'TERPENUHI' : 'BELUM TERPENUHI';
    }
    case 'requirementsMet':
      return ev.verdicts.unit[m.predicate].requirements.filter((x) => x.passed === true).length;
    default: {
      const never: never = m;
      return never;
    }
  }
}

/** Valid answers of a column in one group of the progress table (an area, Hasil) or in all (null). */
function progress(
  group: number | 'hasil' | null,
  column: Column,
  ev: Evaluation,
  catalogue: Catalogue,
): number {
  const ix = indexOf(catalogue);
  const s = ev.scores[column];
  const okIds = new Set(ix.questions.map((q) => q.soalId).filter((q) => !s.missing.includes(q)));
  if (group === null) return okIds.size;
  const roots =
    group === 'hasil'
      ? [catalogue.keyNodes.hasil]
      : [catalogue.keyNodes.pemenuhan, catalogue.keyNodes.reform].map(
          (aspek) => ix.node.get(aspek)?.children.find((n) => n.area === group)?.key ?? '',
        );
  return ix.questions.filter(
    (q) => okIds.has(q.soalId) && roots.some((r) => under(ix.leafOf.get(q.soalId)?.key, r)),
  ).length;
}

function under(leafKey: string | undefined, root: string): boolean {
  return leafKey !== undefined && (leafKey === root || leafKey.startsWith(`${root}.`));
}

/** Engine figures behind each workbook name: every figure, verdict and complete flag, from the lists. */
export function expectedNames(ev: Evaluation): Map<string, Expected> {
  const out = new Map<string, Expected>();
  for (const column of COLUMNS) {
    for (const id of FIGURE_IDS) out.set(figureName(id, column), ev.scores[column][id]);
    for (const p of PREDICATES) out.set(figureName(p, column), verdictText(ev.verdicts[column][p].eligible));
    out.set(figureName('lengkap', column), ev.scores[column].complete);
  }
  return out;
}

/** Engine figure behind one workbook name. */
export function expectedForName(name: string, ev: Evaluation): Expected {
  const v = expectedNames(ev).get(name);
  if (v === undefined) throw new Error(`no engine figure for ${name}`);
  return v;
}
