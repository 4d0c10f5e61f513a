import type { PortalMaster, PortalNode, PortalSoal } from './portalMaster';
import type { CatalogueRules } from './rules';
import type { AnswerType, Catalogue, ItemRef, LkeNode, NodeLevel, Question } from './types';
import { CatalogueError } from './errors';
import { ratioInputs as inputIds } from './indexCatalogue';

const LEVELS: Readonly<Record<PortalNode['level'], NodeLevel>> = {
  komponen: 'komponen',
  sub_komponen: 'aspek',
  area_perubahan: 'area',
  sub_area: 'subArea',
};

/**
 * Splits a PortalRB node name into its LKE numbering and name.
 *
 * @example
 * splitNumbering('i. Penyusunan Tim Kerja') // → { numbering: 'i.', name: 'Penyusunan Tim Kerja' }
 * splitNumbering('A. PENGUNGKIT')           // → { numbering: 'A.', name: 'PENGUNGKIT' }
 */
export function splitNumbering(nama: string): { numbering: string; name: string } {
  const m = /^\s*([A-Za-z0-9]+)\.\s*(.*)$/s.exec(nama);
  if (!m?.[1] || m[2] === undefined) throw new CatalogueError(`node name without numbering: "${nama}"`);
  return { numbering: `${m[1]}.`, name: m[2].trim() };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function letterOf(index: number, count: number): string {
  return count === 1 ? '-' : (LETTERS[index] ?? String(index + 1));
}

class Builder {
  constructor(
    private readonly rules: CatalogueRules,
    private readonly soals: ReadonlyMap<number, PortalSoal>,
  ) {}

  answerType(soal: PortalSoal): AnswerType {
    const t = this.rules.answerTypes[soal.jenis_jawaban];
    if (!t) throw new CatalogueError(`soal ${soal.id}: unknown jenis_jawaban "${soal.jenis_jawaban}"`);
    return t;
  }

  question(soal: PortalSoal, code: string): Question {
    return {
      soalId: soal.id,
      code,
      text: soal.teks_pertanyaan.trim(),
      criteria: soal.kriteria_nilai.trim(),
      answerType: this.answerType(soal),
      options: soal.skema_penilaian.map((o) => ({ key: o.key, label: o.label.trim(), value: o.multiplier })),
      weight: soal.bobot_maksimal,
      row: soal.excel_baris,
    };
  }

  node(p: PortalNode, parentKey: string | null, parentArea: number | null): LkeNode {
    const { numbering, name } = splitNumbering(p.nama);
    const key = parentKey === null ? numbering.slice(0, -1) : `${parentKey}.${numbering.slice(0, -1)}`;
    const level = LEVELS[p.level];
    const area = level === 'area' ? Number(numbering.slice(0, -1)) : parentArea;
    const base = { key, portalId: p.id, level, numbering, name, weight: p.bobot_maksimal, area };
    const soals = p.soals ?? [];
    if (p.children.length > 0) {
      if (soals.length > 0) throw new CatalogueError(`node ${key}: both children and soals`);
      return { ...base, children: p.children.map((c) => this.node(c, key, area)), items: [], questions: [] };
    }
    if (level === 'aspek')
      return { ...base, children: this.hasilLeaves(key, soals), items: [], questions: [] };
    return { ...base, children: [], ...this.leafContent(key, soals) };
  }

  /** A leaf's scored items (choice/survey questions first, then its % items) and its questions in row order. */
  leafContent(key: string, soals: readonly PortalSoal[]): { items: ItemRef[]; questions: Question[] } {
    const ratios = this.rules.ratios.filter((r) => r.leaf === key);
    const scored = soals.filter((s) => this.answerType(s) !== 'JUMLAH');
    const count = scored.length + ratios.length;
    const codes = new Map<number, string>();
    scored.forEach((s, i) => codes.set(s.id, `${key}.${letterOf(i, count)}`));
    ratios.forEach((r) => inputIds(r).forEach((id, i) => codes.set(id, `${r.code}.${i + 1}`)));
    const questions = soals.map((s) => {
      const code = codes.get(s.id);
      if (!code) throw new CatalogueError(`soal ${s.id} (Jumlah) in ${key} feeds no % item`);
      return this.question(s, code);
    });
    const items: ItemRef[] = [
      ...scored.map((s): ItemRef => ({ kind: 'question', soalId: s.id })),
      ...ratios.map((r): ItemRef => ({ kind: 'ratio', ratioId: r.id })),
    ];
    return { items, questions };
  }

  hasilLeaves(aspekKey: string, soals: readonly PortalSoal[]): LkeNode[] {
    return soals.map((s) => {
      const rule = this.rules.hasilLeaves.find((h) => h.soalId === s.id);
      if (!rule?.key.startsWith(`${aspekKey}.`))
        throw new CatalogueError(`Hasil soal ${s.id} has no leaf rule`);
      const q = this.question(s, rule.key);
      return {
        key: rule.key,
        portalId: null,
        level: 'subArea',
        numbering: rule.numbering,
        name: rule.name,
        weight: s.bobot_maksimal,
        area: null,
        children: [],
        items: [{ kind: 'question', soalId: s.id }],
        questions: [q],
      };
    });
  }
}

/**
 * Builds a catalogue from a PortalRB master question list and the rules the master does not carry.
 * Throws {@link CatalogueError} on anything it cannot place (unknown answer type, a Jumlah input that
 * feeds no % item, a % item whose inputs are not in the master).
 *
 * @example
 * const cat = catalogueFromPortalMaster(master2026, RULES_2021);
 * cat.roots.map((n) => `${n.key} ${n.weight}`) // → ['A 60', 'B 40']
 */
export function catalogueFromPortalMaster(master: PortalMaster, rules: CatalogueRules): Catalogue {
  const soals = new Map<number, PortalSoal>();
  const collect = (n: PortalNode): void => {
    (n.soals ?? []).forEach((s) => soals.set(s.id, s));
    n.children.forEach(collect);
  };
  master.data.forEach(collect);
  for (const r of rules.ratios) {
    for (const id of inputIds(r)) {
      if (!soals.has(id)) throw new CatalogueError(`% item ${r.id}: input soal ${id} is not in the master`);
    }
  }
  const b = new Builder(rules, soals);
  return {
    id: rules.id,
    title: rules.title,
    year: master.tahun,
    regulation: rules.regulation,
    roots: master.data.map((n) => b.node(n, null, null)),
    ratios: rules.ratios.map(({ leaf: _leaf, ...r }) => r),
    areas: rules.areas,
    keyNodes: rules.keyNodes,
  };
}
