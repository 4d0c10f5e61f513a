// The independent real engine: the .xlsx written by `lke-zi template` + `import`, filled from a handful of answer
// sets, recalculated by LibreOffice Calc headless (one soffice call) and read back, equals the engine on every
// named cell. Fails (does not skip) when soffice is missing on CI.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import {
  evaluate,
  excelRound,
  LKE_2021,
  parsePortalAnswers,
  THRESHOLDS_2021,
  type HeldPredicate,
  type PortalAnswersFile,
} from '../../src/lke';
import { HELD_OPTIONS, planWorkbook, PROFIL, SHEETS } from '../../src/workbook';
import { answerSet } from '../workbook/answerSets';
import { expectedFor, expectedForName } from '../workbook/expected';
import { findSoffice, recalcAll } from './libreoffice';
import { xlsxValues, type XlsxValue } from './xlsxValues';
import { filled, fullAnswers, openXlsx, questions, withBadEntries } from './workbookFixtures';

const SOFFICE = findSoffice();
const suite = SOFFICE !== null || process.env.CI === 'true' ? describe : describe.skip;
const plan = planWorkbook(LKE_2021, THRESHOLDS_2021);

const ZERO_COUNTS = (): PortalAnswersFile => {
  const f = fullAnswers();
  return {
    ...f,
    answers: f.answers.map((a) => {
      const q = questions.find((x) => x.soalId === a.soal_id);
      if (q?.answerType === 'JUMLAH')
        return { ...a, jawaban_unit: '0', jawaban_tpi: a.soal_id === 103 ? '2' : '0' };
      // IPAK index 3.6 and IPKP 3.2: exactly on the WBK thresholds (15.75 and 14.00).
      if (q?.answerType === 'NILAI_0_4') return { ...a, jawaban_unit: '3.6', jawaban_tpi: '3.2' };
      return a;
    }),
  };
};

const BEST = (): PortalAnswersFile => {
  const counts: Record<number, string> = {
    88: '2',
    89: '2',
    90: '3',
    91: '3',
    102: '5',
    103: '0',
    104: '0',
    105: '4',
    106: '4',
    110: '6',
    111: '0',
    112: '6',
    113: '1',
    114: '2',
    115: '0',
    116: '3',
    117: '2',
    118: '2',
    119: '1',
    120: '5',
    122: '8',
    123: '8',
  };
  const f = fullAnswers();
  return {
    ...f,
    answers: f.answers.map((a) => {
      const q = questions.find((x) => x.soalId === a.soal_id);
      const v =
        q?.answerType === 'JUMLAH'
          ? (counts[a.soal_id] ?? '0')
          : q?.answerType === 'NILAI_0_4'
            ? '4'
            : (q?.options[0]?.key ?? 'A');
      return { ...a, jawaban_unit: v, jawaban_tpi: v };
    }),
  };
};

/** A generated answer set (both columns valid) as a PortalRB file: numbers as numerals, text as typed. */
function generated(seed: number): PortalAnswersFile {
  const [set] = fc.sample(answerSet, { numRuns: 1, seed });
  const f = fullAnswers();
  const asText = (c: { t: string; v?: unknown } | undefined): string | null =>
    c && (c.t === 'text' || c.t === 'number') ? String(c.v) : null;
  return {
    ...f,
    answers: f.answers.map((a) => ({
      ...a,
      jawaban_unit: asText(set?.unit.get(a.soal_id)),
      jawaban_tpi: asText(set?.tpi.get(a.soal_id)),
    })),
  };
}

const EMPTY = (): PortalAnswersFile => ({
  ...fullAnswers(),
  answers: fullAnswers().answers.map((a) => ({ ...a, jawaban_unit: null, jawaban_tpi: null })),
});

const SETS: readonly [string, () => PortalAnswersFile, HeldPredicate][] = [
  ['best.xlsx', BEST, 'WBK'],
  ['empty.xlsx', EMPTY, 'none'],
  ['full.xlsx', fullAnswers, 'none'],
  ['bad.xlsx', () => withBadEntries(fullAnswers()), 'WBBM'],
  ['zeros.xlsx', ZERO_COUNTS, 'WBK'],
  ['gen1.xlsx', () => generated(11), 'WBK'],
  ['gen2.xlsx', () => generated(29), 'none'],
];

