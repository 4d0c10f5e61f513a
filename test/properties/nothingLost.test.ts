// Issue 14.8, "nothing lost": random sequences of template, import (partial and full, merge and replace, through
// the command line's planner and the pane's preview), edit, export, upgrade and migration never lose or alter an
// answer, note or link the sequence did not change. In memory (the same read/plan/write functions the pane and
// the command line use) for 2,000 sequences; real .xlsx round trips through `lke-zi` for a few.
import fc from 'fast-check';
import {
  EMPTY_CELL,
  migrateCirculated,
  type CellGrid,
  type CirculatedMigration,
  type GridCell,
} from '../../src/circulated';
import { gridOfWorksheet } from '../oracle/exceljsGrid';
import { parseJsonFile } from '../../src/cli/json';
import { LKE_2021, parsePortalAnswers, THRESHOLDS_2021, toPortalAnswers, type Answer } from '../../src/lke';
import { previewImport } from '../../src/taskpane/model';
import { entryWrites, profileWrites } from '../../src/taskpane/writes';
import {
  hasValue,
  initialInputWrites,
  inputWrites,
  planWorkbook,
  SHEETS,
  type CellValue,
} from '../../src/workbook';
import { expectedRows, fixtureBytes, loadWorkbook, sheetOf } from '../circulated/fixtureData';
import {
  answerKey,
  applyWrites,
  FIELDS,
  inputsOf,
  ix,
  readBook,
  templateBook,
  upgrade,
  type Book,
} from './book';
import { circulatedAnswersArb, expectImport, fileArb, MIGRATIONS, stepArb, type Step } from './steps';
import { run } from '../../src/cli/main';
import { PreviewBook, previewRun } from '../../src/preview/host';
import { workbookOps } from '../../src/taskpane/workbookOps';

import { memoryIo } from '../cli/memoryIo';

jest.setTimeout(120_000);

let base: GridCell[][] = [];
let rowOf = new Map<number, number>();
/** Circulated sheets read once (with the answers typed into them), for the migration steps to choose from. */
let migrations: { readonly answers: readonly Answer[]; readonly m: CirculatedMigration }[] = [];
beforeAll(async () => {
  const ws = sheetOf(await loadWorkbook(fixtureBytes('blanks')));
  const g = gridOfWorksheet(ws);
  base = Array.from({ length: g.rowCount }, (_, r) =>
    Array.from({ length: g.columnCount }, (_, c) => g.cell(r + 1, c + 1)),
  );
  rowOf = expectedRows(ws);
  migrations = fc
    .sample(circulatedAnswersArb, { numRuns: MIGRATIONS, seed: 14 })
    .map((answers) => ({ answers, m: migrateCirculated(circulatedWith(answers), LKE_2021) }));
  // The migration reads back every answer typed into column K, on its soal id.
  for (const { answers, m } of migrations)
    ix.questions.forEach((q, i) => expect(m.entries.get(q.soalId)?.unit ?? null).toEqual(answers[i] ?? null));
});

/** The circulated sheet with these answers in column K (everything else as the fixture has it). */
function circulatedWith(answers: readonly Answer[]): CellGrid {
  const rows = base.map((r) => [...r]);
  ix.questions.forEach((q, i) => {
    const row = rows[(rowOf.get(q.soalId) ?? 0) - 1];
    if (row) row[10] = { ...EMPTY_CELL, value: answers[i] ?? null };
  });
  return {
    rowCount: rows.length,
    columnCount: base[0]?.length ?? 16,
    cell: (r, c) => rows[r - 1]?.[c - 1] ?? EMPTY_CELL,
  };
}

/** Runs one step on the book through the real code, and on the oracle by the rule alone. */
function step(book: Book, expected: Record<string, CellValue>, s: Step): void {
  switch (s.kind) {
    case 'import': {
      const text = JSON.stringify(s.file);
      const now = readBook(book);
      const writes =
        s.via === 'cli'
          ? inputWrites(
              LKE_2021,
              now,
              parsePortalAnswers(LKE_2021, parseJsonFile(Buffer.from(text), 'a.json')),
              s.mode,
            ).writes
          : previewImport(LKE_2021, now.entries, text, now.profile, s.mode).writes;
      applyWrites(book, writes);
      expectImport(expected, s.file, s.mode);
      return;
    }
    case 'edit':
      book.set(s.key, s.value);
      if (s.value === null) delete expected[s.key];
      else expected[s.key] = s.value;
      return;
    case 'export': {
      // Export, then import the file back: into the same workbook nothing changes; into a new template every
      // answer, note and link comes back.
      const now = readBook(book);
      const text = JSON.stringify(toPortalAnswers(LKE_2021, now.entries, now.meta), null, 2);
      const back = parsePortalAnswers(LKE_2021, parseJsonFile(Buffer.from(text), 'JAWABAN.json'));
      expect(inputWrites(LKE_2021, now, back).writes).toEqual([]);
      const fresh = templateBook();
      applyWrites(fresh, inputWrites(LKE_2021, readBook(fresh), back).writes);
      const jawaban = (b: Book) =>
        Object.fromEntries(Object.entries(inputsOf(b)).filter(([k]) => k.startsWith(`${SHEETS.jawaban}!`)));
      expect(jawaban(fresh)).toEqual(jawaban(book));
      return;
    }
    case 'upgrade':
      upgrade(book);
      return;
    case 'migrate': {
      const m = migrations[s.which]?.m;
      if (!m) throw new Error(`no migration ${s.which}`);
      applyWrites(book, entryWrites(LKE_2021, m.entries, readBook(book).entries));
      for (const [soalId, e] of m.entries)
        for (const f of FIELDS) {
          const v = e[f] ?? null;
          if (hasValue(v)) expected[answerKey(soalId, f)] = v;
        }
      return;
    }
    default: {
      const never: never = s;
      throw new Error(`unknown step ${JSON.stringify(never)}`);
    }
  }
}

