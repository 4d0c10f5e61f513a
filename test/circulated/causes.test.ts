import type ExcelJS from 'exceljs';
import {
  migrateCirculated,
  type Cause,
  type CauseKind,
  type CirculatedMigration,
} from '../../src/circulated';
import { gridOfWorksheet } from '../oracle/exceljsGrid';
import { indexOf, LKE_2021, type AnswerType } from '../../src/lke';
import {
  answerInK,
  expectedRows,
  fixtureBytes,
  FIXTURES,
  loadWorkbook,
  rowLabelled,
  sheetOf,
  shownIn,
  type FixtureName,
} from './fixtureData';

// Reading and writing whole workbooks takes seconds on a loaded machine.
jest.setTimeout(60_000);

const ix = indexOf(LKE_2021);
/** The words the Lampiran III formulas test J against (read off the file's own nested IF). */
const WORD: Record<AnswerType, string> = {
  YA_TIDAK: 'Ya/Tidak',
  ABC: 'A/B/C',
  ABCD: 'A/B/C/D',
  ABCDE: 'A/B/C/D/E',
  JUMLAH: 'Jumlah',
  NILAI_0_4: 'Nilai (0-4)',
};

const state = new Map<FixtureName, { ws: ExcelJS.Worksheet; m: CirculatedMigration }>();
beforeAll(async () => {
  for (const name of FIXTURES) {
    const ws = sheetOf(await loadWorkbook(fixtureBytes(name)));
    state.set(name, { ws, m: migrateCirculated(gridOfWorksheet(ws)) });
  }
});
const get = (name: FixtureName): { ws: ExcelJS.Worksheet; m: CirculatedMigration } => {
  const s = state.get(name);
  if (!s) throw new Error('not loaded');
  return s;
};
const ofKind = (m: CirculatedMigration, kind: CauseKind): Cause[] =>
  m.comparison.causes.filter((c) => c.kind === kind);
const jText = (ws: ExcelJS.Worksheet, row: number): string => {
  const v = ws.getCell(`J${row}`).value;
  return typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '';
};

