import type { Catalogue } from './catalogue/types';
import { indexOf } from './catalogue/indexCatalogue';
import type { Answer, Entry } from './answers';
import { InputError } from './errors';

/** One answer of PortalRB's `jawaban-unit` format (every value a string or null). */
export interface PortalAnswer {
  readonly soal_id: number;
  readonly jawaban_unit: string | null;
  readonly jawaban_tpi: string | null;
  readonly catatan_unit: string | null;
  readonly bukti_dukung_unit: string | null;
  readonly catatan_tpi: string | null;
}

/** PortalRB `GET …/lke/jawaban-unit/{unit_id}`. */
export interface PortalAnswersFile {
  readonly unit_id: string | number | null;
  readonly nama_unit: string | null;
  readonly tahun: number | null;
  readonly answers: readonly PortalAnswer[];
}

export interface UnitMeta {
  readonly unitId: string | number | null;
  readonly unitName: string | null;
  readonly year: number | null;
}

const NUMERAL = /^ *-?\d+(?:[.,]\d+)? *$/;

const ANSWER_KEYS = [
  'jawaban_unit',
  'jawaban_tpi',
  'catatan_unit',
  'bukti_dukung_unit',
  'catatan_tpi',
] as const;

/**
 * An answer from the file as the engine reads it. Numeric questions travel as strings (`"12"`, `"3,60"`);
 * a plain numeral becomes a number, anything else stays text (and is reported as not a number).
 *
 * @example
 * toAnswer('JUMLAH', '12')      // → 12
 * toAnswer('NILAI_0_4', '3,60') // → 3.6
 * toAnswer('ABC', 'B')          // → 'B'
 */
export function toAnswer(type: string, raw: unknown): Answer {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return raw;
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
  if ((type === 'JUMLAH' || type === 'NILAI_0_4') && NUMERAL.test(text))
    return Number(text.trim().replace(',', '.'));
  return text;
}

function fail(id: string, en: string): never {
  throw new InputError(`Berkas jawaban tidak valid: ${id}`, `Invalid answers file: ${en}`);
}

/** The longest text a cell holds (Excel's limit): a longer note would not come back whole. */
export const MAX_CELL_TEXT = 32_767;
/** Digits any numeral keeps exactly in a double: past them a 20-digit count could silently lose its last ones. */
const MAX_DIGITS = 15;

/** A numeral without sign noise: `' 007,50 '` → `7.5`, `'-0.30'` → `-0.3`. */
function canonical(numeral: string): string {
  const t = numeral.trim().replace(',', '.');
  const sign = t.startsWith('-') ? '-' : '';
  const [int = '', frac = ''] = t.replace(/^-/, '').split('.');
  const i = int.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  return `${sign}${i}${f === '' ? '' : `.${f}`}`;
}

/**
 * True when a numeral's value is the number it converts to: always up to 15 significant digits; past that,
 * only when the number prints back as the same digits (`'0.30000000000000004'` yes, a 20-digit count no).
 */
function exactNumeral(numeral: string, n: number): boolean {
  const [int = '', frac = ''] = canonical(numeral).replace(/^-/, '').split('.');
  const digits = `${int}${frac}`.replace(/^0+/, '').replace(/0+$/, '').length;
  return digits <= MAX_DIGITS || canonical(plainNumber(n)) === canonical(numeral);
}

/**
 * Refuses a value the workbook could not hold as given, naming the soal and the field: a nested object or list,
 * a number that is not finite or past what a double keeps exactly (a 400-digit count would become Infinity, a
 * 20-digit one would lose digits), a text longer than a cell holds.
 */
function checkValue(soalId: number, key: string, type: string, raw: unknown): void {
  const where = `soal_id ${soalId} ${key}`;
  if (raw === null || raw === undefined || typeof raw === 'boolean') return;
  if (typeof raw === 'object')
    fail(
      `${where} harus teks atau angka, bukan daftar/objek`,
      `${where} must be text or a number, not a list/object`,
    );
  const numeral = typeof raw === 'string' && (type === 'JUMLAH' || type === 'NILAI_0_4') && NUMERAL.test(raw);
  if (typeof raw === 'number' || numeral) {
    const n = typeof raw === 'number' ? raw : Number(raw.trim().replace(',', '.'));
    // A JSON number arrives as the double it is; a numeral is converted here, and must convert exactly.
    const exact = typeof raw === 'number' || exactNumeral(raw, n);
    if (!Number.isFinite(n) || Math.abs(n) > Number.MAX_SAFE_INTEGER || !exact) {
      const shown =
        String(raw).length > 40
          ? `${String(raw).slice(0, 40)}… (${String(raw).length} karakter)`
          : String(raw);
      fail(
        `${where}: angka "${shown}" di luar yang dapat disimpan tepat (paling besar ${Number.MAX_SAFE_INTEGER}, paling banyak ${MAX_DIGITS} angka bermakna)`,
        `${where}: number "${shown}" cannot be kept exactly (at most ${Number.MAX_SAFE_INTEGER}, at most ${MAX_DIGITS} significant digits)`,
      );
    }
  }
  if (typeof raw === 'string' && raw.length > MAX_CELL_TEXT)
    fail(
      `${where}: teks ${raw.length} karakter, lebih dari isi satu sel (${MAX_CELL_TEXT})`,
      `${where}: text of ${raw.length} characters, more than a cell holds (${MAX_CELL_TEXT})`,
    );
}