describe('nothing lost', () => {
  it('random sequences never lose or alter an answer, note or link they did not change (2,000 sequences)', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 8 }), (steps) => {
        const book = templateBook();
        const expected = inputsOf(book);
        for (const s of steps) {
          step(book, expected, s);
          expect(inputsOf(book)).toEqual(expected);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});

/** A few sequences through the real hosts: `lke-zi` over real .xlsx files, and the pane over the preview host. */
const realStepArb = stepArb.filter((s) => s.kind === 'import' || s.kind === 'edit' || s.kind === 'upgrade');

describe('nothing lost, through real files and the preview host', () => {
  it('lke-zi template → import… → export over real .xlsx gives what the in-memory book holds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fileArb, fc.constantFrom<'merge' | 'replace'>('merge', 'replace')), {
          minLength: 1,
          maxLength: 3,
        }),
        async (imports) => {
          const io = memoryIo();
          expect(await run(['template', '--out', 'LKE.xlsx'], io)).toBe(0);
          // `lke-zi template` starts with the catalogue's year: the same plan's starting inputs.
          const book = templateBook();
          const seeded = planWorkbook(LKE_2021, THRESHOLDS_2021, { unitName: null, year: LKE_2021.year });
          applyWrites(book, initialInputWrites(seeded));
          for (const [i, [file, mode]] of imports.entries()) {
            io.files.set(`a${i}.json`, Buffer.from(JSON.stringify(file)));
            const flags = mode === 'replace' ? ['--replace'] : [];
            expect(await run(['import', `a${i}.json`, '--into', 'LKE.xlsx', ...flags], io)).toBeLessThan(2);
            step(book, {}, { kind: 'import', file, mode, via: 'cli' });
          }
          expect(await run(['export', 'LKE.xlsx', '--out', 'JAWABAN.json'], io)).toBe(0);
          const now = readBook(book);
          const exported = JSON.parse(io.files.get('JAWABAN.json')?.toString('utf8') ?? '{}') as unknown;
          expect(exported).toEqual(toPortalAnswers(LKE_2021, now.entries, now.meta));
        },
      ),
      { numRuns: 2 },
    );
  }, 300_000);

  it('the pane over the preview host (import, typing, set-up again) keeps what the in-memory book holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(realStepArb, { minLength: 1, maxLength: 4 }), async (steps) => {
        const ops = workbookOps(previewRun(new PreviewBook()));
        expect((await ops.apply({})).kind).toBe('applied');
        const first = await ops.read();
        if (first.reading.kind !== 'read') throw new Error(first.reading.kind);
        // The preview's set-up may start Profil differently from `lke-zi template`: start the model from it.
        const book = templateBook();
        for (const k of [...book.keys()]) if (k.startsWith(`${SHEETS.profil}!`)) book.delete(k);
        applyWrites(book, profileWrites(first.reading.profile));
        for (const s of steps) {
          const { reading } = await ops.read();
          if (reading.kind !== 'read') throw new Error(reading.kind);
          if (s.kind === 'import') {
            const preview = previewImport(
              LKE_2021,
              reading.entries,
              JSON.stringify(s.file),
              reading.profile,
              s.mode,
            );
            await ops.writeInputs(preview.writes);
          } else if (s.kind === 'edit') {
            const [sheet = '', address = ''] = s.key.split('!');
            await ops.writeInputs([{ sheet, address, value: s.value }]);
          } else expect((await ops.apply({})).kind).toBe('applied');
          step(book, {}, s.kind === 'import' ? { ...s, via: 'pane' } : s);
          const after = await ops.read();
          if (after.reading.kind !== 'read') throw new Error(after.reading.kind);
          const want = readBook(book);
          expect(after.reading.entries).toEqual(want.entries);
          expect(after.reading.profile).toEqual(want.profile);
        }
      }),
      { numRuns: 3 },
    );
  }, 300_000);
});