const ROUND_CASES = [74.995, 1.005, 2.675, 0.285, 1.255, -2.345, 4.795, 18.245];

async function roundBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('R');
  ROUND_CASES.forEach((x, i) => {
    ws.getCell(i + 1, 1).value = x;
    ws.getCell(i + 1, 2).value = { formula: `ROUND(A${i + 1},2)`, date1904: false };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function same(expected: unknown, got: XlsxValue): boolean {
  if (typeof expected === 'number') return typeof got === 'number' && Math.abs(expected - got) <= 1e-9;
  return expected === got;
}

suite('LibreOffice Calc recalculates the written workbook to the engine’s figures', () => {
  let results: Map<string, Buffer>;
  const inputs = new Map<string, Buffer>();

  beforeAll(async () => {
    if (SOFFICE === null)
      throw new Error(
        'soffice not found: CI must install libreoffice-calc (apt-get install libreoffice-calc)',
      );
    for (const [name, make, held] of SETS) {
      const wb = await openXlsx(await filled(make()));
      (wb.getWorksheet(SHEETS.profil) as ExcelJS.Worksheet).getCell(PROFIL.held).value = HELD_OPTIONS[held];
      inputs.set(name, Buffer.from(await wb.xlsx.writeBuffer()));
    }
    inputs.set('round.xlsx', await roundBook());
    results = recalcAll(SOFFICE, inputs).out;
  }, 180_000);

  it.each(SETS.map(([name, make, held]) => [name, make, held] as const))(
    '%s: every named cell',
    (name, make, held) => {
      const { entries } = parsePortalAnswers(LKE_2021, make());
      const ev = evaluate(LKE_2021, THRESHOLDS_2021, entries, { heldPredicate: held });
      const values = xlsxValues(results.get(name) ?? Buffer.alloc(0));
      const diffs = plan.names
        .map((n) => ({ name: n.name, expected: expectedForName(n.name, ev), got: values.name(n.name) }))
        .filter((d) => !same(d.expected, d.got));
      expect(diffs).toEqual([]);
    },
  );

  it('every computed cell of every set equals the engine, and none shows an error value', () => {
    for (const [name, make, held] of SETS) {
      const { entries } = parsePortalAnswers(LKE_2021, make());
      const profile = { heldPredicate: held };
      const ev = evaluate(LKE_2021, THRESHOLDS_2021, entries, profile);
      const values = xlsxValues(results.get(name) ?? Buffer.alloc(0));
      const diffs = plan.computed.flatMap((c) => {
        const got = values.cell(c.sheet, c.address);
        const expected = expectedFor(c.meaning, ev, entries, profile);
        const bad = (got !== null && typeof got === 'object') || (expected !== null && !same(expected, got));
        return bad ? [{ cell: `${c.sheet}!${c.address}`, expected, got }] : [];
      });
      expect([name, diffs.slice(0, 5)]).toEqual([name, []]);
    }
  });

  it('the sets reach every verdict (the check is not vacuous)', () => {
    const seen = new Set<XlsxValue>();
    for (const [name] of SETS) {
      const values = xlsxValues(results.get(name) ?? Buffer.alloc(0));
      for (const n of ['ZI_WBK_UNIT', 'ZI_WBBM_UNIT', 'ZI_WBK_TPI', 'ZI_WBBM_TPI']) seen.add(values.name(n));
    }
    expect([...seen].sort()).toEqual(['BELUM DAPAT DINILAI', 'MEMENUHI', 'TIDAK MEMENUHI']);
  });

  it('rounds as Excel does (ROUND(74.995,2) = 75, ROUND(1.005,2) = 1.01), as the engine’s excelRound', () => {
    const values = xlsxValues(results.get('round.xlsx') ?? Buffer.alloc(0));
    const got = ROUND_CASES.map((_, i) => values.cell('R', `B${i + 1}`));
    expect(got).toEqual(ROUND_CASES.map((x) => excelRound(x, 2)));
    expect(got.slice(0, 2)).toEqual([75, 1.01]);
  });
});
