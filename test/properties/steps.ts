// The steps of a "nothing lost" sequence, their generators, and the oracle: what each step must leave in the
// input cells, decided from the step alone (never from the code under test).
import fc from 'fast-check';
import type { Answer, Question } from '../../src/lke';
import { PROFIL, SHEETS, type CellValue, type InputField } from '../../src/workbook';
import { answerKey, FIELDS, ix, keyOf } from './book';

export const WIRE: Readonly<Record<InputField, string>> = {
  unit: 'jawaban_unit',
  unitNote: 'catatan_unit',
  unitEvidence: 'bukti_dukung_unit',
  tpi: 'jawaban_tpi',
  tpiNote: 'catatan_tpi',
};

/** One answer record of a file: each field absent, null, blank or a value. */
export type FileAnswer = { soal_id: number } & Partial<Record<string, string | number | null>>;
export interface AnswersFile {
  unit_id?: string | number | null;
  nama_unit?: string | null;
  tahun?: number | null;
  answers: FileAnswer[];
}

export type Step =
  | { kind: 'import'; file: AnswersFile; mode: 'merge' | 'replace'; via: 'cli' | 'pane' }
  | { kind: 'edit'; key: string; value: CellValue }
  | { kind: 'export' }
  | { kind: 'upgrade' }
  | { kind: 'migrate'; which: number };

const questions = ix.questions;
const text = fc
  .string({ minLength: 1, maxLength: 12 })
  .filter((s) => s.trim() !== '')
  .map((s) => s);
const link = fc.webUrl().map((u) => u.slice(0, 80));
/**
 * An index or count as a number in 0..4 with up to six decimals: what a person types, and what every host keeps
 * exactly (HyperFormula, the preview host's engine, rounds to 14 significant digits and turns the tiniest
 * doubles into NaN; Excel flushes subnormals to 0).
 */
const double = fc.integer({ min: 0, max: 4_000_000 }).map((n) => n / 1e6);
const numeric = (q: Question): boolean => q.answerType === 'JUMLAH' || q.answerType === 'NILAI_0_4';

/** An answer as a file carries it (strings, as PortalRB sends them; now and then a JSON number). */
function wireAnswer(q: Question): fc.Arbitrary<string | number> {
  if (q.answerType === 'JUMLAH')
    return fc.oneof(fc.nat({ max: 500 }).map(String), fc.nat({ max: 500 }), fc.constant('12 orang'));
  if (q.answerType === 'NILAI_0_4')
    return fc.oneof(
      fc.integer({ min: 0, max: 400 }).map((n) => (n / 100).toFixed(2).replace('.', ',')),
      double,
    );
  return fc.oneof(
    fc.constantFrom(...q.options.map((o) => o.key)),
    fc.constantFrom(...q.options.map((o) => ` ${o.key.toLowerCase()} `)),
    fc.constant('Z'),
  );
}

/** An answer as a person types it into the cell (numerals in a count cell are numbers, as Excel stores them). */
function cellAnswer(q: Question): fc.Arbitrary<CellValue> {
  if (numeric(q)) return fc.oneof(fc.nat({ max: 500 }), double, fc.constant('banyak'));
  return fc.oneof(fc.constantFrom(...q.options.map((o) => o.key)), fc.constant('A.'));
}

const absentNullOrBlank = fc.constantFrom<'absent' | null | '' | '  '>('absent', null, '', '  ');

function recordArb(q: Question): fc.Arbitrary<FileAnswer> {
  const field = (f: InputField) => {
    const value = f === 'unit' || f === 'tpi' ? wireAnswer(q) : f === 'unitEvidence' ? link : text;
    return fc.oneof({ weight: 2, arbitrary: value }, { weight: 1, arbitrary: absentNullOrBlank });
  };
  return fc.tuple(...FIELDS.map(field)).map((values) => {
    const r: FileAnswer = { soal_id: q.soalId };
    FIELDS.forEach((f, i) => {
      const v = values[i];
      if (v !== 'absent' && v !== undefined) r[WIRE[f]] = v;
    });
    return r;
  });
}

const unitArb = fc.record(
  {
    unit_id: fc.oneof(fc.constant(null), fc.constantFrom('U-1', 'KPPN-017', 'u 2'), fc.nat({ max: 99 })),
    nama_unit: fc.oneof(fc.constant(null), fc.constantFrom('KPPN A', 'Biro Umum', 'Kantor "B"')),
    tahun: fc.oneof(fc.constant(null), fc.integer({ min: 2020, max: 2030 })),
  },
  { requiredKeys: [] },
);

