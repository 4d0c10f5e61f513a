import {
  catalogueFromPortalMaster,
  CatalogueError,
  indexOf,
  LKE_2021,
  RULES_2021,
  splitNumbering,
  type AnswerType,
  type LkeNode,
  type PortalMaster,
  type PortalNode,
  type PortalSoal,
} from '../../src/lke';
import { master2026, readReference } from './sharedReference';

const master = master2026();
const ix = indexOf(LKE_2021);

function masterSoals(m: PortalMaster): PortalSoal[] {
  const out: PortalSoal[] = [];
  const walk = (n: PortalNode): void => {
    out.push(...(n.soals ?? []));
    n.children.forEach(walk);
  };
  m.data.forEach(walk);
  return out;
}

/** The PortalRB spelling → our answer type, written out independently of RULES_2021. */
const TYPE_OF: Record<string, AnswerType> = {
  YA_TIDAK: 'YA_TIDAK',
  ABC: 'ABC',
  ABCD: 'ABCD',
  ABCDE: 'ABCDE',
  Jumlah: 'JUMLAH',
  jumlah: 'JUMLAH',
  '0-4': 'NILAI_0_4',
};

describe('the catalogue against the shared PortalRB 2026 master', () => {
  const soals = masterSoals(master);

  it('has every master soal and no other, 127 in all', () => {
    expect(master.total_soal).toBe(127);
    expect([...ix.question.keys()].sort((a, b) => a - b)).toEqual(
      soals.map((s) => s.id).sort((a, b) => a - b),
    );
  });

  it('matches every soal on weight, answer type, option keys and values, row and texts', () => {
    const differences: string[] = [];
    for (const s of soals) {
      const q = ix.question.get(s.id);
      if (!q) {
        differences.push(`soal ${s.id}: missing`);
        continue;
      }
      const want = {
        weight: s.bobot_maksimal,
        type: TYPE_OF[s.jenis_jawaban],
        options: s.skema_penilaian.map((o) => `${o.key}=${o.multiplier}`).join(' '),
        row: s.excel_baris,
        text: s.teks_pertanyaan.trim(),
      };
      const got = {
        weight: q.weight,
        type: q.answerType,
        options: q.options.map((o) => `${o.key}=${o.value}`).join(' '),
        row: q.row,
        text: q.text,
      };
      for (const k of Object.keys(want) as (keyof typeof want)[]) {
        if (want[k] !== got[k])
          differences.push(`soal ${s.id} ${k}: master ${String(want[k])} ≠ catalogue ${String(got[k])}`);
      }
      if (
        s.excel_sheet !== 'Jawaban' ||
        s.excel_kolom_jawaban_unit !== 'K' ||
        s.excel_kolom_jawaban_tpi !== 'N'
      ) {
        differences.push(
          `soal ${s.id}: master moved its answer columns (${s.excel_sheet}!${s.excel_kolom_jawaban_unit}/${s.excel_kolom_jawaban_tpi})`,
        );
      }
    }
    expect(differences).toEqual([]);
  });

  it('matches every master node on weight and place in the hierarchy', () => {
    const differences: string[] = [];
    const walk = (n: PortalNode, parentKey: string | null): void => {
      const ours = ix.nodes.find((x) => x.portalId === n.id);
      if (!ours) differences.push(`node ${n.id} "${n.nama}": missing`);
      else {
        if (ours.weight !== n.bobot_maksimal)
          differences.push(`node ${n.id}: weight ${n.bobot_maksimal} ≠ ${ours.weight}`);
        if (parentKey !== null && !ours.key.startsWith(`${parentKey}.`))
          differences.push(`node ${n.id}: not under ${parentKey}`);
        const soalIds = (n.soals ?? []).map((s) => s.id);
        const ourIds =
          ours.level === 'aspek'
            ? ours.children.flatMap((c) => c.questions.map((q) => q.soalId))
            : ours.questions.map((q) => q.soalId);
        if (soalIds.join() !== ourIds.join())
          differences.push(`node ${n.id}: soals ${soalIds.join()} ≠ ${ourIds.join()}`);
      }
      n.children.forEach((c) => walk(c, ours?.key ?? null));
    };
    master.data.forEach((n) => walk(n, null));
    expect(differences).toEqual([]);
  });

  it('is exactly what the loader builds from the master (the committed data is not edited by hand)', () => {
    expect(catalogueFromPortalMaster(master, RULES_2021)).toEqual(LKE_2021);
  });

  it('fails loudly when the master changes: a changed weight is caught', () => {
    const tampered = JSON.parse(JSON.stringify(master)) as {
      data: { children: { children: { bobot_maksimal: number }[] }[] }[];
    };
    const area = tampered.data[0]?.children[0]?.children[0];
    if (area) area.bobot_maksimal = 4.5;
    expect(catalogueFromPortalMaster(tampered as unknown as PortalMaster, RULES_2021)).not.toEqual(LKE_2021);
  });

  it('refuses an answer type it does not know, and a Jumlah input that feeds no % item', () => {
    const unknownType = JSON.parse(
      JSON.stringify(master).replace('"jenis_jawaban":"ABCD"', '"jenis_jawaban":"SKALA"'),
    ) as PortalMaster;
    expect(() => catalogueFromPortalMaster(unknownType, RULES_2021)).toThrow(CatalogueError);
    const noRatio = { ...RULES_2021, ratios: RULES_2021.ratios.filter((r) => r.id !== 'ak-sasaran') };
    expect(() => catalogueFromPortalMaster(master, noRatio)).toThrow(/feeds no % item/);
  });
});

