// Answers files for the workbook commands: a complete one with every kind of cell content a person leaves
// (notes with quotes, links, text that looks like a formula or a number), and helpers to run commands.
import ExcelJS from 'exceljs';
import {
  indexOf,
  LKE_2021,
  parsePortalAnswers,
  validate,
  type PortalAnswer,
  type PortalAnswersFile,
  type Question,
} from '../../src/lke';
import { run } from '../../src/cli/main';
import { memoryIo } from './memoryIo';

export const questions = indexOf(LKE_2021).questions;

/** Counts giving each % item a value strictly between 0 and 1 (and one zero denominator: 110 = 0). */
const COUNTS: Readonly<Record<number, string>> = {
  88: '10',
  89: '8',
  90: '8',
  91: '6',
  102: '4',
  103: '1',
  104: '2',
  105: '12',
  106: '11',
  110: '0',
  111: '0',
  112: '0',
  113: '1',
  114: '3',
  115: '0',
  116: '3',
  117: '20',
  118: '5',
  119: '0',
  120: '24',
  122: '10',
  123: '7',
};

function answerFor(q: Question, i: number, side: 'unit' | 'tpi'): string {
  if (q.answerType === 'JUMLAH') return COUNTS[q.soalId] ?? '0';
  if (q.answerType === 'NILAI_0_4') return side === 'unit' ? '3.7' : '3.55';
  const k = side === 'unit' ? (i % 5 === 0 ? 1 : 0) : i % 3 === 0 ? 1 : 0;
  return q.options[k]?.key ?? 'A';
}

/** A complete answers file (unit and TPI), with notes, links and odd-but-valid spellings. */
export function fullAnswers(): PortalAnswersFile {
  const answers: PortalAnswer[] = questions.map((q, i) => ({
    soal_id: q.soalId,
    jawaban_unit: answerFor(q, i, 'unit'),
    jawaban_tpi: answerFor(q, i, 'tpi'),
    catatan_unit: i % 4 === 0 ? `Catatan "unit" ${q.soalId}; lihat SK 12/2025` : null,
    bukti_dukung_unit: `https://drive.example.go.id/zi/${q.soalId}`,
    catatan_tpi: i % 6 === 0 ? 'Perlu bukti SK' : i === 7 ? '=1+1' : i === 8 ? '123' : null,
  }));
  return { unit_id: 'unit-42', nama_unit: 'KPPN Bandung I', tahun: 2026, answers };
}

/** The same file with entries the engine rejects, kept as typed. */
export function withBadEntries(file: PortalAnswersFile): PortalAnswersFile {
  const bad: Record<number, Partial<PortalAnswer>> = {
    1: { jawaban_unit: ' ya ' },
    2: { jawaban_unit: 'A.' },
    3: { jawaban_tpi: '*' },
    88: { jawaban_unit: '12 orang' },
    103: { jawaban_tpi: '-1' },
    125: { jawaban_unit: '4.5' },
  };
  return { ...file, answers: file.answers.map((a) => ({ ...a, ...(bad[a.soal_id] ?? {}) })) };
}

/** Runs lke-zi in-process over an in-memory file system. */
export async function cli(files: Record<string, Buffer | string>, ...argv: string[]) {
  const io = memoryIo(files);
  const code = await run(argv, io);
  return { code, io, file: (name: string) => io.files.get(name) };
}

/** The template bytes, made once. */
let template: Buffer | null = null;
export async function templateBytes(): Promise<Buffer> {
  if (template) return template;
  const { code, file } = await cli(
    {},
    'template',
    '--out',
    'LKE.xlsx',
    '--unit',
    'KPPN Bandung I',
    '--year',
    '2026',
  );
  const b = file('LKE.xlsx');
  if (code !== 0 || !b) throw new Error('template failed');
  template = b;
  return b;
}

/** A filled workbook from an answers file. */
export async function filled(answers: PortalAnswersFile): Promise<Buffer> {
  const { code, file, io } = await cli(
    { 'LKE.xlsx': await templateBytes(), 'a.json': JSON.stringify(answers) },
    'import',
    'a.json',
    '--into',
    'LKE.xlsx',
    '--out',
    'F.xlsx',
  );
  const b = file('F.xlsx');
  // Exit 1 exactly when the answers hold entries the engine rejects (the workbook is written all the same).
  const { entries } = parsePortalAnswers(LKE_2021, answers);
  const errors = validate(LKE_2021, entries).some((i) => i.severity === 'error');
  if (code !== (errors ? 1 : 0) || !b) throw new Error(`import failed (${code}): ${io.stderr()}`);
  return b;
}

export async function openXlsx(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}
