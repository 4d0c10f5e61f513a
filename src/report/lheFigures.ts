import { PREDICATES, type Column, type ColumnScore } from '../lke';
import type { Block } from './blocks';
import { idMargin, idNumber, idPercent } from './format';
import type { LheInput } from './lheInput';
import { verdictFor } from './verdict';

const COLUMN_NAME: Readonly<Record<Column, string>> = {
  tpi: 'Penilaian TPI',
  unit: 'Penilaian mandiri unit',
};

/** A. The headline for the TPI and for the unit's self-assessment, each predicate. */
export function conclusion(input: LheInput): Block[] {
  const ev = input.evaluation;
  return [
    { kind: 'heading', level: 1, text: 'A. Kesimpulan' },
    {
      kind: 'table',
      header: ['Predikat', COLUMN_NAME.tpi, COLUMN_NAME.unit],
      widths: [2, 5, 5],
      rows: PREDICATES.map((p) => [`Menuju ${p}`, verdictFor(ev, 'tpi', p).id, verdictFor(ev, 'unit', p).id]),
    },
    {
      kind: 'paragraph',
      italic: true,
      text:
        `Nilai total: TPI ${idNumber(ev.scores.tpi.total)}, penilaian mandiri unit ${idNumber(ev.scores.unit.total)}. ` +
        'Kesimpulan mengikuti aturan penilaian PermenPANRB 90/2021 sebagaimana dihitung lembar kerja LKE.',
    },
  ];
}

/** B. Each component and area: value, weight, share, and the 60 % / 75 % lines of the areas. */
export function figuresTable(input: LheInput): Block[] {
  const { tpi, unit } = input.evaluation.scores;
  const t = input.thresholds;
  const line = (share: number, weight: number): string => idNumber(share * weight);
  const row = (label: string, weight: number, a: number, b: number, lines = false): string[] => [
    label,
    idNumber(weight),
    idNumber(a),
    weight > 0 ? idPercent(a / weight) : '–',
    idNumber(b),
    weight > 0 ? idPercent(b / weight) : '–',
    lines ? line(t.areaShare.WBK, weight) : '',
    lines ? line(t.areaShare.WBBM, weight) : '',
  ];
  const areaRows = tpi.areas.map((a, i) =>
    row(`   ${a.id}. ${a.name}`, a.weight, a.value, unit.areas[i]?.value ?? 0, true),
  );
  const w = (s: ColumnScore, k: keyof ColumnScore): number => Number(s[k]);
  const rows = [
    row('A. Pengungkit', 60, tpi.pengungkit, unit.pengungkit),
    row('   Pemenuhan', 30, tpi.pemenuhan, unit.pemenuhan),
    row('   Reform', 30, tpi.reform, unit.reform),
    ...areaRows,
    row('B. Hasil', 40, tpi.hasil, unit.hasil),
    row('   Survei persepsi anti korupsi (IPAK)', 17.5, w(tpi, 'ipak'), w(unit, 'ipak')),
    row('   Capaian kinerja lebih baik', 5, tpi.kinerja, unit.kinerja),
    row('   Survei persepsi kualitas pelayanan (IPKP)', 17.5, tpi.pelayanan, unit.pelayanan),
    row('Nilai total', 100, tpi.total, unit.total),
  ];
  return [
    { kind: 'heading', level: 1, text: 'B. Nilai per komponen dan area' },
    {
      kind: 'paragraph',
      text:
        `Area dinilai dari Pemenuhan + Reform terhadap bobot gabungannya; batas Menuju WBK ${idPercent(t.areaShare.WBK)} ` +
        `dan Menuju WBBM ${idPercent(t.areaShare.WBBM)} dari bobot area.`,
    },
    {
      kind: 'table',
      header: [
        'Komponen / area',
        'Bobot',
        'Nilai TPI',
        '% TPI',
        'Nilai unit',
        '% unit',
        `Batas WBK (${idNumber(t.areaShare.WBK * 100, 0)} %)`,
        `Batas WBBM (${idNumber(t.areaShare.WBBM * 100, 0)} %)`,
      ],
      widths: [27, 10, 9, 11, 9, 11, 11, 12],
      rows,
      boldRows: [0, 3 + areaRows.length, rows.length - 1],
    },
  ];
}

/** C. Every criterion of each predicate: threshold, value and margin for the TPI and the unit. */
export function criteriaTables(input: LheInput): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 1, text: 'C. Kriteria Menuju WBK dan Menuju WBBM' }];
  const ev = input.evaluation;
  for (const p of PREDICATES) {
    const unitCriteria = ev.verdicts.unit[p].criteria;
    out.push({ kind: 'heading', level: 2, text: `Menuju ${p}` });
    out.push({
      kind: 'table',
      header: ['Kriteria', 'Ambang', 'Nilai TPI', 'Selisih TPI', 'Lulus', 'Nilai unit', 'Selisih unit'],
      widths: [33, 10, 9, 10, 8, 9, 10],
      rows: ev.verdicts.tpi[p].criteria.map((c) => {
        const u = unitCriteria.find((x) => x.id === c.id);
        return [
          c.label.id,
          idNumber(c.threshold),
          idNumber(c.value),
          idMargin(c.margin),
          c.passed ? 'ya' : 'tidak',
          u ? idNumber(u.value) : '–',
          u ? idMargin(u.margin) : '–',
        ];
      }),
    });
  }
  return out;
}
