import type ExcelJS from 'exceljs';
import {
  migrateCirculated,
  readCirculated,
  type CirculatedMigration,
  type CirculatedReading,
} from '../../src/circulated';
import { gridOfWorksheet } from '../oracle/exceljsGrid';
import { LKE_2021, scoreColumn } from '../../src/lke';
import {
  answerInK,
  entriesFromK,
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

interface Loaded {
  ws: ExcelJS.Worksheet;
  reading: CirculatedReading;
  migration: CirculatedMigration;
}

const loaded = new Map<FixtureName, Loaded>();
beforeAll(async () => {
  for (const name of FIXTURES) {
    const ws = sheetOf(await loadWorkbook(fixtureBytes(name)));
    const grid = gridOfWorksheet(ws);
    loaded.set(name, { ws, reading: readCirculated(grid), migration: migrateCirculated(grid) });
  }
});
const get = (name: FixtureName): Loaded => {
  const l = loaded.get(name);
  if (!l) throw new Error(`fixture ${name} not loaded`);
  return l;
};

describe.each(FIXTURES)('circulated fixture %s', (name) => {
  it('is password-protected, and is read all the same', () => {
    const { ws, reading } = get(name);
    // exceljs keeps the parsed <sheetProtection> on the sheet but does not type it.
    expect(
      (ws as unknown as { sheetProtection?: { hashValue?: string } }).sheetProtection?.hashValue,
    ).toBeTruthy();
    expect(reading.questionOfRow.size).toBeGreaterThan(100);
  });

  it('puts every answer row on the soal id the README order gives', () => {
    const { ws, reading } = get(name);
    const expected = expectedRows(ws);
    expect(expected.size).toBe(127);
    expect(new Map([...reading.rowOfQuestion].sort((a, b) => a[0] - b[0]))).toEqual(
      new Map([...expected].sort((a, b) => a[0] - b[0])),
    );
    expect(reading.missingQuestions).toEqual([]);
  });

  it('carries every answer exactly as column K holds it', () => {
    const { ws, migration } = get(name);
    for (const [soal, row] of expectedRows(ws)) {
      expect([soal, migration.entries.get(soal)?.unit ?? null]).toEqual([soal, answerInK(ws, row)]);
    }
  });

  it('lists the extra typed row and nothing else as unmatched', () => {
    const { ws, migration } = get(name);
    const extra = rowLabelled(ws, /ASN tidak wajib LHKPN/i);
    expect(migration.unmatched.map((u) => [u.row, u.reason, u.answer])).toEqual([
      [extra, 'no-question', answerInK(ws, extra)],
    ]);
  });

  it('reads the totals as the file shows them', () => {
    const { ws, migration } = get(name);
    const totalRow = rowLabelled(ws, /NILAI EVALUASI ZONA INTEGRITAS/i);
    const pengungkitRow = rowLabelled(ws, /^PENGUNGKIT$/);
    const hasilRow = rowLabelled(ws, /^HASIL$/);
    const as = (v: ReturnType<typeof shownIn>): { value: number | null; error: string | null } =>
      v !== null && typeof v === 'object'
        ? { value: null, error: v.error }
        : { value: typeof v === 'number' ? v : null, error: null };
    const t = as(shownIn(ws, `L${totalRow}`));
    const p = as(shownIn(ws, `L${pengungkitRow}`));
    const h = as(shownIn(ws, `L${hasilRow}`));
    expect(migration.comparison.circulated).toEqual({
      total: t.value,
      pengungkit: p.value,
      hasil: h.value,
      error: t.error ?? p.error ?? h.error,
    });
  });

  it('scores the same answers exactly as the engine does', () => {
    const { ws, migration } = get(name);
    const engine = scoreColumn(LKE_2021, entriesFromK(ws), 'unit');
    const f = migration.comparison.figures;
    expect([f.total.ruleBook, f.pengungkit.ruleBook, f.hasil.ruleBook]).toEqual([
      engine.total,
      engine.pengungkit,
      engine.hasil,
    ]);
    expect(migration.comparison.ruleBook.nodes).toEqual(engine.nodes);
  });
});

describe('what the three files show', () => {
  it('complete: a numeric total of 62.51 that differs from the rule book', () => {
    const c = get('complete').migration.comparison;
    expect(c.circulated.total).toBeCloseTo(62.51, 2);
    expect(c.circulated.error).toBeNull();
    expect(Math.abs(c.figures.total.difference ?? 0)).toBeGreaterThan(0.005);
  });

  it('blanks: the file shows 55.48, more than the rule book gives for the same answers', () => {
    const c = get('blanks').migration.comparison;
    expect(c.circulated.total).toBeCloseTo(55.48, 2);
    expect(c.figures.total.difference ?? 0).toBeGreaterThan(0);
  });

  it('div0: the file shows #DIV/0! where the rule book has a number', () => {
    const c = get('div0').migration.comparison;
    expect(c.circulated).toMatchObject({ total: null, error: '#DIV/0!' });
    expect(Number.isFinite(c.figures.total.ruleBook)).toBe(true);
  });
});