describe.each(FIXTURES)('causes found in %s', (name) => {
  it('answer-type: exactly the scored questions whose J is not their type', () => {
    const { ws, m } = get(name);
    const wrong: number[] = [];
    for (const [soal, row] of expectedRows(ws)) {
      const q = ix.question.get(soal);
      if (!q || q.answerType === 'JUMLAH' || q.answerType === 'NILAI_0_4') continue;
      if (jText(ws, row) !== WORD[q.answerType]) wrong.push(row);
    }
    expect(wrong.length).toBeGreaterThan(0);
    expect(ofKind(m, 'answer-type').flatMap((c) => c.rows)).toEqual(wrong);
    // Switched off, the question drops out of its heading: the file's figure minus the rule book's is the
    // whole effect (the fixtures have no other defect under that heading).
    for (const c of ofKind(m, 'answer-type')) {
      expect(c.affects).not.toBeNull();
      expect(c.effect ?? NaN).toBeCloseTo(
        (c.affects?.circulated.value ?? NaN) - (c.affects?.ruleBook ?? NaN),
        9,
      );
    }
  });

  it('blank-skipped: exactly the blank scored answers, each inside its heading AVERAGE range', () => {
    const { ws, m } = get(name);
    const blanks: number[] = [];
    for (const [soal, row] of expectedRows(ws)) {
      const q = ix.question.get(soal);
      if (q && q.answerType !== 'JUMLAH' && answerInK(ws, row) === null) blanks.push(row);
    }
    const causes = ofKind(m, 'blank-skipped');
    expect(causes.flatMap((c) => c.rows.slice(1)).sort((a, b) => a - b)).toEqual(blanks);
    for (const c of causes) {
      const heading = c.rows[0] ?? 0;
      const f = ws.getCell(`L${heading}`).formula ?? '';
      const range = /AVERAGE\(L(\d+):L(\d+)\)/.exec(f);
      expect(range).not.toBeNull();
      for (const r of c.rows.slice(1)) {
        expect(r).toBeGreaterThanOrEqual(Number(range?.[1]));
        expect(r).toBeLessThanOrEqual(Number(range?.[2]));
      }
      // The file's own figure minus the engine's is what the skipped blank did (no other defect there).
      expect(c.affects).not.toBeNull();
      const fileValue = shownIn(ws, `L${heading}`);
      expect(typeof fileValue).toBe('number');
      expect(c.effect ?? NaN).toBeCloseTo((fileValue as number) - (c.affects?.ruleBook ?? NaN), 9);
      expect(c.effect ?? 0).toBeGreaterThan(0);
    }
  });

  it('zero-denominator: the % cells showing #DIV/0!, with every figure the error spreads to', () => {
    const { ws, m } = get(name);
    const errorsIn = (col: string): number[] => {
      const out: number[] = [];
      for (let r = 3; r <= ws.rowCount; r++) {
        const v = shownIn(ws, `${col}${r}`);
        if (v !== null && typeof v === 'object') out.push(r);
      }
      return out;
    };
    const kErrors = errorsIn('K');
    const causes = ofKind(m, 'zero-denominator');
    expect(causes.map((c) => c.rows[0])).toEqual(kErrors);
    const spread = errorsIn('L').filter((r) => !kErrors.includes(r));
    for (const c of causes) {
      expect(c.rows).toEqual(expect.arrayContaining(spread));
      const denominator = c.rows[1] ?? 0;
      expect(answerInK(ws, denominator)).toBe(0);
      expect(ws.getCell(`K${c.rows[0] ?? 0}`).formula).toContain(`/K${denominator}`);
    }
  });

  it('aggregate-range: the LHK heading counts LHKPN twice and leaves the LHKASN heading out', () => {
    const { ws, m } = get(name);
    const lhk = rowLabelled(ws, /^Penyampaian Laporan Harta Kekayaan\s*$/);
    const lhkpnPercent = rowLabelled(ws, /Persentase penyampaian LHKPN/);
    const lhkasn = rowLabelled(ws, /\(LHKASN\)/);
    const causes = ofKind(m, 'aggregate-range');
    expect(causes.map((c) => [...c.rows].sort((a, b) => a - b))).toEqual([
      [lhk, lhkpnPercent, lhkasn].sort((a, b) => a - b),
    ]);
    expect(causes[0]?.affects?.key).toBe('A.II.5.iii');
    // What the range alone does, from the file's cached values: shown − mean(LHKPN, LHKASN headings) × Bobot.
    const n = (a: string): number => shownIn(ws, a) as number;
    const weight = ws.getCell(`H${lhk}`).value as number;
    const corrected = ((n(`L${rowLabelled(ws, /\(LHKPN\)/)}`) + n(`L${lhkasn}`)) / 2) * weight;
    expect(causes[0]?.effect ?? NaN).toBeCloseTo(n(`L${lhk}`) - corrected, 9);
  });

  it('ratio-inputs: the LHKASN % divides by the extra typed row, not the three groups', () => {
    const { ws, m } = get(name);
    const percent = rowLabelled(ws, /Persentase penyampaian LHKASN/);
    const extra = rowLabelled(ws, /ASN tidak wajib LHKPN/);
    const causes = ofKind(m, 'ratio-inputs');
    expect(causes).toHaveLength(1);
    expect(causes[0]?.rows.slice(0, 2)).toEqual([percent, extra]);
    expect(causes[0]?.soalIds).toEqual([117, 118, 119]);
  });

  it('every heading that differs from the rule book is explained by a cause on it or below it', () => {
    const { m } = get(name);
    const touched = new Set(m.comparison.causes.flatMap((c) => (c.affects ? [c.affects.key] : [])));
    expect(m.comparison.differing.length).toBeGreaterThan(0);
    for (const d of m.comparison.differing) {
      const explained = [...touched].some((k) => k === d.key || k.startsWith(`${d.key}.`));
      expect([d.key, explained]).toEqual([d.key, true]);
    }
  });
});
