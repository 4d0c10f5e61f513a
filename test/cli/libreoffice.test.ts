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
  headline,
  type FactKey,
  type HeldPredicate,
  type PortalAnswersFile,
  type UnitProfile,
} from '../../src/lke';
import {
  factCell,
  HELD_OPTIONS,
  planWorkbook,
  PROFIL,
  readProfile,
  SHEETS,
  type CellValue,
} from '../../src/workbook';
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

/** Tabel 5 facts as typed on sheet Profil (raw cell values by fact). */
type Facts = Partial<Record<FactKey, CellValue>>;
const ALL_MET_KL: Facts = {
  agencyKind: 'Kementerian/Lembaga',
  serviceKind: 'Lainnya',
  opiniBpk: 'WTP',
  sakipInstansi: 'BB',
  indeksRb: 'BB',
  spip: 3,
  layananUtama: 'Ya',
  dampakSignifikan: 'ya',
  tindakLanjut: 1,
  kepatuhanLhk: 1,
  lamaZi: 2,
  sakipUnit: 'A',
};
const PEMDA_AFIRMASI: Facts = {
  agencyKind: ' pemerintah  daerah ',
  serviceKind: 'RSUD',
  opiniBpk: 'WDP',
  indeksRb: 'CC',
  spip: 2,
  tindakLanjut: 0.95,
};
const BAD_FACTS: Facts = {
  agencyKind: 'Pemda',
  opiniBpk: 'WTP*',
  sakipInstansi: 'B+',
  spip: 3.5,
  layananUtama: 'Ya.',
  lamaZi: -1,
};
const PEMDA_RB: Facts = {
  ...ALL_MET_KL,
  agencyKind: 'Pemerintah Daerah',
  indeksRb: 'CC',
  serviceKind: 'PTSP',
};

/**
 * Generated facts (the HyperFormula arbitraries) as cell values. Booleans are left out: LibreOffice treats TRUE as
 * the number 1 (ISNUMBER(TRUE) is TRUE there, FALSE in Excel and HyperFormula), a host difference, not ours.
 */
function generatedFacts(seed: number): Facts {
  const [set] = fc.sample(answerSet, { numRuns: 1, seed });
  const out: Facts = {};
  for (const [fact, c] of set?.facts ?? []) out[fact] = c.t === 'text' || c.t === 'number' ? c.v : null;
  return out;
}

const SETS: readonly [string, () => PortalAnswersFile, HeldPredicate, Facts][] = [
  ['best.xlsx', BEST, 'WBK', ALL_MET_KL],
  [
    'partial.xlsx',
    BEST,
    'none',
    { opiniBpk: 'WTP', spip: 4, agencyKind: 'Kementerian/Lembaga', serviceKind: 'RSUD' },
  ],
  ['empty.xlsx', EMPTY, 'none', {}],
  ['full.xlsx', fullAnswers, 'none', PEMDA_AFIRMASI],
  ['bad.xlsx', () => withBadEntries(fullAnswers()), 'WBBM', BAD_FACTS],
  ['zeros.xlsx', ZERO_COUNTS, 'WBK', PEMDA_RB],
  ['gen1.xlsx', () => generated(11), 'WBK', generatedFacts(11)],
  ['gen2.xlsx', () => generated(29), 'none', generatedFacts(29)],
];

/** The engine's profile of a set: sheet Profil read by the plan's own reader. */
function profileOf(held: HeldPredicate, facts: Facts): UnitProfile {
  const cells = new Map<string, CellValue>([[PROFIL.held, HELD_OPTIONS[held]]]);
  for (const [fact, v] of Object.entries(facts)) cells.set(factCell(fact as FactKey), v ?? null);
  return readProfile((a) => cells.get(a) ?? null).profile;
}

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
    for (const [name, make, held, facts] of SETS) {
      const wb = await openXlsx(await filled(make()));
      const profil = wb.getWorksheet(SHEETS.profil) as ExcelJS.Worksheet;
      profil.getCell(PROFIL.held).value = HELD_OPTIONS[held];
      for (const [fact, v] of Object.entries(facts))
        profil.getCell(factCell(fact as FactKey)).value = v ?? null;
      inputs.set(name, Buffer.from(await wb.xlsx.writeBuffer()));
    }
    inputs.set('round.xlsx', await roundBook());
    results = recalcAll(SOFFICE, inputs).out;
  }, 180_000);

  it.each(SETS.map(([name, make, held, facts]) => [name, make, held, facts] as const))(
    '%s: every named cell',
    (name, make, held, facts) => {
      const { entries } = parsePortalAnswers(LKE_2021, make());
      const ev = evaluate(LKE_2021, THRESHOLDS_2021, entries, profileOf(held, facts));
      const values = xlsxValues(results.get(name) ?? Buffer.alloc(0));
      const diffs = plan.names
        .map((n) => ({ name: n.name, expected: expectedForName(n.name, ev), got: values.name(n.name) }))
        .filter((d) => !same(d.expected, d.got));
      expect(diffs).toEqual([]);
    },
  );

  it('every computed cell of every set equals the engine, and none shows an error value', () => {
    for (const [name, make, held, facts] of SETS) {
      const { entries } = parsePortalAnswers(LKE_2021, make());
      const profile = profileOf(held, facts);
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

  it('the sets reach every headline kind and every Tabel 5 status (the Profil check is not vacuous)', () => {
    const kinds = new Set<string>();
    const statuses = new Set<XlsxValue>();
    for (const [name, make, held, facts] of SETS) {
      const { entries } = parsePortalAnswers(LKE_2021, make());
      const ev = evaluate(LKE_2021, THRESHOLDS_2021, entries, profileOf(held, facts));
      for (const c of ['unit', 'tpi'] as const)
        for (const p of ['WBK', 'WBBM'] as const) kinds.add(headline(ev.verdicts[c][p]).kind);
      const values = xlsxValues(results.get(name) ?? Buffer.alloc(0));
      for (const c of plan.computed)
        if (c.meaning.kind === 'requirement') statuses.add(values.cell(c.sheet, c.address));
    }
    expect([...kinds].sort()).toEqual([
      'afirmasi',
      'blocked',
      'eligible',
      'not-eligible',
      'requirements-incomplete',
    ]);
    expect([...statuses].sort()).toEqual(['BELUM DIISI', 'BELUM TERPENUHI', 'TERPENUHI']);
  });

  it('rounds as Excel does (ROUND(74.995,2) = 75, ROUND(1.005,2) = 1.01), as the engine’s excelRound', () => {
    const values = xlsxValues(results.get('round.xlsx') ?? Buffer.alloc(0));
    const got = ROUND_CASES.map((_, i) => values.cell('R', `B${i + 1}`));
    expect(got).toEqual(ROUND_CASES.map((x) => excelRound(x, 2)));
    expect(got.slice(0, 2)).toEqual([75, 1.01]);
  });
});