describe('the catalogue holds together', () => {
  const sumOfChildren = (n: LkeNode): number => n.children.reduce((s, c) => s + c.weight, 0);

  it.each(ix.nodes.filter((n) => n.children.length > 0).map((n) => [n.key, n] as const))(
    '%s weighs the sum of its children',
    (_key, n) => {
      expect(sumOfChildren(n)).toBeCloseTo(n.weight, 12);
    },
  );

  it('weighs 60 + 40 = 100, with Pemenuhan and Reform 30 each', () => {
    expect(LKE_2021.roots.map((r) => [r.key, r.weight])).toEqual([
      ['A', 60],
      ['B', 40],
    ]);
    expect(ix.node.get('A.I')?.weight).toBe(30);
    expect(ix.node.get('A.II')?.weight).toBe(30);
  });

  it('splits each area 50/50 between Pemenuhan and Reform, summing to the combined weight (Tabel 3)', () => {
    for (const a of LKE_2021.areas) {
      const parts = ix.nodes.filter((n) => n.level === 'area' && n.area === a.id).map((n) => n.weight);
      expect(parts).toEqual([a.weight / 2, a.weight / 2]);
    }
    expect(LKE_2021.areas.map((a) => a.weight)).toEqual([8, 7, 10, 10, 15, 10]);
  });

  it('has 87 Pemenuhan questions, 22 Jumlah inputs, 8 % items and 3 Hasil items, as LKE.md counts them', () => {
    const pemenuhan = ix.questions.filter((q) => ix.leafOf.get(q.soalId)?.key.startsWith('A.I.'));
    expect(pemenuhan).toHaveLength(87);
    expect(ix.questions.filter((q) => q.answerType === 'JUMLAH')).toHaveLength(22);
    expect(LKE_2021.ratios).toHaveLength(8);
    expect(
      ix.nodes.filter((n) => n.key.startsWith('B.') && n.children.length === 0).map((n) => n.weight),
    ).toEqual([17.5, 5, 17.5]);
  });

  it('gives each question its own row, and each option value the official figure (0.67 / 0.33, not 2/3)', () => {
    const rows = ix.questions.map((q) => q.row);
    expect(new Set(rows).size).toBe(rows.length);
    const abcd = ix.questions.find((q) => q.answerType === 'ABCD');
    expect(abcd?.options.map((o) => o.value)).toEqual([1, 0.67, 0.33, 0]);
  });

  it('uses the indicator weights of lke-2021.json for every sub-area it shares', () => {
    interface Ind {
      id: string;
      weight: number;
      sub_indicators?: Ind[];
    }
    interface Area {
      indicators: Ind[];
    }
    interface Sub {
      areas?: Area[];
    }
    const ref = readReference<{ components: { sub_components: Sub[] }[] }>('lke-2021.json');
    const weights = new Map<string, number>();
    const add = (i: Ind): void => {
      weights.set(i.id, i.weight);
      (i.sub_indicators ?? []).forEach(add);
    };
    ref.components.forEach((c) =>
      c.sub_components.forEach((s) => (s.areas ?? []).forEach((a) => a.indicators.forEach(add))),
    );
    const subAreas = ix.nodes.filter((n) => n.level === 'subArea' && n.key.startsWith('A.'));
    expect(subAreas.length).toBeGreaterThan(40);
    for (const n of subAreas) expect([n.key, weights.get(n.key)]).toEqual([n.key, n.weight]);
  });
});

describe('splitNumbering', () => {
  it.each([
    ['A. PENGUNGKIT', 'A.', 'PENGUNGKIT'],
    ['i. Penyusunan Tim Kerja', 'i.', 'Penyusunan Tim Kerja'],
    ['1. MANAJEMEN PERUBAHAN', '1.', 'MANAJEMEN PERUBAHAN'],
  ])('%s', (nama, numbering, name) => {
    expect(splitNumbering(nama)).toEqual({ numbering, name });
  });

  it('refuses a name without numbering', () => {
    expect(() => splitNumbering('PENGUNGKIT')).toThrow(CatalogueError);
  });
});