function optText(o: Record<string, unknown>, key: string): string | null {
  const v = o[key];
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/**
 * Reads a parsed PortalRB answers file into entries. Throws {@link InputError} (Indonesian, with an English
 * twin) when the shape is wrong, a soal id is unknown to the catalogue, or a soal id repeats.
 *
 * @example
 * parsePortalAnswers(LKE_2021, { answers: [{ soal_id: 88, jawaban_unit: '12', jawaban_tpi: null }] })
 *   .entries.get(88) // → { unit: 12, tpi: null, unitNote: null, unitEvidence: null, tpiNote: null }
 */
export function parsePortalAnswers(
  catalogue: Catalogue,
  json: unknown,
): { entries: Map<number, Entry>; meta: UnitMeta } {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    fail('isinya bukan objek JSON', 'not a JSON object');
  const file = json as Record<string, unknown>;
  if (!Array.isArray(file.answers)) fail('tidak ada daftar "answers"', 'no "answers" list');
  const ix = indexOf(catalogue);
  const entries = new Map<number, Entry>();
  const unknown: number[] = [];
  (file.answers as unknown[]).forEach((a, i) => {
    if (typeof a !== 'object' || a === null)
      fail(`answers[${i}] bukan objek`, `answers[${i}] is not an object`);
    const o = a as Record<string, unknown>;
    const id = o.soal_id;
    if (typeof id !== 'number' || !Number.isInteger(id))
      fail(`answers[${i}] tanpa soal_id bilangan bulat`, `answers[${i}] has no integer soal_id`);
    const q = ix.question.get(id);
    if (!q) {
      unknown.push(id);
      return;
    }
    if (entries.has(id)) fail(`soal_id ${id} muncul dua kali`, `soal_id ${id} appears twice`);
    for (const key of ANSWER_KEYS) checkValue(id, key, q.answerType, o[key]);
    entries.set(id, {
      unit: toAnswer(q.answerType, o.jawaban_unit),
      tpi: toAnswer(q.answerType, o.jawaban_tpi),
      unitNote: optText(o, 'catatan_unit'),
      unitEvidence: optText(o, 'bukti_dukung_unit'),
      tpiNote: optText(o, 'catatan_tpi'),
    });
  });
  if (unknown.length > 0) {
    const list = unknown.join(', ');
    fail(
      `soal_id tidak dikenal dalam LKE ${catalogue.year}: ${list}`,
      `soal_id unknown to the ${catalogue.year} LKE: ${list}`,
    );
  }
  const unitId = file.unit_id;
  return {
    entries,
    meta: {
      unitId: typeof unitId === 'string' || typeof unitId === 'number' ? unitId : null,
      unitName: typeof file.nama_unit === 'string' ? file.nama_unit : null,
      year: typeof file.tahun === 'number' ? file.tahun : null,
    },
  };
}

/**
 * A number as a plain decimal numeral with the digits of its shortest form, never in exponent notation (which
 * an answers file's numerals do not allow): reading it back gives the same number.
 *
 * @example
 * plainNumber(12)      // → '12'
 * plainNumber(1.5e-7)  // → '0.00000015'
 * plainNumber(1e21)    // → '1000000000000000000000'
 */
export function plainNumber(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([-+]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign = '', int = '', frac = '', exp = '0'] = m;
  const digits = `${int}${frac}`;
  const point = int.length + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function toText(a: Answer | undefined): string | null {
  if (a === null || a === undefined) return null;
  return typeof a === 'number' ? plainNumber(a) : a;
}

/**
 * Entries as a PortalRB answers file: every question of the catalogue, in soal id order, values as strings.
 *
 * @example
 * toPortalAnswers(LKE_2021, new Map([[88, { unit: 12, tpi: null }]]), meta).answers[87]
 * // → { soal_id: 88, jawaban_unit: '12', jawaban_tpi: null, catatan_unit: null, bukti_dukung_unit: null, catatan_tpi: null }
 */
export function toPortalAnswers(
  catalogue: Catalogue,
  entries: ReadonlyMap<number, Entry>,
  meta: UnitMeta,
): PortalAnswersFile {
  const ids = [...indexOf(catalogue).question.keys()].sort((a, b) => a - b);
  return {
    unit_id: meta.unitId,
    nama_unit: meta.unitName,
    tahun: meta.year,
    answers: ids.map((id) => {
      const e = entries.get(id);
      return {
        soal_id: id,
        jawaban_unit: toText(e?.unit),
        jawaban_tpi: toText(e?.tpi),
        catatan_unit: e?.unitNote ?? null,
        bukti_dukung_unit: e?.unitEvidence ?? null,
        catatan_tpi: e?.tpiNote ?? null,
      };
    }),
  };
}