/** A partial file (a few soal) or, less often, a full one (every soal). */
export const fileArb: fc.Arbitrary<AnswersFile> = fc
  .oneof(
    {
      weight: 5,
      arbitrary: fc
        .uniqueArray(fc.integer({ min: 0, max: questions.length - 1 }), { maxLength: 12 })
        .chain((idx) => fc.tuple(...idx.map((i) => recordArb(questions[i] as Question)))),
    },
    { weight: 1, arbitrary: fc.tuple(...questions.map(recordArb)) },
  )
  .chain((answers) => unitArb.map((unit) => ({ ...unit, answers: [...answers] })));

const editArb: fc.Arbitrary<Step> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: questions.length - 1 }), fc.constantFrom(...FIELDS))
    .chain(([i, field]) => {
      const q = questions[i] as Question;
      const value: fc.Arbitrary<CellValue> =
        field === 'unit' || field === 'tpi' ? cellAnswer(q) : field === 'unitEvidence' ? link : text;
      return fc
        .oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) })
        .map((v): Step => ({ kind: 'edit', key: answerKey(q.soalId, field), value: v }));
    }),
  fc
    .tuple(
      fc.constantFrom(PROFIL.unitName, PROFIL.unitId, PROFIL.instansi, PROFIL.year, PROFIL.held),
      fc.oneof(
        fc.constantFrom('KPPN C', 'Kemenkeu', 'Menuju WBK', 'X-9'),
        fc.integer({ min: 2020, max: 2030 }),
      ),
    )
    .map(([address, value]): Step => ({ kind: 'edit', key: keyOf(SHEETS.profil, address), value })),
);

/** How many circulated sheets the migration steps choose from (reading one takes a third of a second). */
export const MIGRATIONS = 6;

/** The unit answers of a circulated sheet to migrate: some soal answered (any valid option or number), most not. */
export const circulatedAnswersArb: fc.Arbitrary<Answer[]> = fc.tuple(
  ...questions.map((q) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant<Answer>(null) },
      {
        weight: 1,
        arbitrary: numeric(q)
          ? fc.nat({ max: 40 }).map((n): Answer => (q.answerType === 'NILAI_0_4' ? n / 10 : n))
          : fc.constantFrom<Answer>(...q.options.map((o) => o.key)),
      },
    ),
  ),
);

const migrateArb: fc.Arbitrary<Step> = fc
  .nat({ max: MIGRATIONS - 1 })
  .map((which): Step => ({ kind: 'migrate', which }));

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fileArb,
        fc.constantFrom<'merge' | 'replace'>('merge', 'merge', 'replace'),
        fc.constantFrom<'cli' | 'pane'>('cli', 'pane'),
      )
      .map(([file, mode, via]): Step => ({ kind: 'import', file, mode, via })),
  },
  { weight: 3, arbitrary: editArb },
  { weight: 2, arbitrary: fc.constant<Step>({ kind: 'export' }) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'upgrade' }) },
  { weight: 1, arbitrary: migrateArb },
);

const says = (v: unknown): v is string | number =>
  (typeof v === 'string' && v.trim() !== '') || typeof v === 'number';

/** What a file's value becomes in its cell: numerals of count and index questions become numbers. */
function cellOf(q: Question, field: InputField, v: string | number): CellValue {
  if (
    (field === 'unit' || field === 'tpi') &&
    numeric(q) &&
    typeof v === 'string' &&
    /^ *-?\d+(?:[.,]\d+)? *$/.test(v)
  )
    return Number(v.trim().replace(',', '.'));
  return v;
}

/** The oracle of an import: a value changes its cell; nothing else does, but `replace` empties listed soal. */
export function expectImport(
  expected: Record<string, CellValue>,
  file: AnswersFile,
  mode: 'merge' | 'replace',
): void {
  for (const a of file.answers) {
    const q = ix.question.get(a.soal_id) as Question;
    for (const f of FIELDS) {
      const key = answerKey(q.soalId, f);
      const v = a[WIRE[f]];
      if (says(v)) expected[key] = cellOf(q, f, v);
      else if (mode === 'replace') delete expected[key];
    }
  }
  const profil = (address: string, v: unknown): void => {
    if (says(v)) expected[keyOf(SHEETS.profil, address)] = v;
  };
  profil(PROFIL.unitName, file.nama_unit);
  profil(PROFIL.unitId, file.unit_id);
  profil(PROFIL.year, file.tahun);
}
